"""The case quiz's review of weak objectives and its history of sessions.

A mixin of :class:`.quiz.QuizApp`. Once a session is over (finished, or every question
answered in self-study) the quiz names the objectives the learner missed or answered wrong
with high confidence and offers a review round: new variants of the case templates that
teach them (:func:`~spinemet_core.quiz_templates.review_round`), and the objectives only
hand-written cases teach. Each replaced session leaves a record in the session's
``history`` (:func:`~spinemet_core.quiz_templates.session_record`), which goes through
export, import and autosave, and the report shows progress per objective over them.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

import ipywidgets as widgets

from ..progress import MAX_HISTORY
from ..quiz import QuizSession
from ..quiz_templates import review_round, session_record, weak_objectives
from .confirm import Confirm
from .question import reports_errors
from .quiz_report import objective_progress_html, report_html
from .quiz_settings import MODE_LABELS, TOPIC_LABELS

__all__ = ["ReviewOffer", "ReviewRounds", "session_over"]


def session_over(session: QuizSession) -> bool:
    """Whether a session may show which objectives were missed: finished, or (self-study,
    whose feedback is already shown) every question answered."""
    if session.finished:
        return True
    return session.mode == "self_study" and len(session.responses) == len(session)


class ReviewOffer(widgets.VBox):
    """The offer of a review round: what was missed, a button, and its own confirm box (so
    the question is asked where the button was pressed, on a phone too)."""

    def __init__(self) -> None:
        self.message = widgets.HTML().add_class("sm-quiz-review-message")
        # No icon: beside this short label it wrapped onto a line of its own.
        self.button = widgets.Button(description="Review round", button_style="primary")
        self.confirm = Confirm()  # its own class: the page's one .sm-confirm stays the app's
        self.confirm.remove_class("sm-confirm").add_class("sm-review-confirm")
        super().__init__(
            [self.message, widgets.HBox([self.button]), self.confirm],
            layout=widgets.Layout(display="none"),
        )
        self.add_class("sm-quiz-review")

    def update(self, session: QuizSession | None, templates) -> None:
        """Show the offer for ``session`` when it is over with objectives to review, or say
        which objectives a running review round covers; else hide."""
        reviewing = getattr(session, "review_of", None)
        weak = weak_objectives(session) if session and session_over(session) else []
        if not weak and not reviewing:
            self.layout.display = "none"
            return
        taught = {o for t in templates for o in t.objectives}
        if weak:
            names = [name for name, _missed, _confident in weak]
            confident = [name for name, _missed, n in weak if n]
            text = f"<b>To review:</b> {_names(names)}."
            if confident == names:
                text += " Each was answered wrong with high confidence."
            elif confident:
                text += f" Answered wrong with high confidence: {_names(confident)}."
            covered = [n for n in names if n in taught]
            if covered == names:
                text += " A review round asks new variants of cases on each."
            elif covered:
                text += f" A review round asks new variants of cases on {_names(covered)}."
            self.button.layout.display = "flex" if covered else "none"
        else:
            names = list(reviewing)
            text = f"<b>Review round</b> of {_names([n for n in names if n in taught])}."
            self.button.layout.display = "none"
        hand = [n for n in names if n not in taught]
        if hand:
            text += (
                f" Only hand-written cases teach {_names(hand)}: start a quiz on their topic "
                "to review them."
            )
        self.message.value = f"<div class='sm-card'>{text}</div>"
        self.layout.display = "flex"


class ReviewRounds:
    """Offer and start review rounds; keep the history of sessions; build the report."""

    def _with_history(self, session: QuizSession) -> QuizSession:
        """``session`` with the history of the one it replaces, plus a record of that one
        when it holds answers (the newest :data:`~spinemet_core.progress.MAX_HISTORY`)."""
        old = self.session
        history = list(getattr(old, "history", ())) if old is not None else []
        if old is not None and old.responses:
            label = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {MODE_LABELS[old.mode]}"
            history.append(session_record(old, label))
        session.history = history[-MAX_HISTORY:]
        return session

    def _report_html(self) -> str:
        """The report of the session and its progress per objective over earlier sessions."""
        session = self.session
        records = [*getattr(session, "history", ()), session_record(session, "this session")]
        return report_html(session.summary(), TOPIC_LABELS) + objective_progress_html(records)

    def _offer_review(self) -> None:
        self.review.update(self.session, self.templates)

    @reports_errors("alert")
    def _on_review(self, _button=None) -> None:
        answers = self._answers()
        self.review.confirm.ask(
            f"Start a review round? The {answers} answer(s) of this session are replaced; its "
            "results stay in your progress per objective (download your progress first to "
            "keep the answers).",
            self._start_review,
            "Start the review round",
        )

    def _start_review(self) -> None:
        found = review_round(self.session, self.templates)
        if found.session is None:  # no template teaches a weak objective
            self._offer_review()
            return
        self._adopt(self._with_history(found.session))


def _names(names) -> str:
    return ", ".join(f"<code>{html.escape(n)}</code>" for n in names)
