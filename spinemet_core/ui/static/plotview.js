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

function wrapped(text, size, width) {
  // Break a title into lines that fit ``width`` px at font ``size`` (about 0.55 em a letter).
  const most = Math.max(12, Math.floor(width / (0.55 * size)));
  const lines = [];
  for (const part of String(text).split(/<br\s*\/?>/i)) {
    let line = "";
    for (const word of part.split(" ")) {
      if (line && (line + " " + word).length > most) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function fitted(layout, width) {
  // Titles and paper-anchored notes wrap to the plot's width (a phone's 390 px), with the
  // top margin grown by the lines added, instead of running past the edge and being cut.
  const base = (layout.font && layout.font.size) || 14;
  const title = layout.title;
  const text = typeof title === "string" ? title : title && title.text;
  if (text) {
    const size = (title.font && title.font.size) || Math.round(base * 1.2);
    const lines = wrapped(text, size, width - 20);
    layout.title = { ...(typeof title === "object" ? title : {}), text: lines.join("<br>") };
    const margin = layout.margin || {};
    layout.margin = { ...margin, t: (margin.t ?? 100) + (lines.length - 1) * size * 1.25 };
  }
  for (const note of layout.annotations || []) {
    if (note.xref === "paper" && note.showarrow === false && note.text) {
      const size = (note.font && note.font.size) || base;
      note.text = wrapped(note.text, size, width - 20).join("<br>");
    }
  }
  return layout;
}

function figureOf(model, width) {
  // Deep copies: Plotly.react may write into the objects it is given.
  const layout = structuredClone(model.get("_widget_layout") || {});
  return {
    data: structuredClone(model.get("_widget_data") || []),
    layout: width ? fitted(layout, width) : layout,
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
  let drawn = null;
  const redraw = () => {
    // Data and layout arrive as two trait changes; draw once for both. Before the first
    // draw there is nothing to redraw: that draw reads the state current then.
    if (pending || drawn === null) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      drawn = drawn.then(() => {
        const fig = figureOf(model, plot.offsetWidth);
        return Plotly.react(plot, fig.data, fig.layout, fig.config);
      });
    });
  };
  // Draw once the view has a width: a plot drawn while its view is not yet on the page
  // takes plotly's default 700 px and runs past a phone's screen until resized.
  let drawnWidth = 0;
  const draw = () => {
    drawnWidth = plot.offsetWidth;
    const fig = figureOf(model, drawnWidth);
    drawn = Plotly.newPlot(plot, fig.data, fig.layout, fig.config);
  };
  model.on("change:_widget_data", redraw);
  model.on("change:_widget_layout", redraw);
  const resizer = new ResizeObserver(() => {
    if (!plot.isConnected || plot.offsetWidth === 0) return;
    if (drawn === null) {
      draw();
      return;
    }
    if (plot.offsetWidth !== drawnWidth) {
      // Titles are wrapped for the new width; a plot hidden meanwhile is refused and
      // redrawn by the next change of size.
      drawnWidth = plot.offsetWidth;
      drawn = drawn
        .then(() => {
          const fig = figureOf(model, drawnWidth);
          return Plotly.react(plot, fig.data, fig.layout, fig.config);
        })
        .catch(() => {});
    }
  });
  resizer.observe(el);
  if (plot.isConnected && plot.offsetWidth > 0) draw();
  return () => {
    resizer.disconnect();
    model.off("change:_widget_data", redraw);
    model.off("change:_widget_layout", redraw);
    Plotly.purge(plot);
  };
}

export default { render };
