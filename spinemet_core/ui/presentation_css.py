"""The page-wide stylesheets of the presentation settings (:mod:`.presentation`).

``BASE_CSS`` always applies (printing, focus rings); ``LECTURE_CSS`` in lecture mode (large
type, and the result kept in view beside the inputs on a wide screen); ``CONTRAST_CSS`` and
``DARK_CSS`` with their themes.
"""

from __future__ import annotations

__all__ = ["BASE_CSS", "CONTRAST_CSS", "DARK_CSS", "LECTURE_CSS"]

BASE_CSS = """
@page { size: A4; margin: 12mm; }
@media print {
  html, body, #main, #jp-main-content-panel, #rendered_cells, .jp-Notebook {
    position: static !important; display: block !important; height: auto !important;
    min-height: 0 !important; overflow: visible !important; contain: none !important; }
  .lm-Widget { contain: none !important; overflow: visible !important; max-width: 100% !important; }
  .widget-hbox { flex-wrap: wrap !important; }
  .widget-vbox, .widget-hbox > .widget-vbox { min-width: 0 !important; width: 100% !important; }
  .sm-presentation-bar, .widget-button, .widget-toggle-buttons, .widget-upload,
  .sm-quiz-export, #loading { display: none !important; }
  .sm-card, table, .js-plotly-plot { break-inside: avoid; }
  body { font-size: 11pt; }
  details > * { display: block; }
}
*:focus-visible { outline: 3px solid #0072B2 !important; outline-offset: 2px; }
"""
LECTURE_CSS = """
body, .jp-RenderedHTMLCommon, .widget-html-content, .widget-label, .widget-label-basic,
.widget-radio-box label, .widget-checkbox label, select, input, button,
.jp-RenderedHTMLCommon p, .jp-RenderedHTMLCommon li, .jp-RenderedHTMLCommon td {
  font-size: 21px !important; line-height: 1.45 !important; }
.jp-RenderedHTMLCommon h1 { font-size: 2.2em !important; }
.widget-dropdown, .widget-text, .widget-slider { height: auto !important; }
select, input { min-height: 34px; }
.sm-lecture-hidden { display: none !important; }
.widget-inline-hbox .widget-label { width: auto !important; min-width: 11em;
  max-width: none !important; white-space: normal !important; overflow: visible !important; }
.widget-inline-hbox { width: auto !important; max-width: 100%; flex-wrap: wrap; }
.widget-dropdown select, .widget-text input { min-width: 12em; }
.widget-toggle-button, .jupyter-button { width: auto !important; min-width: 6em;
  padding: 0 14px !important; height: auto !important; min-height: 36px; }
/* On a wide projector screen the main inputs and their result stand side by side, and the
   result stays in view (sticky) while the inputs scroll. Sticky needs every box between it
   and the page's scroller to let it overflow; the result's own box scrolls when long. */
@media (min-width: 1000px) {
  .sm-lecture-row { flex-flow: row nowrap !important; align-items: flex-start;
    overflow: visible !important; }
  /* The room below the inputs lets the result stay beside the last input: a sticky box
     cannot move past the end of its row. */
  .sm-lecture-row > .sm-lecture-inputs { flex: 1 1 0% !important; min-width: 0 !important;
    padding-bottom: 65vh; }
  .sm-lecture-row > .sm-lecture-result { flex: 0 0 44% !important; min-width: 0 !important;
    position: sticky !important; top: 0; max-height: 90vh; overflow-y: auto !important;
    z-index: 2; margin-left: 12px; padding: 4px 12px 10px; box-sizing: border-box;
    background: #ffffff; border-left: 4px solid #0072B2; }
  .sm-lecture-row > .sm-lecture-result :is(td, th) { font-size: 18px !important;
    overflow-wrap: break-word; hyphens: auto; }
  .sm-lecture-row > .sm-lecture-result .widget-html-content { max-width: 100%; }
  .jp-OutputArea:has(.sm-lecture-row), .jp-OutputArea-child:has(.sm-lecture-row),
  .jp-OutputArea-output:has(.sm-lecture-row), .sm-app:has(.sm-lecture-row) {
    overflow: visible !important; }
}
"""
CONTRAST_CSS = """
body, .jp-RenderedHTMLCommon, .widget-html-content, .widget-label { color: #000 !important; }
.sm-muted { color: #222 !important; }
select, input, .jupyter-button, .sm-card, .sm-table td, .sm-table th {
  border: 2px solid #000 !important; }
a { color: #00408a !important; text-decoration: underline !important; }
"""
DARK_CSS = """
body, #rendered_cells, #rendered_cells > div, .jp-Notebook, .jp-Cell, .jp-OutputArea-output,
.jp-RenderedHTMLCommon { background: #121212 !important; color: #eeeeee !important; }
.jp-RenderedHTMLCommon *, .widget-html-content, .widget-label, .widget-label-basic span,
.widget-radio-box label, .widget-checkbox label { color: #eeeeee !important; }
.jp-RenderedHTMLCommon a, .widget-html-content a { color: #8cc8ff !important; }
select, input, textarea, .jupyter-button, .widget-toggle-button {
  background: #262626 !important; color: #f2f2f2 !important; border-color: #8a8a8a !important; }
.jupyter-button.mod-active { background: #0b4f7c !important; }
.sm-table th, .jp-RenderedHTMLCommon th { background: #2a2a2a !important; }
.sm-table td, .sm-table th, .jp-RenderedHTMLCommon td { border-color: #555 !important; }
.sm-card { border-color: #666 !important; }
.sm-notice { background: #0b2a3d !important; color: #ffffff !important; }
.sm-muted { color: #c8c8c8 !important; }
.sm-lecture-row > .sm-lecture-result { background: #121212 !important; }
"""
