"""The case quiz's autosave: each change of the session is saved, and restored on return.

With Voilà (``make dashboards``, Binder, a JupyterHub user's server) the session goes to a
file (:mod:`spinemet_core.progress_file`); in the static edition, whose kernel runs in the
browser, to the browser's storage (:class:`.browser_store.BrowserStore`). Both hold the
progress file format of :mod:`spinemet_core.progress`, read as strictly as an import.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import ipywidgets as widgets

from ..cases.model import Case
from ..progress_file import progress_location, read_progress, set_aside, write
from ..quiz import ProgressError, QuizSession
from ..quiz_templates import import_progress
from .browser_store import BrowserStore
from .quiz_report import progress_document

__all__ = ["AutoSave", "Restored"]

_LOG = logging.getLogger(__name__)

Restored = Callable[[QuizSession | None, str], None]
"""Called once the saved session is read: the session (or ``None``) and, when a saved
session could not be restored, why and where it was kept (else ``""``)."""


class AutoSave:
    """Save a quiz session as it changes; restore it once, when the page opens.

    ``location`` is the progress file (by default :func:`progress_location`; ``None``
    turns autosave off); ``browser`` chooses the browser's storage instead (by default
    in the static edition, ``sys.platform == "emscripten"``). :attr:`widget` must be on the
    page (it holds the browser storage's front end). ``templates`` are the case templates
    whose variants a saved session may hold (each is redrawn from its recorded seed).
    """

    def __init__(
        self,
        cases: Sequence[Case],
        *,
        location: Path | str | None = "default",
        browser: bool | None = None,
        templates: Sequence = (),
    ) -> None:
        self.cases = cases
        self.templates = templates
        self.browser = sys.platform == "emscripten" if browser is None else browser
        if location == "default":
            location = progress_location()
        self.path = None if location is None else Path(location)
        self.store = BrowserStore() if self.browser else None
        self.widget = self.store or widgets.HTML(layout=widgets.Layout(display="none"))
        self.where = "this browser's storage" if self.browser else _shown(self.path)
        self._known: bytes | None = None
        """The file's bytes as this page last read or wrote them (another page may change it)."""

    @property
    def enabled(self) -> bool:
        """Whether sessions are saved at all."""
        return self.browser or self.path is not None

    def restore(self, restored: Restored) -> None:
        """Read the saved session and pass it to ``restored`` (at once from a file, when the
        page has sent its storage in the static edition)."""
        if self.store is not None:
            store = self.store

            def loaded(_change=None) -> None:
                if store.loaded:
                    store.unobserve(loaded, names="loaded")
                    self._restore(store.stored or None, restored)

            store.observe(loaded, names="loaded")
            loaded()
        elif self.path is not None:
            try:
                raw = self._known = read_progress(self.path)
            except ProgressError as exc:
                restored(None, self._unreadable(exc))
                return
            self._restore(raw, restored)

    def _restore(self, raw, restored: Restored) -> None:
        if not raw:
            restored(None, "")
            return
        try:
            session = import_progress(raw, self.cases, self.templates)
        except ProgressError as exc:
            restored(None, self._unreadable(exc))
            return
        restored(session, "")

    def _unreadable(self, exc: ProgressError) -> str:
        """Keep the unreadable session aside (never overwritten) and say where it went."""
        if self.store is not None:
            self.store.set_aside()
            kept = "under another name in this browser's storage"
        else:
            try:
                kept = f"as {set_aside(self.path)}"
            except OSError as error:  # it stays where it is; nothing is saved over it
                self.path = None
                kept = f"where it was (it could not be renamed: {error.strerror}); autosave is off"
        return (
            f"Your saved session in {self.where} could not be restored: {exc}. It was kept {kept}."
        )

    def save(self, session: QuizSession) -> str:
        """Save ``session``; return ``""``, or what the learner should know: that answers
        given in another page of the same quiz were added, that another page's different
        session was kept aside, or why nothing could be saved."""
        if not self.enabled:
            return ""
        if self.store is not None:
            self.store.save(json.dumps(progress_document(session)))
            return self.store.error
        note = ""
        try:
            current = read_progress(self.path)
            if current is not None and current != self._known:
                note = self._reconcile(session, current)
            self._known = write(self.path, progress_document(session))
        except (OSError, ProgressError) as exc:
            _LOG.debug("autosave to %s failed", self.path, exc_info=True)
            reason = getattr(exc, "strerror", None) or exc
            return f"Autosave to {self.where} failed ({reason}); use Download progress."
        return note

    def _reconcile(self, session: QuizSession, current: bytes) -> str:
        """Another page (a second tab) saved since this one: add its answers when it holds
        the same quiz, else keep its file aside. Nothing it saved is overwritten."""
        try:
            other = import_progress(current, self.cases, self.templates)
        except ProgressError:
            other = None
        same = other is not None and (
            other.export()["settings"] == session.export()["settings"]
            and other.items == session.items
        )
        if not same:
            return (
                f"Another page saved a different session in {self.where}; "
                f"it was kept as {set_aside(self.path, why='other-session')}."
            )
        added = _merge(session, other)
        return f"{added} answer(s) given in another page were added here." if added else ""

    def clear(self) -> None:
        """Forget the saved session (Start fresh, confirmed by the learner)."""
        if self.store is not None:
            self.store.clear()
        elif self.path is not None:
            Path(self.path).unlink(missing_ok=True)


def _shown(path: Path | None) -> str:
    """A path as the learner reads it: the home folder written ``~``."""
    if path is None:
        return "nowhere (autosave is off)"
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def _merge(session: QuizSession, other: QuizSession) -> int:
    """Add to ``session`` the answers of ``other`` (the same quiz) that it lacks, with their
    confidence, and the questions ``other`` revealed; return how many answers were added."""
    positions = {item: n for n, item in enumerate(session.items)}
    added = 0
    for key, response in other.responses.items():
        if key in session.responses or session.feedback_visible(positions[key]):
            continue
        session.answer(positions[key], response.answer, response.confidence)
        added += 1
    session.revealed |= other.revealed
    session.finished = session.finished or other.finished
    return added
