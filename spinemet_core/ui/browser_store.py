"""BrowserStore: one JSON string kept in the browser's localStorage (the static edition)."""

from __future__ import annotations

from pathlib import Path

import anywidget
import traitlets

__all__ = ["BrowserStore"]


class BrowserStore(anywidget.AnyWidget):
    """A hidden widget that reads and writes one string in the browser's ``localStorage``.

    In the static edition the kernel runs in the browser (Pyodide) and has no lasting disk,
    so the quiz keeps its progress in the page's storage instead. When the widget is first
    shown its front end (``static/browser_store.js``) sends the stored string in ``stored``
    (``""`` when there is none) and sets ``loaded``; :meth:`save`, :meth:`clear` and
    :meth:`set_aside` write through. A browser that refuses storage reports in ``error``.
    """

    _esm = Path(__file__).with_name("static") / "browser_store.js"
    key = traitlets.Unicode("spinemet-progress").tag(sync=True)
    stored = traitlets.Unicode("").tag(sync=True)
    loaded = traitlets.Bool(False).tag(sync=True)
    error = traitlets.Unicode("").tag(sync=True)

    def save(self, text: str) -> None:
        """Keep ``text`` under :attr:`key`, replacing what was there."""
        self.send({"op": "save", "text": text})

    def clear(self) -> None:
        """Remove what is kept under :attr:`key`."""
        self.send({"op": "clear"})

    def set_aside(self) -> None:
        """Keep the stored string under ``<key>.unreadable-<UTC time>`` and remove it from
        :attr:`key` (an unreadable session is never overwritten)."""
        self.send({"op": "aside"})
