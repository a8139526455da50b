// spinemet PlotView: draws a plotly figure with one plotly.js loaded over HTTP.
//
// plotly's own FigureWidget sends its 5 MB plotly.js bundle over the websocket with
// every page (it cannot be cached). This view loads plotly.js once per browser from
// the server's static files (cached between pages) and redraws the whole figure with
// Plotly.react whenever the kernel sends a new figure state.

let plotlyPromise = null;

function baseUrl() {
  const node = document.getElementById("jupyter-config-data");
  if (node) {
    try {
      const config = JSON.parse(node.textContent);
      if (config.baseUrl) return config.baseUrl;
    } catch (err) {
      // fall through to the page root
    }
  }
  return "/";
}

function loadPlotly(path) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (plotlyPromise === null) {
    plotlyPromise = new Promise((resolve, reject) => {
      // The page template may already be fetching it (script[data-plotly-bundle]).
      let early = document.querySelector("script[data-plotly-bundle]");
      if (early && early.dataset.state) early = null; // it finished without defining Plotly
      const script = early || document.createElement("script");
      if (!early) {
        script.src = new URL(path, new URL(baseUrl(), window.location.href)).href;
        script.async = true;
      }
      script.onload = () =>
        window.Plotly ? resolve(window.Plotly) : reject(new Error("plotly.js did not start"));
      script.onerror = () => {
        plotlyPromise = null;
        reject(new Error(`plotly.js could not be loaded from ${script.src}`));
      };
      if (!early) document.head.appendChild(script);
    });
  }
  return plotlyPromise;
}

function figureOf(model) {
  // Deep copies: Plotly.react may write into the objects it is given.
  return {
    data: structuredClone(model.get("_widget_data") || []),
    layout: structuredClone(model.get("_widget_layout") || {}),
    config: { displaylogo: false, responsive: true, ...(model.get("_config") || {}) },
  };
}

async function render({ model, el }) {
  const plot = document.createElement("div");
  plot.className = "sm-plotview";
  el.appendChild(plot);
  let Plotly;
  try {
    Plotly = await loadPlotly(model.get("_plotly_js_path"));
  } catch (err) {
    plot.setAttribute("role", "alert");
    plot.textContent = `The figure could not be drawn: ${err.message}.`;
    return () => {};
  }
  let pending = false;
  const redraw = () => {
    // Data and layout arrive as two trait changes; draw once for both.
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      const fig = figureOf(model);
      Plotly.react(plot, fig.data, fig.layout, fig.config);
    });
  };
  const fig = figureOf(model);
  await Plotly.newPlot(plot, fig.data, fig.layout, fig.config);
  model.on("change:_widget_data", redraw);
  model.on("change:_widget_layout", redraw);
  const resizer = new ResizeObserver(() => {
    if (plot.isConnected && plot.offsetWidth > 0) Plotly.Plots.resize(plot);
  });
  resizer.observe(el);
  return () => {
    resizer.disconnect();
    model.off("change:_widget_data", redraw);
    model.off("change:_widget_layout", redraw);
    Plotly.purge(plot);
  };
}

export default { render };
