"""PlotView: a plotly ``FigureWidget`` that does not ship plotly.js over the websocket.

plotly's ``FigureWidget`` sends its whole front-end bundle (about 5 MB, plotly.js
included) as the widget's ``_esm`` with every page, through the kernel's websocket,
where the browser cannot cache it; it dominated page weight and load time.
``PlotView`` keeps the Python API (``batch_update``, ``fig.data[0].y = ...``) but its
front end is the small module ``static/plotview.js``, which loads plotly.js once per
browser from the Voilà template's static files and redraws with ``Plotly.react``.

Every edit sends the complete figure state (data and layout, a few kB here), so a view
that connects late, for example to a pre-heated kernel, still draws the current figure.

Pages whose notebook metadata says ``"spinemet": {"plotly": true}`` also ask for plotly.js
in the page head (the project template), so it downloads while the kernel still runs the
notebook; the front end then uses that copy.

The plotly.js file is plotly.js's partial "basic" bundle at the version plotly.py pins
(bar, scatter and pie, a quarter of the full bundle), put into the template's static
folder at install time by ``tools/plotly_bundle.py`` (run by ``make`` and by Binder's
``postBuild``); the runtime knows only its name and trace types (``plotly_bundle``).
A figure with any other trace type is refused with a ``ValueError`` when it is built or
edited, before a browser could fail to draw it.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs_version
from traitlets import Unicode

from spinemet_core.ui.plotly_bundle import BASIC_TRACE_TYPES, BUNDLE_FOLDER, BUNDLE_NAME

__all__ = ["BUNDLE_NAME", "BUNDLE_URL_PATH", "PlotView"]

#: Path of the bundle below the server's base URL (the Voilà template static handler); the
#: query names the version so that browsers do not reuse a bundle of another version.
BUNDLE_URL_PATH = (
    f"voila/templates/spinemet/static/{BUNDLE_FOLDER}/{BUNDLE_NAME}?v={get_plotlyjs_version()}"
)


class PlotView(go.FigureWidget):
    """A ``FigureWidget`` drawn by a light front end that loads plotly.js over HTTP.

    >>> view = PlotView({"data": [{"type": "bar", "x": [1, 2], "y": [3, 4]}]})
    >>> with view.batch_update():
    ...     view.data[0].y = [5, 6]
    >>> view._widget_data[0]["y"]
    [5, 6]
    """

    _esm = Path(__file__).with_name("static") / "plotview.js"
    _plotly_js_path = Unicode(BUNDLE_URL_PATH).tag(sync=True)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._check_trace_types()

    def _check_trace_types(self) -> None:
        unknown = sorted({t.type for t in self.data} - BASIC_TRACE_TYPES)
        if unknown:
            raise ValueError(
                f"PlotView: trace type {', '.join(unknown)} is not in the served plotly.js "
                f"bundle; allowed: {', '.join(sorted(BASIC_TRACE_TYPES))}"
            )

    def _send_full_state(self, *_args, **_kwargs) -> None:
        """Sync the whole figure (replaces plotly's incremental restyle/relayout messages)."""
        self._check_trace_types()
        with self.hold_sync():
            self._widget_data = deepcopy(self._data)
            self._widget_layout = deepcopy(self._layout_obj._props)

    _send_relayout_msg = _send_full_state
    _send_restyle_msg = _send_full_state
    _send_update_msg = _send_full_state
    _send_addTraces_msg = _send_full_state
    _send_deleteTraces_msg = _send_full_state
    _send_moveTraces_msg = _send_full_state
    _send_animate_msg = _send_full_state
