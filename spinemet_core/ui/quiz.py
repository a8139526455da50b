"""Dashboard 06: the case quiz in self-study, exam and lecture modes."""

from __future__ import annotations

import base64
import html
import json
from importlib import resources
from pathlib import Path

import ipywidgets as widgets

from ..cases import load_bank
from ..cases.model import DIFFICULTIES, TOPICS
from ..quiz import CONFIDENCE, ProgressError, QuizSession, breakdown
from ..references import get_reference
from ..topics import DASHBOARDS
from .theme import CSS

__all__ = ["QuizApp", "default_bank_folder"]

_MODE_LABELS = {"self_study": "Self-study", "exam": "Exam", "lecture": "Lecture"}
_TOPIC_LABELS = {t: DASHBOARDS[t].label for t in TOPICS}
_QUIZ_CSS = """<style>
.sm-quiz .widget-checkbox, .sm-quiz .widget-checkbox label, .sm-quiz .widget-radio-box label {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  height: auto !important; }
.sm-quiz .widget-checkbox { width: 100% !important; }
.sm-quiz button.jupyter-button { width: auto !important; min-width: 120px; padding: 0 12px; }
</style>"""
_LECTURE_CSS = """<style>
.sm-lecture, .sm-lecture .widget-label, .sm-lecture .widget-html-content,
.sm-lecture .widget-radio-box label, .sm-lecture .widget-checkbox label,
.sm-lecture button { font-size: 22px !important; line-height: 1.4; }
.sm-lecture .widget-radio-box input, .sm-lecture .widget-checkbox input {
  width: 22px; height: 22px; }
</style>"""


def default_bank_folder() -> Path:
    """The repository's ``cases/`` folder: beside the working folder (notebooks run in
    ``notebooks/``), or beside the installed package in a development checkout."""
    for base in (Path.cwd(), Path.cwd().parent, Path(str(resources.files("spinemet_core"))).parent):
        if (base / "cases" / "README.md").is_file():
            return base / "cases"
    return Path.cwd() / "cases"


class QuizApp(widgets.VBox):
    """Filter, shuffle with a visible seed, answer, review, export and import progress."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.cases, self.problems = load_bank(folder or default_bank_folder())
        self.session: QuizSession | None = None
        self.index = 0
        # Controls
        self._mode = widgets.ToggleButtons(
            options=[(v, k) for k, v in _MODE_LABELS.items()],
            value="self_study",
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
        self._seed = widgets.BoundedIntText(value=1, min=0, max=999999, description="Seed")
        self._start = widgets.Button(description="Start quiz", icon="play", button_style="primary")
        self.status = widgets.HTML().add_class("sm-quiz-status")
        self.case_html = widgets.HTML().add_class("sm-quiz-case")
        self._answer_box = widgets.VBox().add_class("sm-quiz-answer")
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
                widgets.HBox([self._difficulty, self._seed]),
                self._start,
            ]
        )
        self._question_area = widgets.VBox(
            [
                self.case_html,
                self._answer_box,
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
        self._finish.on_click(self._on_finish)
        self._upload.observe(self._on_upload, names="value")
        self._mode.observe(self._on_mode, names="value")
        self.status.value = (
            f"<div class='sm-muted'>{len(self.cases)} cases, "
            f"{sum(len(c.questions) for c in self.cases)} questions in the "
            "bank. Choose a mode and press Start.</div>"
        )
        self._on_mode()

    # Callbacks
    def _on_mode(self, _change=None) -> None:
        lecture = self._mode.value == "lecture"
        self._style.value = CSS + _QUIZ_CSS + (_LECTURE_CSS if lecture else "")
        if lecture:
            self.add_class("sm-lecture")
        else:
            self.remove_class("sm-lecture")

    def _on_start(self, _button=None) -> None:
        topics = [t for t, box in self._topics.items() if box.value] or list(TOPICS)
        difficulties = None if self._difficulty.value == "all" else [self._difficulty.value]
        self.start(
            QuizSession(
                self.cases,
                mode=self._mode.value,
                seed=self._seed.value,
                topics=topics,
                difficulties=difficulties,
            )
        )

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

    def _on_submit(self, _button=None) -> None:
        value = self._read_answer()
        if value is None:
            self.feedback.value = "<i>Choose or enter an answer first.</i>"
            return
        self.session.answer(self.index, value, self._confidence.value)
        self._show()

    def _on_reveal(self, _button=None) -> None:
        self.session.reveal(self.index)
        self._show()

    def _go(self, step: int) -> None:
        self.index = max(0, min(len(self.session) - 1, self.index + step))
        self._show()

    def _on_finish(self, _button=None) -> None:
        self.session.finish()
        self._show()
        self.report.value = self._report_html()

    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0] if isinstance(files, list | tuple) else next(iter(files.values()))
        content = bytes(item["content"])
        try:
            session = QuizSession.import_progress(content, self.cases)
        except ProgressError as exc:
            self.import_message.value = (
                f"<div class='sm-feedback-wrong' role='alert'><b>Not "
                f"loaded:</b> {html.escape(str(exc))}. Your current "
                "session is unchanged.</div>"
            )
            return
        self._mode.value = session.mode
        self._seed.value = session.seed
        self.start(session)
        self.import_message.value = (
            f"<div class='sm-feedback-correct'><b>Progress loaded:"
            f"</b> {len(session.responses)} answer(s) restored.</div>"
        )

    # Reading and rendering
    def _read_answer(self):
        _case, question = self.session.question(self.index)
        control = self._answer_box.children[0] if self._answer_box.children else None
        if question.type == "single_choice":
            return control.value
        if question.type == "multiple_choice":
            return [box.description for box in self._answer_box.children if box.value] or None
        return control.value

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
        self._answer_box.children = self._answer_controls(question, response)
        locked = visible or (session.mode == "exam" and session.finished)
        for child in self._answer_box.children:
            child.disabled = locked
        self._reveal.layout.display = "flex" if session.mode == "lecture" else "none"
        self._submit.layout.display = "none" if locked else "flex"
        self.feedback.value = self._feedback_html(case, question, response, visible)
        self.export_link.value = self._export_html()

    def _answer_controls(self, question, response):
        if question.type == "single_choice":
            options = [c.text for c in question.choices]
            value = response.answer if response else None
            return (
                widgets.RadioButtons(
                    options=options, value=value, layout=widgets.Layout(width="auto")
                ),
            )
        if question.type == "multiple_choice":
            chosen = set(response.answer) if response else set()
            return tuple(
                widgets.Checkbox(
                    value=c.text in chosen,
                    description=c.text,
                    indent=False,
                    layout=widgets.Layout(width="auto"),
                )
                for c in question.choices
            )
        return (
            widgets.FloatText(
                value=response.answer if response else 0.0, description="Your answer"
            ),
        )

    def _feedback_html(self, case, question, response, visible) -> str:
        if not visible:
            if response and self.session.mode == "exam":
                return "<i>Answer recorded. Feedback comes with the report at the end.</i>"
            if self.session.mode == "lecture":
                return "<i>The presenter reveals the answer.</i>"
            return ""
        verdict = ""
        if response:
            verdict = "<b>Correct.</b> " if response.correct else "<b>Not quite.</b> "
        if question.type == "numeric":
            body = (
                f"The answer is <b class='sm-correct-answer'>{question.answer:g}</b> "
                f"(within {question.tolerance:g})."
            )
        else:
            items = "".join(
                f"<li>{'✔' if c.correct else '✖'} <b>{html.escape(c.text)}</b>: "
                f"{html.escape(c.feedback)}</li>"
                for c in question.choices
            )
            body = f"<ul>{items}</ul>"
        lines = breakdown(case, question)
        computed = (
            (
                "<details open><summary>How the core computes it</summary><ul>"
                + "".join(f"<li>{html.escape(x)}</li>" for x in lines)
                + "</ul></details>"
            )
            if lines
            else ""
        )
        cites = ", ".join(get_reference(k).short for k in question.citekeys)
        css = (
            "sm-feedback-correct"
            if response and response.correct
            else "sm-feedback-wrong"
            if response
            else ""
        )
        return (
            f"<div class='{css}'>{verdict}{body}<p>{html.escape(question.explanation)} "
            f"<span class='sm-muted'>({html.escape(cites)})</span></p>{computed}</div>"
        )

    def _report_html(self) -> str:
        s = self.session.summary()

        def row(name, b):
            return (
                f"<tr><td>{html.escape(name)}</td><td>{b['correct']} / {b['questions']}</td>"
                f"<td>{b['answered']}</td><td>{b['confident_but_wrong']}</td></tr>"
            )

        topics = "".join(row(_TOPIC_LABELS[t], b) for t, b in s["by_topic"].items())
        objectives = "".join(row(o, b) for o, b in sorted(s["by_objective"].items()))
        o = s["overall"]
        head = "<tr><th></th><th>Correct</th><th>Answered</th><th>Confident but wrong</th></tr>"
        return (
            f"<div class='sm-card'><h3>Report</h3><p class='sm-quiz-score'>Score: "
            f"<b>{o['correct']} / {o['questions']}</b> ({o['answered']} answered)</p>"
            f"<table class='sm-table'>{head}{topics}</table>"
            f"<details><summary>By learning objective</summary><table class='sm-table'>"
            f"{head}{objectives}</table></details></div>"
        )

    def _export_html(self) -> str:
        data = json.dumps(self.session.export(), indent=1).encode("utf-8")
        href = "data:application/json;base64," + base64.b64encode(data).decode("ascii")
        return (
            f"<a class='sm-export-link' download='spinemet-progress.json' href='{href}'>"
            "Download progress (JSON)</a>"
        )
