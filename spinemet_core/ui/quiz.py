"""Dashboard 06: the case quiz in self-study, exam and lecture modes.

Besides the hand-written cases, the quiz asks variants of the bank's case templates
(:mod:`spinemet_core.quiz_templates`): fresh at each self-study Start, fixed by the seed in
exam and lecture; after a session it offers a review round (:mod:`.quiz_review`). Every
answer is saved as it is given (:mod:`.quiz_autosave`) and the session is restored when
the page is opened again; replacing a session with answers (Start, loading a file,
Start fresh) asks first (:class:`.confirm.Confirm`).
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from ..cases import bank_folder, load_bank, load_templates
from ..errors import InvalidInputError
from ..quiz import CONFIDENCE, QuizSession
from ..quiz_templates import variant_of
from .confirm import Confirm
from .poll_link import PollLink
from .presentation import presentation
from .question import answer_controls, feedback_html, read_answer, reports_errors
from .quiz_autosave import AutoSave
from .quiz_keeping import SessionKeeping
from .quiz_report import (
    LECTURE_CSS,
    QUIZ_CSS,
    bank_problems_html,
    case_html,
    export_link_html,
    status_html,
)
from .quiz_review import ReviewOffer, ReviewRounds
from .quiz_settings import TOPIC_LABELS, QuizSettings
from .theme import CSS

__all__ = ["QuizApp"]


class QuizApp(SessionKeeping, ReviewRounds, widgets.VBox):
    """Filter, shuffle with a visible seed, answer, review, export and import progress.

    ``folder`` is the case bank and its templates; by default
    :func:`spinemet_core.cases.bank_folder`.
    ``autosave`` saves and restores the session; by default an
    :class:`~.quiz_autosave.AutoSave` at :func:`~spinemet_core.progress_file.progress_location`.
    """

    def __init__(self, folder: str | Path | None = None, *, autosave: AutoSave | None = None):
        folder = folder or bank_folder()
        self.cases, self.problems = load_bank(folder)
        self.templates, template_problems = load_templates(folder)
        self.problems = [*self.problems, *template_problems]
        self.session: QuizSession | None = None
        self.index = 0
        self.autosave = autosave or AutoSave(self.cases, templates=self.templates)
        # Controls
        self.settings = QuizSettings()
        self.confirm = Confirm()
        self.status = widgets.HTML().add_class("sm-quiz-status")
        self.restore_notice = widgets.HTML().add_class("sm-quiz-restored")
        self._fresh = widgets.Button(description="Start fresh")
        self._restore_box = widgets.HBox(
            [self.restore_notice, self._fresh],
            layout=widgets.Layout(display="none", flex_flow="row wrap", align_items="center"),
        )
        self.bank_problems = widgets.HTML(bank_problems_html(self.problems)).add_class(
            "sm-quiz-bank"
        )
        self.case_html = widgets.HTML().add_class("sm-quiz-case")
        self._answer_box = widgets.VBox().add_class("sm-quiz-answer")
        self.answer_message = widgets.HTML().add_class("sm-answer-message")
        self.alert = widgets.HTML().add_class("sm-quiz-alert")
        self._confidence = widgets.ToggleButtons(
            options=[(c, c) for c in CONFIDENCE], value="medium", description="Confidence"
        )
        self._submit = widgets.Button(description="Submit answer", icon="check")
        self._reveal = widgets.Button(description="Reveal answer", icon="eye")
        self._previous = widgets.Button(description="Previous", icon="arrow-left")
        self._next = widgets.Button(description="Next", icon="arrow-right")
        self._finish = widgets.Button(description="Finish and see report", icon="flag")
        self.feedback = widgets.HTML().add_class("sm-quiz-feedback")
        self._poll = PollLink(follow_page=False)
        self.report = widgets.HTML().add_class("sm-quiz-report")
        self.review = ReviewOffer()
        self.export_link = widgets.HTML().add_class("sm-quiz-export")
        self._upload = widgets.FileUpload(
            accept=".json", multiple=False, description="Load progress"
        )
        self.import_message = widgets.HTML().add_class("sm-quiz-import")
        self.save_message = widgets.HTML().add_class("sm-quiz-saved")
        self._style = widgets.HTML(CSS)

        # Layout
        self._question_area = widgets.VBox(
            [
                self.case_html,
                widgets.HBox([self._answer_box, self.answer_message]),
                self._confidence,
                widgets.HBox([self._submit, self._reveal]),
                self._poll,
                self.feedback,
                widgets.HBox([self._previous, self._next, self._finish]),
            ],
            layout=widgets.Layout(display="none"),
        )
        super().__init__(
            [
                self._style,
                self._restore_box,
                self.settings,
                self.confirm,
                self.status,
                self.bank_problems,
                self.alert,
                self._question_area,
                self.report,
                self.review,
                widgets.HTML("<h3>Save or resume your progress</h3>"),
                widgets.HBox(
                    [self.export_link, self._upload], layout=widgets.Layout(flex_flow="row wrap")
                ),
                self.import_message,
                self.save_message,
                self.autosave.widget,
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-quiz")

        # Wiring: every callback is wrapped by reports_errors, so none lets an exception
        # escape into a page whose tracebacks are hidden.
        self.settings.start.on_click(self._on_start)
        self._submit.on_click(self._on_submit)
        self._reveal.on_click(self._on_reveal)
        self._previous.on_click(lambda _b: self._go(-1))
        self._next.on_click(lambda _b: self._go(+1))
        self._finish.on_click(self._on_finish)
        self._fresh.on_click(self._on_fresh)
        self.review.button.on_click(self._on_review)
        self._upload.observe(self._on_upload, names="value")
        self.settings.mode.observe(self._on_mode, names="value")
        self.status.value = (
            f"<div class='sm-muted'>{len(self.cases)} cases, "
            f"{sum(len(c.questions) for c in self.cases)} questions in the "
            "bank. Choose a mode and press Start.</div>"
        )
        self._on_mode()
        presentation().register(self)
        self.autosave.restore(self._on_restored)

    def apply_presentation(self, mode: str, _theme: str) -> None:
        """Follow the page's lecture mode (``?mode=lecture``, the bar) until a quiz starts."""
        if self.session is None and "lecture" in (mode, self.settings.mode.value):
            self.settings.mode.value = "lecture" if mode == "lecture" else "self_study"

    def start(self, session: QuizSession) -> None:
        """Show ``session`` from its first unanswered question."""
        self.session = session
        answered = set(session.responses)
        self.index = next((n for n, k in enumerate(session.items) if k not in answered), 0)
        self.report.value = ""
        self._question_area.layout.display = "flex" if len(session) else "none"
        if not len(session):
            self.status.value = "<b>No question matches these filters.</b>"
            self._offer_review()
            return
        self._show()
        if session.finished:
            self.report.value = self._report_html()

    # Callbacks (each reports its own failure in the page)
    @reports_errors("alert")
    def _on_mode(self, _change=None) -> None:
        lecture = self.settings.mode.value == "lecture"
        self._style.value = CSS + QUIZ_CSS + (LECTURE_CSS if lecture else "")
        if lecture:
            self.add_class("sm-lecture")
        else:
            self.remove_class("sm-lecture")

    @reports_errors("alert")
    def _on_submit(self, _button=None) -> None:
        _case, question = self.session.question(self.index)
        try:
            value = read_answer(question, self._answer_box.children)
        except InvalidInputError as exc:
            self._answer_problem(f"Not a number: {exc.value}. Type a number such as 2.4 or 2,4.")
            return
        if value is None:
            numeric = question.type == "numeric"
            self._answer_problem("Enter an answer first." if numeric else "Choose an answer first.")
            return
        self.session.answer(self.index, value, self._confidence.value)
        self._save()
        self._show()

    def _answer_problem(self, text: str) -> None:
        """Say, beside the answer, why nothing was recorded."""
        self.answer_message.value = (
            f"<span class='sm-field-error' role='alert'>{html.escape(text)}</span>"
        )

    @reports_errors("alert")
    def _on_reveal(self, _button=None) -> None:
        self.session.reveal(self.index)
        self._save()
        self._show()

    @reports_errors("alert")
    def _go(self, step: int) -> None:
        self.index = max(0, min(len(self.session) - 1, self.index + step))
        self._show()

    @reports_errors("alert")
    def _on_finish(self, _button=None) -> None:
        session = self.session
        if session.mode != "exam" or session.finished:
            self._end()
            return
        left = len(session) - len(session.responses)
        self.confirm.ask(
            f"Finish the exam? {left} of {len(session)} question(s) are unanswered, and no "
            "answer can be changed afterwards.",
            self._end,
            "Finish the exam",
        )

    def _end(self) -> None:
        """End the session (exam: feedback is released) and show the report."""
        self.session.finish()
        self._save()
        self._show()
        self.report.value = self._report_html()

    # Rendering
    def _show(self) -> None:
        session = self.session
        case, question = session.question(self.index)
        response = session.responses.get((case.id, question.id))
        visible = session.feedback_visible(self.index)
        self.status.value = status_html(session, self.index)
        self.case_html.value = case_html(
            case, question, TOPIC_LABELS, variant_of(session, self.index)
        )
        self.answer_message.value = ""
        self.alert.value = ""
        self._answer_box.children = answer_controls(
            question, session.choices(self.index), response.answer if response else None
        )
        locked = visible or (session.mode == "exam" and session.finished)
        for child in self._answer_box.children:
            child.disabled = locked
        # The confidence saved with this answer, not the last one picked elsewhere.
        self._confidence.value = response.confidence if response else "medium"
        self._confidence.disabled = locked
        self._reveal.layout.display = "flex" if session.mode == "lecture" else "none"
        self._poll.point("bank", case.id, question.id, session.seed)
        self._poll.shown = session.mode == "lecture"
        self._submit.layout.display = "none" if locked else "flex"
        self.feedback.value = self._feedback_html(case, question, response, visible)
        self.export_link.value = export_link_html(self.session)
        self._offer_review()

    def _feedback_html(self, case, question, response, visible) -> str:
        if not visible:
            if response and self.session.mode == "exam":
                return "<i>Answer recorded. Feedback comes with the report at the end.</i>"
            if self.session.mode == "lecture":
                return "<i>The presenter reveals the answer.</i>"
            return ""
        return feedback_html(
            case,
            question,
            self.session.choices(self.index),
            answer=response.answer if response else None,
            correct=response.correct if response else None,
        )
