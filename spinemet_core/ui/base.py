"""The dashboard base class: one topic, its references from the manifest, one build order.

A topic's app subclasses :class:`DashboardApp`, names its ``TOPIC`` (an id of
:data:`spinemet_core.topics.DASHBOARDS`) and builds itself in the house order:
controls → layout (:meth:`DashboardApp._mount`) → wiring (:meth:`DashboardApp._observe`)
→ callbacks. ``REFERENCES`` is read from the manifest, never typed in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

import ipywidgets as widgets

from ..topics import DASHBOARDS
from .ledger import ledger_html
from .scroll_regions import REGION_CLASS
from .theme import CSS

__all__ = ["DashboardApp"]


class DashboardApp(widgets.VBox):
    """Base of every topic's app (a ``VBox`` with the project's CSS first).

    Subclasses set ``TOPIC``; ``REFERENCES`` (the notebook's reference list) follows from it.
    """

    TOPIC: ClassVar[str] = ""
    REFERENCES: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.TOPIC:
            cls.REFERENCES = DASHBOARDS[cls.TOPIC].references

    def _mount(self, children: Iterable[widgets.Widget], *classes: str) -> None:
        """Lay the page out: the CSS, then ``children``, then the topic's fidelity ledger
        (:func:`~spinemet_core.ui.ledger.ledger_html`); add ``sm-app`` and ``classes``."""
        panel = ledger_html(self.TOPIC) if self.TOPIC in DASHBOARDS else ""
        ledger = [widgets.HTML(panel).add_class("sm-ledger-panel")] if panel else []
        super().__init__([widgets.HTML(CSS), *children, *ledger])
        for name in ("sm-app", *classes):
            self.add_class(name)

    @staticmethod
    def _lecture_row(
        inputs: widgets.Widget | Iterable[widgets.Widget], result: Iterable[widgets.Widget]
    ) -> widgets.Box:
        """The topic's main inputs and the result they change, as one block.

        In normal mode the result follows the inputs; in lecture mode on a wide screen the
        two stand side by side and the result stays in view while the inputs scroll
        (``sm-lecture-row`` in :mod:`~spinemet_core.ui.presentation_css`).
        """
        if not isinstance(inputs, widgets.Widget):
            inputs = widgets.VBox(list(inputs))
        # Its own scroll bar when long; ScrollRegions makes it reachable by keyboard.
        panel = widgets.VBox(list(result)).add_class(REGION_CLASS)
        return widgets.VBox([inputs.add_class("sm-lecture-inputs"), panel]).add_class(
            "sm-lecture-row"
        )

    @staticmethod
    def _observe(controls: Iterable[widgets.Widget], callback: Callable) -> None:
        """Call ``callback`` whenever the value of any of ``controls`` changes."""
        for control in controls:
            control.observe(callback, names="value")
