"""Colours, CSS and fixed notices shared by every dashboard.

Colours are the Okabe-Ito palette (safe for red-green colour blindness); no
meaning is carried by colour alone: every highlight also has a text label or a
pattern.
"""

from __future__ import annotations

__all__ = ["COLOURS", "CSS", "DISCLAIMER", "PLOTLY_LAYOUT", "TIER_COLOURS"]

COLOURS = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#BBBBBB",
    "ink": "#1a1a1a",
}

TIER_COLOURS = {
    "good": COLOURS["green"],
    "intermediate": COLOURS["orange"],
    "poor": COLOURS["vermillion"],
}

DISCLAIMER = (
    "For education only, not for clinical decisions. All patients are synthetic; "
    "scores and figures are teaching reproductions of published work."
)

CSS = """
<style>
.sm-app { font-size: 15px; line-height: 1.45; color: #1a1a1a; max-width: 1200px; }
.sm-notice { border: 2px solid #0072B2; background: #eef6fb; padding: 8px 12px;
             border-radius: 4px; font-weight: 600; margin: 4px 0 10px 0; }
.sm-notice::before { content: "\\26A0  "; }
.sm-card { border: 1px solid #ccc; border-radius: 4px; padding: 8px 12px; margin: 4px 0; }
.sm-table { border-collapse: collapse; width: 100%; }
.sm-table-box { max-width: 100%; overflow-x: auto; }
.widget-html-content a { color: #0b57a4; text-decoration: underline; }
.sm-table th, .sm-table td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left;
                             vertical-align: top; }
.sm-table th { background: #f3f3f3; }
.sm-total { font-weight: 700; font-size: 1.1em; white-space: nowrap; }
.sm-tier { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff;
           font-size: 0.85em; font-weight: 600; }
.sm-tier-good { background: #007a5a; }
.sm-tier-intermediate { background: #8a5d00; }
.sm-tier-poor { background: #b34700; }
.sm-discordance-conflicting { border-left: 6px solid #D55E00; }
.sm-discordance-partial { border-left: 6px solid #E69F00; }
.sm-discordance-concordant { border-left: 6px solid #009E73; }
.sm-muted { color: #555; font-size: 0.9em; }
.sm-feedback-correct { border-left: 6px solid #009E73; padding-left: 8px; }
.sm-feedback-wrong { border-left: 6px solid #D55E00; padding-left: 8px; }
.sm-app details summary { cursor: pointer; font-weight: 600; }
.sm-app h2 { font-size: 1.3em; margin: 10px 0 4px 0; }
.sm-app h3 { font-size: 1.1em; margin: 8px 0 4px 0; }
/* A control's label wraps rather than being cut ("Radiographic spinal alig..."). */
.jp-OutputArea-output .widget-inline-hbox > .widget-label { white-space: normal; height: auto;
  min-height: var(--jp-widgets-inline-height, 28px); line-height: 1.2; overflow: visible;
  text-overflow: clip; display: flex; align-items: center; text-align: left; }
/* Phones: widths set on widgets are preferences, never wider than the screen; rows wrap,
   labels wrap above their control, long words and formulas break or scroll in place. */
@media (max-width: 600px) {
  /* Touch targets at least 44 px high: ipywidgets sizes its controls by this variable
     (set on the controls only: HTML outputs take their line height from it too). */
  .jp-OutputArea-output .widget-inline-hbox:not(.widget-html):not(.widget-htmlmath),
  .jp-OutputArea-output .jupyter-button { --jp-widgets-inline-height: 44px; }
  .jp-OutputArea-output .widget-inline-hbox:not(.widget-html):not(.widget-htmlmath) {
    height: auto; min-height: var(--jp-widgets-inline-height); }
  .jp-OutputArea-output .widget-inline-hbox > :is(select, input:not([type=checkbox])) {
    min-height: 44px; }
  .jp-OutputArea-output summary { min-height: 44px; box-sizing: border-box;
    padding-block: 8px; }
  .jp-OutputArea-output .widget-radio-box label { min-height: 44px; min-width: 44px;
    display: flex; align-items: center; }
  .sm-app, .jp-OutputArea-output .widget-box, .jp-OutputArea-output .widget-inline-hbox,
  .jp-OutputArea-output .widget-html, .jp-OutputArea-output .widget-html-content {
    max-width: 100% !important; min-width: 0 !important; }
  .jp-OutputArea-output .widget-hbox, .jp-OutputArea-output .widget-inline-hbox {
    flex-wrap: wrap; }
  .jp-OutputArea-output .widget-inline-hbox > .widget-label { width: auto !important;
    max-width: 100%; white-space: normal; }
  .jp-OutputArea-output .widget-inline-hbox > select,
  .jp-OutputArea-output .widget-inline-hbox > input,
  .jp-OutputArea-output .widget-inline-hbox > .widget-toggle-buttons {
    flex: 1 1 10em; min-width: 0; max-width: 100%; }
  .jp-OutputArea-output .widget-html-content { white-space: normal;
    overflow-wrap: break-word; }
  .jp-OutputArea-output table.sm-table { display: block; max-width: 100%; overflow-x: auto; }
  mjx-container { display: block; max-width: 100%; overflow-x: auto; overflow-y: hidden; }
}
</style>
"""
"""Stylesheet injected once per dashboard (works in Voilà and JupyterLab alike)."""

PLOTLY_LAYOUT = {
    "font": {"size": 14, "color": COLOURS["ink"]},
    "margin": {"l": 60, "r": 20, "t": 60, "b": 60},
    "height": 380,
}
"""Base layout of every figure (the theme's template and colours come from
:func:`~spinemet_core.ui.presentation.figure_layout`)."""
