"""Lecture mode and themes, switched by the URL or by the bar under the notice.

``?mode=lecture`` enlarges everything and hides the answers of the check-yourself
questions until the presenter reveals them; ``?theme=dark`` (Voilà's own dark
theme, which this module follows) and ``?contrast=high`` change the look. The
same choices are available from the toggles of :class:`PresentationBar`, and
every registered figure follows them.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import weakref
from pathlib import Path
from urllib.parse import parse_qs

import ipywidgets as widgets

from .details_memory import DetailsMemory
from .page_query import PageQuery
from .presentation_css import BASE_CSS, CONTRAST_CSS, DARK_CSS, LECTURE_CSS
from .scroll_regions import ScrollRegions
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

#: Smallest figure text in lecture mode [px]: legible from the back of a lecture room.
LECTURE_MIN_TEXT_PX = 16
THEMES = ("light", "contrast", "dark")

_TEMPLATES_FILE = Path(__file__).with_name("static") / "figure_templates.json"

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
        parts = [BASE_CSS]
        if self.mode == "lecture":
            parts.append(LECTURE_CSS)
        parts.append({"light": "", "contrast": CONTRAST_CSS, "dark": DARK_CSS}[self.theme])
        return "<style>" + "".join(parts) + "</style>"

    def register_figure(self, figure) -> None:
        """Make a :class:`~spinemet_core.ui.plotview.PlotView` follow the theme (its spec was
        built with :func:`figure_layout`)."""
        self._figures.append(weakref.ref(figure))
        figure._sm_text_sizes = _text_sizes(figure.spec)
        with figure.batch_update() as spec:
            _outlines_follow(spec, _FIGURE_STYLE[self.theme]["font"]["color"])
            if self.mode == "lecture":
                _text_follows(spec, figure._sm_text_sizes, self.mode)

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
            with figure.batch_update() as spec:
                layout = spec["layout"]
                layout["template"] = style["template"]
                layout["paper_bgcolor"] = style["paper_bgcolor"]
                layout["plot_bgcolor"] = style["plot_bgcolor"]
                layout["font"] = {**layout.get("font", {}), **style["font"]}
                _outlines_follow(spec, style["font"]["color"])
                _text_follows(spec, figure._sm_text_sizes, self.mode)
        for follower in (ref() for ref in self._followers):
            if follower is not None:
                follower.apply_presentation(self.mode, self.theme)


def _outlines_follow(spec: dict, ink: str) -> None:
    """Outlines drawn in the text colour (the patient's bar) take the theme's text colour."""
    inks = {style["font"]["color"] for style in _FIGURE_STYLE.values()}
    for trace in spec["data"]:
        line = trace.get("marker", {}).get("line")
        if line is not None and isinstance(line.get("color"), str) and line["color"] in inks:
            line["color"] = ink


def _text_sizes(spec: dict) -> tuple[list, list]:
    """The text sizes a figure was built with: of each annotation, and of each trace's text."""
    notes = [note.get("font", {}).get("size") for note in spec["layout"].get("annotations", [])]
    traces = [trace.get("textfont", {}).get("size") for trace in spec["data"]]
    return notes, traces


def _text_follows(spec: dict, sizes: tuple[list, list], mode: str) -> None:
    """Text set smaller than :data:`LECTURE_MIN_TEXT_PX` grows to it in lecture mode and
    returns to the size it was built with (``sizes``, of :func:`_text_sizes`) in normal mode."""
    notes, traces = sizes

    def size(built):
        return max(built, LECTURE_MIN_TEXT_PX) if mode == "lecture" else built

    for note, built in zip(spec["layout"].get("annotations", []), notes, strict=False):
        if isinstance(built, int | float):
            note.setdefault("font", {})["size"] = size(built)
    for trace, built in zip(spec["data"], traces, strict=False):
        if isinstance(built, int | float):
            trace.setdefault("textfont", {})["size"] = size(built)
    # plotly shrinks a bar's label to the bar's width; in lecture mode it may not go below.
    if mode == "lecture":
        spec["layout"]["uniformtext"] = {"minsize": LECTURE_MIN_TEXT_PX, "mode": "show"}
    else:
        spec["layout"].pop("uniformtext", None)


_CURRENT: Presentation | None = None


def presentation() -> Presentation:
    """The page's (kernel's) presentation settings, created on first use."""
    global _CURRENT
    if _CURRENT is None:
        _CURRENT = Presentation()
    return _CURRENT


@functools.cache
def _templates() -> dict:
    """plotly's templates as data (``tools/figure_templates.py``): name -> template."""
    return json.loads(_TEMPLATES_FILE.read_text(encoding="utf-8"))


def figure_layout(state: Presentation | None = None) -> dict:
    """Layout keys that give a new figure the current theme and type size.

    The theme's plotly template is given as the template itself (plotly.js does not know
    plotly.py's template names).
    """
    state = state or presentation()
    style = _FIGURE_STYLE[state.theme]
    size = 18 if state.mode == "lecture" else 14  # body text of figures [px]
    template = copy.deepcopy(_templates()[style["template"]])
    return {**style, "template": template, "font": {**style["font"], "size": size}}


def muted_ink(theme: str | None = None) -> str:
    """Colour of secondary figure text (edge labels, orientation marks) in the given theme."""
    return {"light": "#444444", "contrast": "#000000", "dark": "#cccccc"}[
        theme or presentation().theme
    ]


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
        ).add_class("sm-bar-mode")
        self._theme = widgets.ToggleButtons(
            options=[("Light", "light"), ("High contrast", "contrast"), ("Dark", "dark")],
            value=state.theme,
            description="Theme",
        )
        self._query = PageQuery()
        super().__init__(
            [self._mode, self._theme, state.style, self._query, DetailsMemory(), ScrollRegions()],
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
