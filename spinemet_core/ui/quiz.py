"""Dashboard 06: the case quiz in self-study, exam and lecture modes."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from ..cases import bank_folder, load_bank
from ..cases.model import DIFFICULTIES, TOPICS
from ..errors import InvalidInputError
from ..quiz import CONFIDENCE, ProgressError, QuizSession
from ..topics import DASHBOARDS
from .presentation import presentation
from .question import answer_controls, feedback_html, read_answer, reports_errors
from .quiz_report import LECTURE_CSS, QUIZ_CSS, bank_problems_html, export_link_html, report_html
from .theme import CSS

__all__ = ["QuizApp"]

SEED_MAX = 10**9
"""The largest seed (the core's limit)."""
_SEED_WIDTH = widgets.Layout(width="220px")
_MODE_LABELS = {"self_study": "Self-study", "exam": "Exam", "lecture": "Lecture"}
_TOPIC_LABELS = {t: DASHBOARDS[t].label for t in TOPICS}


class QuizApp(widgets.VBox):
    """Filter, shuffle with a visible seed, answer, review, export and import progress.

    ``folder`` is the case bank; by default :func:`spinemet_core.cases.bank_folder`.
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        self.cases, self.problems = load_bank(folder or bank_folder())
        self.session: QuizSession | None = None
        self.index = 0
        # Controls
        self._mode = widgets.ToggleButtons(
            options=[(v, k) for k, v in _MODE_LABELS.items()],
            value="lecture" if presentation().mode == "lecture" else "self_study",
            description="Mode",
        )
        self._topics = {
            t: widgets.Checkbox(value=True, description=_TOPIC_LABELS[t], indent=False)
            for t in TOPICS
        }
        self._difficulty = widgets.Dropdown(
            options=[("all levels", "all")] + [(d, d) for d in DIFFICULTIES],
            value="all",
            description="Difficulty",
        )
        # A text field: a seed is read as typed, never clamped (checked on Start).
        self._seed = widgets.Text(value="1", description="Seed", layout=_SEED_WIDTH)
        self.seed_message = widgets.HTML().add_class("sm-seed-message")
        self._start = widgets.Button(description="Start quiz", icon="play", button_style="primary")
        self.status = widgets.HTML().add_class("sm-quiz-status")
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
        self.report = widgets.HTML().add_class("sm-quiz-report")
        self.export_link = widgets.HTML().add_class("sm-quiz-export")
        self._upload = widgets.FileUpload(
            accept=".json", multiple=False, description="Load progress"
        )
        self.import_message = widgets.HTML().add_class("sm-quiz-import")
        self._style = widgets.HTML(CSS)

        # Layout
        settings = widgets.VBox(
            [
                self._mode,
                widgets.HBox(
                    list(self._topics.values()), layout=widgets.Layout(flex_flow="row wrap")
                ),
                widgets.HBox([self._difficulty, self._seed, self.seed_message]),
                self._start,
            ]
        )
        self._question_area = widgets.VBox(
            [
                self.case_html,
                widgets.HBox([self._answer_box, self.answer_message]),
                self._confidence,
                widgets.HBox([self._submit, self._reveal]),
                self.feedback,
                widgets.HBox([self._previous, self._next, self._finish]),
            ],
            layout=widgets.Layout(display="none"),
        )
        super().__init__(
            [
                self._style,
                settings,
                self.status,
                self.bank_problems,
                self.alert,
                self._question_area,
                self.report,
                widgets.HTML("<h3>Save or resume your progress</h3>"),
                widgets.HBox([self.export_link, self._upload]),
                self.import_message,
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-quiz")

        # Wiring
        self._start.on_click(self._on_start)
        self._submit.on_click(self._on_submit)
        self._reveal.on_click(self._on_reveal)
        self._previous.on_click(lambda _b: self._go(-1))
        self._next.on_click(lambda _b: self._go(+1))
        # Every callback above and below is wrapped by reports_errors: none lets an
        # exception escape into a page whose tracebacks are hidden.
        self._finish.on_click(self._on_finish)
        self._upload.observe(self._on_upload, names="value")
        self._mode.observe(self._on_mode, names="value")
        self.status.value = (
            f"<div class='sm-muted'>{len(self.cases)} cases, "
            f"{sum(len(c.questions) for c in self.cases)} questions in the "
            "bank. Choose a mode and press Start.</div>"
        )
        self._on_mode()
        presentation().register(self)

    def apply_presentation(self, mode: str, _theme: str) -> None:
        """Follow the page's lecture mode (``?mode=lecture``, the bar) until a quiz starts."""
        if self.session is None and "lecture" in (mode, self._mode.value):
            self._mode.value = "lecture" if mode == "lecture" else "self_study"

    # Callbacks (each reports its own failure in the page)
    @reports_errors("alert")
    def _on_mode(self, _change=None) -> None:
        lecture = self._mode.value == "lecture"
        self._style.value = CSS + QUIZ_CSS + (LECTURE_CSS if lecture else "")
        if lecture:
            self.add_class("sm-lecture")
        else:
            self.remove_class("sm-lecture")

    @reports_errors("alert")
    def _on_start(self, _button=None) -> None:
        text = self._seed.value.strip()
        if not (text.isascii() and text.isdigit() and int(text) <= SEED_MAX):
            self.seed_message.value = (
                "<span class='sm-field-error' role='alert'>The seed is a whole number from 0 "
                f"to {SEED_MAX:,}; got {html.escape(repr(text[:20]))}.</span>"
            )
            return
        self.seed_message.value = ""
        topics = [t for t, box in self._topics.items() if box.value] or list(TOPICS)
        difficulties = None if self._difficulty.value == "all" else [self._difficulty.value]
        settings = {"mode": self._mode.value, "seed": int(text), "topics": topics}
        self.start(QuizSession(self.cases, **settings, difficulties=difficulties))

    def start(self, session: QuizSession) -> None:
        """Show ``session`` from its first unanswered question."""
        self.session = session
        answered = set(session.responses)
        self.index = next((n for n, k in enumerate(session.items) if k not in answered), 0)
        self.report.value = ""
        self._question_area.layout.display = "flex" if len(session) else "none"
        if not len(session):
            self.status.value = "<b>No question matches these filters.</b>"
        self._show()

    @reports_errors("alert")
    def _on_submit(self, _button=None) -> None:
        _case, question = self.session.question(self.index)
        try:
            value = self._read_answer()
        except InvalidInputError as exc:
            self._answer_problem(f"Not a number: {exc.value}. Type a number such as 2.4 or 2,4.")
            return
        if value is None:
            numeric = question.type == "numeric"
            self._answer_problem("Enter an answer first." if numeric else "Choose an answer first.")
            return
        self.session.answer(self.index, value, self._confidence.value)
        self._show()

    def _answer_problem(self, text: str) -> None:
        """Say, beside the answer, why nothing was recorded."""
        self.answer_message.value = (
            f"<span class='sm-field-error' role='alert'>{html.escape(text)}</span>"
        )

    @reports_errors("alert")
    def _on_reveal(self, _button=None) -> None:
        self.session.reveal(self.index)
        self._show()

    @reports_errors("alert")
    def _go(self, step: int) -> None:
        self.index = max(0, min(len(self.session) - 1, self.index + step))
        self._show()

    @reports_errors("alert")
    def _on_finish(self, _button=None) -> None:
        self.session.finish()
        self._show()
        self.report.value = report_html(self.session.summary(), _TOPIC_LABELS)

    @reports_errors("import_message", "Not loaded:")
    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        try:
            item = files[0] if isinstance(files, list | tuple) else next(iter(files.values()))
            session = QuizSession.import_progress(bytes(item["content"]), self.cases)
        except ProgressError as exc:
            self.import_message.value = (
                f"<div class='sm-feedback-wrong' role='alert'><b>Not "
                f"loaded:</b> {html.escape(str(exc))}. Your current "
                "session is unchanged.</div>"
            )
            return
        finally:
            # Forget the file, so that choosing the same file again loads it again.
            self._upload.value = ()
        self._mode.value = session.mode
        self._seed.value = str(session.seed)
        self.start(session)
        self.import_message.value = (
            f"<div class='sm-feedback-correct'><b>Progress loaded:"
            f"</b> {len(session.responses)} answer(s) restored.</div>"
        )

    # Reading and rendering
    def _read_answer(self):
        _case, question = self.session.question(self.index)
        return read_answer(question, self._answer_box.children)

    def _show(self) -> None:
        session = self.session
        case, question = session.question(self.index)
        key = (case.id, question.id)
        response = session.responses.get(key)
        visible = session.feedback_visible(self.index)
        self.status.value = (
            f"<div><b>Question {self.index + 1} of {len(session)}</b> · mode "
            f"{_MODE_LABELS[session.mode]} · seed <span class='sm-seed'>{session.seed}</span> · "
            f"answered {len(session.responses)}</div>"
        )
        self.case_html.value = (
            f"<div class='sm-card'><h3>{html.escape(case.title)}</h3>"
            f"<div class='sm-muted'>{html.escape(_TOPIC_LABELS[case.topic])} · "
            f"{case.difficulty}</div><p>{html.escape(case.vignette)}</p>"
            f"<p class='sm-question-prompt'><b>{html.escape(question.prompt)}</b></p></div>"
        )
        self.answer_message.value = ""
        self.alert.value = ""
        self._answer_box.children = answer_controls(
            question, session.choices(self.index), response.answer if response else None
        )
        locked = visible or (session.mode == "exam" and session.finished)
        for child in self._answer_box.children:
            child.disabled = locked
        self._reveal.layout.display = "flex" if session.mode == "lecture" else "none"
        self._submit.layout.display = "none" if locked else "flex"
        self.feedback.value = self._feedback_html(case, question, response, visible)
        self.export_link.value = export_link_html(self.session)

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
