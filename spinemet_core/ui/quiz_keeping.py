"""The case quiz's keeping of sessions: autosave, restore, Start fresh, export and import.

A mixin of :class:`.quiz.QuizApp` (which owns the widgets named here); replacing a session
that holds answers asks first, through the app's :class:`.confirm.Confirm`.
"""

from __future__ import annotations

import html

from ..quiz import ProgressError, QuizSession
from ..quiz_templates import build_quiz, import_progress
from .question import reports_errors

__all__ = ["SessionKeeping"]


class SessionKeeping:
    """Save each change of the quiz session, restore it, replace it only when confirmed."""

    @reports_errors("alert")
    def _on_start(self, _button=None) -> None:
        """Start a quiz with the settings shown (asking first when answers would be lost)."""
        settings = self.settings.read()
        if settings is None:
            return

        def begin() -> None:
            if settings.pop("templates"):
                session = build_quiz(self.cases, self.templates, **settings)
            else:
                session = QuizSession(self.cases, **settings)
            self._adopt(self._with_history(session))

        answers = self._answers()
        if not answers:
            begin()
            return
        self.confirm.ask(
            f"Start a new quiz? The {answers} answer(s) of this session will be replaced "
            "(download your progress first to keep them).",
            begin,
            "Start new quiz",
        )

    def _answers(self) -> int:
        """How many answers the current session holds (what a replacement would lose)."""
        return len(self.session.responses) if self.session else 0

    def _leave(self) -> bool:
        """Let go of the current session (it is replaced by a confirmed choice)."""
        self.session = None
        return True

    def _adopt(self, session: QuizSession) -> None:
        """Make ``session`` the one shown, with its settings, and save it."""
        if self._fresh.layout.display != "none":  # "Restored ...": no longer this session
            self._restore_box.layout.display = "none"
        self.settings.show(session)
        self.start(session)
        self._save()

    def _save(self) -> None:
        """Save the session now (autosave); say so beside the export when that fails."""
        problem = self.autosave.save(self.session)
        self.save_message.value = _notice("sm-feedback-wrong", problem) if problem else ""

    def _on_restored(self, session: QuizSession | None, problem: str) -> None:
        """Show the session saved on the learner's last visit, or why it was set aside."""
        if problem:
            self.restore_notice.value = _notice("sm-feedback-wrong", problem)
            self._fresh.layout.display = "none"
            self._restore_box.layout.display = "flex"
        if session is None:
            return
        if self.session is not None:  # started before the browser's storage answered
            self.confirm.ask(
                f"A saved session with {len(session.responses)} answer(s) was found in "
                f"{self.autosave.where}. Replace this session with it?",
                lambda: self._on_restored(session, "") if self._leave() else None,
                "Restore the saved session",
            )
            return
        self.settings.show(session)
        self.start(session)
        self.restore_notice.value = _notice(
            "sm-feedback-correct",
            f"Restored your session from {self.autosave.where}: "
            f"{len(session.responses)} answer(s).",
        )
        self._fresh.layout.display = "flex"
        self._restore_box.layout.display = "flex"

    @reports_errors("alert")
    def _on_fresh(self, _button=None) -> None:
        answers = self._answers()
        self.confirm.ask(
            f"Start fresh? The saved session and its {answers} answer(s) will be deleted "
            f"from {self.autosave.where}.",
            self._start_fresh,
            "Delete and start fresh",
        )

    def _start_fresh(self) -> None:
        self.autosave.clear()
        self.session = None
        self._restore_box.layout.display = "none"
        self._question_area.layout.display = "none"
        self.report.value = self.export_link.value = ""
        self.review.update(None, self.templates)
        self.status.value = "<div class='sm-muted'>Choose a mode and press Start.</div>"

    @reports_errors("import_message", "Not loaded:")
    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        try:
            item = files[0] if isinstance(files, list | tuple) else next(iter(files.values()))
            session = import_progress(bytes(item["content"]), self.cases, self.templates)
        except ProgressError as exc:
            self.import_message.value = (
                f"<div class='sm-feedback-wrong' role='alert'><b>Not "
                f"loaded:</b> {html.escape(str(exc))} "
                f"(<code>{html.escape(str(item.get('name', '')))}</code>). Your current "
                "session is unchanged.</div>"
            )
            return
        finally:
            # Forget the file, so that choosing the same file again loads it again.
            self._upload.value = ()

        def load() -> None:
            self._adopt(session)
            self.import_message.value = (
                f"<div class='sm-feedback-correct'><b>Progress loaded:"
                f"</b> {len(session.responses)} answer(s) restored.</div>"
            )

        answers = self._answers()
        if not answers:
            load()
            return
        self.import_message.value = ""
        self.confirm.ask(
            f"Replace this session ({answers} answer(s)) with the loaded file "
            f"({len(session.responses)} answer(s))?",
            load,
            "Replace with the file",
        )


def _notice(css: str, text: str) -> str:
    """A notice in plain words (escaped; an apostrophe stays one); a problem is an alert."""
    alert = " role='alert'" if css == "sm-feedback-wrong" else ""
    return f"<div class='{css}'{alert}>{html.escape(text, quote=False)}</div>"
