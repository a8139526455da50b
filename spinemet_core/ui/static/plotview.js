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

const NARROW = 500; // px: below this, type is smaller and value axes carry fewer ticks

function narrowed(data, layout) {
  // On a phone the figure keeps its content but not its desktop type size: text at most
  // 11 px (labels on points 9 px), at most 5 ticks on value axes.
  layout.font = { ...(layout.font || {}), size: Math.min((layout.font && layout.font.size) || 14, 11) };
  const textual = new Set(); // axes that carry categories (text values): every label stays
  for (const trace of data) {
    for (const letter of ["x", "y"]) {
      const values = trace[letter] || [];
      if (values.length && typeof values[0] === "string") {
        const ref = trace[`${letter}axis`] || letter;
        textual.add(`${letter}axis${ref.slice(1)}`);
      }
    }
  }
  for (const [key, axis] of Object.entries(layout)) {
    const value = /^[xy]axis[0-9]*$/.test(key) && axis && axis.type !== "category";
    if (value && !axis.tickvals && !textual.has(key)) axis.nticks = Math.min(axis.nticks || 5, 5);
  }
  for (const trace of data) {
    if (trace.text !== undefined && /text/.test(trace.mode || "text")) {
      trace.textfont = { ...(trace.textfont || {}), size: Math.min((trace.textfont && trace.textfont.size) || 11, 9) };
    }
  }
}

function fitted(layout, width) {
  // The title wraps to the plot's width (a phone's 390 px), with the top margin grown by
  // the lines added, instead of running past the edge and being cut (notes: rewrap).
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
  return layout;
}

function rewrap(plot) {
  // Notes such as subplot titles are centred over the plotting area, which a phone's
  // margins leave narrower than the figure: wrap them again to that area, once drawn.
  const full = plot._fullLayout;
  if (!full || plot.offsetWidth >= NARROW) return undefined;
  const columns = Object.keys(full)
    .filter((key) => /^xaxis[0-9]*$/.test(key) && full[key].domain)
    .map((key) => full[key].domain);
  const widthAt = (x) => {
    // The narrowest subplot column under the note's centre, else the whole plotting area.
    const under = columns.filter(([a, b]) => a <= x && x <= b).map(([a, b]) => b - a);
    return full._size.w * (under.length ? Math.min(...under) : 1);
  };
  const update = {};
  (plot.layout.annotations || []).forEach((note, i) => {
    if (note.xref === "paper" && note.showarrow === false && note.text) {
      // Smaller type first (down to 9 px), so a title keeps one line and its place;
      // only a title too long even then wraps.
      const size = (note.font && note.font.size) || full.font.size;
      const longest = Math.max(...String(note.text).split(/<br\s*\/?>/i).map((t) => t.length));
      const area = widthAt(note.x ?? 0.5);
      const fits = Math.floor(area / (0.55 * longest));
      if (fits >= size) return;
      update[`annotations[${i}].font.size`] = Math.max(9, fits);
      if (fits < 9) update[`annotations[${i}].text`] = wrapped(note.text, 9, area).join("<br>");
    }
  });
  return Object.keys(update).length ? window.Plotly.relayout(plot, update) : undefined;
}

function figureOf(model, width) {
  // Deep copies: Plotly.react may write into the objects it is given.
  const layout = structuredClone(model.get("_widget_layout") || {});
  // The template comes apart from the layout (it changes only with the theme).
  const template = model.get("_widget_template");
  if (template && Object.keys(template).length) layout.template = structuredClone(template);
  const data = structuredClone(model.get("_widget_data") || []);
  if (width && width < NARROW) narrowed(data, layout);
  return {
    data,
    layout: width ? fitted(layout, width) : layout,
    config: {
      displaylogo: false,
      responsive: true,
      // Nothing leaves the page: no "share to Chart Studio" button. Selection tools select
      // nothing here. On a phone the bar's 24-px buttons are no touch targets: no bar.
      showSendToCloud: false,
      modeBarButtonsToRemove: ["sendDataToCloud", "select2d", "lasso2d"],
      ...(width && width < NARROW ? { displayModeBar: false } : {}),
      ...(model.get("_config") || {}),
    },
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
        return Plotly.react(plot, fig.data, fig.layout, fig.config).then(() => rewrap(plot));
      });
    });
  };
  // Draw once the view has a width: a plot drawn while its view is not yet on the page
  // takes plotly's default 700 px and runs past a phone's screen until resized.
  let drawnWidth = 0;
  const draw = () => {
    drawnWidth = plot.offsetWidth;
    const fig = figureOf(model, drawnWidth);
    drawn = Plotly.newPlot(plot, fig.data, fig.layout, fig.config).then(() => rewrap(plot));
  };
  model.on("change:_widget_data", redraw);
  model.on("change:_widget_layout", redraw);
  model.on("change:_widget_template", redraw);
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
          return Plotly.react(plot, fig.data, fig.layout, fig.config).then(() => rewrap(plot));
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
    model.off("change:_widget_template", redraw);
    Plotly.purge(plot);
  };
}

export default { render };
