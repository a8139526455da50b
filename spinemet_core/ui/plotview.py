"""PlotView: a figure drawn by the browser's plotly.js from plain data, no plotly.py in the kernel.

A figure is a spec: ``{"data": [trace dicts], "layout": {...}}``, exactly what plotly.js's
``Plotly.react`` takes, built by the small pure functions of each ``*_figure`` module.
``PlotView`` is an :class:`anywidget.AnyWidget` whose front end is the small module
``static/plotview.js``: it loads plotly.js once per browser from the Voilà template's
static files (cached between pages) and redraws with ``Plotly.react``. plotly.py, its
validators, templates and nbformat stay out of the kernel (issue #17).

Callbacks edit the figure in place: ``view.update(spec)`` replaces it, or the dicts of
``view.spec`` are changed inside ``with view.batch_update():``; either way the complete
figure state (data and layout, a few kB here) is synced once, so a view that connects
late, for example to a pre-heated kernel, still draws the current figure.

Pages whose notebook metadata says ``"spinemet": {"plotly": true}`` also ask for plotly.js
in the page head (the project template), so it downloads while the kernel still runs the
notebook; the front end then uses that copy.

The plotly.js file is plotly.js's partial "basic" bundle (bar, scatter and pie), put into
the template's static folder at install time by ``tools/plotly_bundle.py``; the runtime
knows only its name, version and trace types (``plotly_bundle``). A figure with any other
trace type is refused with a ``ValueError`` when it is built or edited, before a browser
could fail to draw it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from copy import deepcopy
from pathlib import Path

import anywidget
from traitlets import Dict, List, Unicode

from spinemet_core.ui.plotly_bundle import (
    BASIC_TRACE_TYPES,
    BUNDLE_FOLDER,
    BUNDLE_NAME,
    PLOTLY_JS_VERSION,
)

__all__ = ["BUNDLE_NAME", "BUNDLE_URL_PATH", "PlotView"]

#: Path of the bundle below the server's base URL (the Voilà template static handler); the
#: query names the version so that browsers do not reuse a bundle of another version.
BUNDLE_URL_PATH = (
    f"voila/templates/spinemet/static/{BUNDLE_FOLDER}/{BUNDLE_NAME}?v={PLOTLY_JS_VERSION}"
)


class PlotView(anywidget.AnyWidget):
    """A figure spec drawn by a light front end that loads plotly.js over HTTP.

    >>> view = PlotView({"data": [{"type": "bar", "x": [1, 2], "y": [3, 4], "name": "a"}]})
    >>> with view.batch_update():
    ...     (bar,) = view.traces("a")
    ...     bar["y"] = [5, 6]
    >>> view._widget_data[0]["y"]
    [5, 6]
    """

    _esm = Path(__file__).with_name("static") / "plotview.js"
    _widget_data = List().tag(sync=True)
    _widget_layout = Dict().tag(sync=True)
    #: The layout's ``template`` (about 4 kB), synced apart from the rest of the layout so
    #: that a callback's change of an axis or a title does not send it again (it changes
    #: only with the theme).
    _widget_template = Dict().tag(sync=True)
    _config = Dict().tag(sync=True)
    _plotly_js_path = Unicode(BUNDLE_URL_PATH).tag(sync=True)

    def __init__(
        self, spec: dict | None = None, *, data: list | None = None, layout: dict | None = None
    ) -> None:
        super().__init__()
        self._held = 0
        spec = spec or {}
        self.spec: dict = {"data": [], "layout": {}}
        self.update({"data": spec.get("data", data or []), "layout": spec.get("layout", layout)})

    def update(self, spec: dict) -> None:
        """Replace the whole figure by ``spec`` (``{"data": [...], "layout": {...}}``, copied)."""
        self.spec = {
            "data": deepcopy(list(spec.get("data") or [])),
            "layout": deepcopy(dict(spec.get("layout") or {})),
        }
        self.sync()

    @contextmanager
    def batch_update(self) -> Iterator[dict]:
        """Edit ``self.spec`` in place; the figure is checked and synced once, at the end."""
        self._held += 1
        try:
            yield self.spec
        finally:
            self._held -= 1
            if not self._held:
                self.sync()

    def traces(self, *names: str) -> list[dict]:
        """The trace dicts named ``names`` (every trace if none is named), in drawing order."""
        return [t for t in self.spec["data"] if not names or t.get("name") in names]

    def annotations(self) -> list[dict]:
        """The layout's annotation dicts (subplot titles first), created empty if absent."""
        return self.spec["layout"].setdefault("annotations", [])

    def sync(self) -> None:
        """Send the complete figure state to the front end (after checking its trace types)."""
        types = {t.get("type", "scatter") for t in self.spec["data"]}
        unknown = sorted(types - BASIC_TRACE_TYPES)
        if unknown:
            raise ValueError(
                f"PlotView: trace type {', '.join(unknown)} is not in the served plotly.js "
                f"bundle; allowed: {', '.join(sorted(BASIC_TRACE_TYPES))}"
            )
        if self._held:
            return
        layout = dict(self.spec["layout"])
        template = layout.pop("template", None) or {}
        with self.hold_sync():
            self._widget_data = deepcopy(self.spec["data"])
            self._widget_layout = deepcopy(layout)
            self._widget_template = deepcopy(template)
