"""Lecture mode and themes, switched by the URL or by the bar under the notice.

``?mode=lecture`` enlarges everything and hides the answers of the check-yourself
questions until the presenter reveals them; ``?theme=dark`` (Voilà's own dark
theme, which this module follows) and ``?contrast=high`` change the look. The
same choices are available from the toggles of :class:`PresentationBar`, and
every registered plotly figure follows them.
"""

from __future__ import annotations

import os
import weakref
from urllib.parse import parse_qs

import ipywidgets as widgets

from .page_query import PageQuery
from .theme import COLOURS

__all__ = [
    "MODES",
    "THEMES",
    "Presentation",
    "PresentationBar",
    "figure_layout",
    "presentation",
    "settings_from_query",
]

MODES = ("normal", "lecture")
THEMES = ("light", "contrast", "dark")

_FIGURE_STYLE = {
    "light": {
        "template": "simple_white",
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "font": {"color": COLOURS["ink"]},
    },
    "contrast": {
        "template": "simple_white",
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "font": {"color": "#000000"},
    },
    "dark": {
        "template": "plotly_dark",
        "paper_bgcolor": "#121212",
        "plot_bgcolor": "#121212",
        "font": {"color": "#eeeeee"},
    },
}

_BASE_CSS = """
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
_LECTURE_CSS = """
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
"""
_CONTRAST_CSS = """
body, .jp-RenderedHTMLCommon, .widget-html-content, .widget-label { color: #000 !important; }
.sm-muted { color: #222 !important; }
select, input, .jupyter-button, .sm-card, .sm-table td, .sm-table th {
  border: 2px solid #000 !important; }
a { color: #00408a !important; text-decoration: underline !important; }
"""
_DARK_CSS = """
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
"""


def settings_from_query(query: str | None) -> dict[str, str]:
    """Mode and theme from a query string such as ``"mode=lecture&theme=dark"``.

    >>> settings_from_query("mode=lecture&theme=dark")
    {'mode': 'lecture', 'theme': 'dark'}
    >>> settings_from_query("contrast=high")
    {'mode': 'normal', 'theme': 'contrast'}
    """
    params = parse_qs(query or "")
    mode = params.get("mode", ["normal"])[0]
    theme = (
        "dark"
        if params.get("theme", [""])[0] in ("dark", "JupyterLab Dark")
        else ("contrast" if params.get("contrast", [""])[0] == "high" else "light")
    )
    return {"mode": mode if mode in MODES else "normal", "theme": theme}


class Presentation:
    """The page's current mode and theme, and the widgets that follow them."""

    def __init__(self) -> None:
        settings = settings_from_query(os.environ.get("QUERY_STRING"))
        self.mode = settings["mode"]
        self.theme = settings["theme"]
        self._figures: list[weakref.ref] = []
        self._followers: list[weakref.ref] = []
        self.style = widgets.HTML(self.css()).add_class("sm-presentation-style")

    def css(self) -> str:
        """The page-wide stylesheet for the current settings."""
        parts = [_BASE_CSS]
        if self.mode == "lecture":
            parts.append(_LECTURE_CSS)
        parts.append({"light": "", "contrast": _CONTRAST_CSS, "dark": _DARK_CSS}[self.theme])
        return "<style>" + "".join(parts) + "</style>"

    def register_figure(self, figure) -> None:
        """Make a plotly FigureWidget follow the theme (it was built with :func:`figure_layout`)."""
        self._figures.append(weakref.ref(figure))
        _outlines_follow(figure, _FIGURE_STYLE[self.theme]["font"]["color"])

    def register(self, widget) -> None:
        """Make a widget with an ``apply_presentation(mode, theme)`` method follow the settings."""
        self._followers.append(weakref.ref(widget))

    def set(self, *, mode: str | None = None, theme: str | None = None) -> None:
        """Change the mode and/or theme and update everything registered."""
        if mode is not None:
            self.mode = mode if mode in MODES else self.mode
        if theme is not None:
            self.theme = theme if theme in THEMES else self.theme
        self.style.value = self.css()
        style = figure_layout(self)
        self._figures = [ref for ref in self._figures if ref() is not None]
        self._followers = [ref for ref in self._followers if ref() is not None]
        for figure in (ref() for ref in self._figures):
            if figure is None:
                continue
            with figure.batch_update():
                figure.layout.template = style["template"]
                figure.layout.paper_bgcolor = style["paper_bgcolor"]
                figure.layout.plot_bgcolor = style["plot_bgcolor"]
                figure.layout.font.color = style["font"]["color"]
                figure.layout.font.size = style["font"]["size"]
                _outlines_follow(figure, style["font"]["color"])
        for follower in (ref() for ref in self._followers):
            if follower is not None:
                follower.apply_presentation(self.mode, self.theme)


def _outlines_follow(figure, ink: str) -> None:
    """Outlines drawn in the text colour (the patient's bar) take the theme's text colour."""
    inks = {style["font"]["color"] for style in _FIGURE_STYLE.values()}
    for trace in figure.data:
        line = getattr(getattr(trace, "marker", None), "line", None)
        if line is not None and isinstance(line.color, str) and line.color in inks:
            line.color = ink


_CURRENT: Presentation | None = None


def presentation() -> Presentation:
    """The page's (kernel's) presentation settings, created on first use."""
    global _CURRENT
    if _CURRENT is None:
        _CURRENT = Presentation()
    return _CURRENT


def figure_layout(state: Presentation | None = None) -> dict:
    """Layout keys that give a new figure the current theme and type size."""
    state = state or presentation()
    style = _FIGURE_STYLE[state.theme]
    size = 18 if state.mode == "lecture" else 14
    return {**style, "font": {**style["font"], "size": size}}


def box_background(theme: str | None = None) -> str:
    """Background for text boxes drawn inside figures (annotations) in the given theme."""
    return "#1e1e1e" if (theme or presentation().theme) == "dark" else "white"


class PresentationBar(widgets.HBox):
    """Two labelled toggles: normal or lecture mode, and light, high-contrast or dark theme."""

    def __init__(self) -> None:
        state = presentation()
        self._mode = widgets.ToggleButtons(
            options=[("Normal", "normal"), ("Lecture", "lecture")],
            value=state.mode,
            description="Mode",
            tooltips=["Normal layout", "Large type; answers on cue"],
        )
        self._theme = widgets.ToggleButtons(
            options=[("Light", "light"), ("High contrast", "contrast"), ("Dark", "dark")],
            value=state.theme,
            description="Theme",
        )
        self._query = PageQuery()
        super().__init__(
            [self._mode, self._theme, state.style, self._query],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        self.add_class("sm-presentation-bar")
        self._mode.observe(lambda change: state.set(mode=change["new"]), names="value")
        self._theme.observe(lambda change: state.set(theme=change["new"]), names="value")
        self._query.observe(self._apply_query, names="query")
        state.register(self)
        self.apply_presentation(state.mode, state.theme)

    def apply_presentation(self, mode: str, theme: str) -> None:
        """Keep the toggles and the links' settings in step with the page's choices."""
        self._mode.value, self._theme.value = mode, theme
        self._query.settings = {"mode": mode, "theme": theme}

    def _apply_query(self, change) -> None:
        """Follow ``?mode=`` and ``?theme=`` from the browser (pre-heated kernels)."""
        settings = settings_from_query(change["new"])
        self._mode.value = settings["mode"]
        self._theme.value = settings["theme"]
