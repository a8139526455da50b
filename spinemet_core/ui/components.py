"""Small widgets used by every dashboard: header, notice, references, check-yourself."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..cases import CHECK_SEED, Case, Question, check_question, choice_order, grade
from ..references import format_reference, get_reference
from .poll_link import PollLink
from .presentation import PresentationBar, presentation
from .question import answer_controls, feedback_html, prompt_html, read_answer, reveal_html
from .theme import CSS, DISCLAIMER

__all__ = ["CheckYourself", "check_yourself", "header", "notice", "references_html"]


def notice() -> widgets.VBox:
    """The education-only notice shown on every dashboard, with the mode and theme toggles."""
    text = widgets.HTML(
        f'{CSS}<div class="sm-notice" role="note">{html.escape(DISCLAIMER)}</div>'
    ).add_class("sm-disclaimer")
    return widgets.VBox([text, PresentationBar()]).add_class("sm-app")


def header(title: str, subtitle: str = "") -> widgets.VBox:
    """Dashboard title with the notice under it."""
    sub = f'<div class="sm-muted">{html.escape(subtitle)}</div>' if subtitle else ""
    title_html = widgets.HTML(f"<h1 style='margin:4px 0'>{html.escape(title)}</h1>{sub}")
    return widgets.VBox([title_html, notice()]).add_class("sm-app")


def references_html(keys: list[str] | tuple[str, ...]) -> widgets.HTML:
    """An ordered reference list rendered from the citekey registry."""
    items = []
    for key in keys:
        ref = get_reference(key)
        text = html.escape(format_reference(key))
        if ref.doi:
            doi = html.escape(ref.doi)
            text = text.replace(f"doi:{doi}", f'doi:<a href="https://doi.org/{doi}">{doi}</a>')
        items.append(f'<li id="ref-{key}">{text}</li>')
    return widgets.HTML(f"{CSS}<ol class='sm-app'>{''.join(items)}</ol>").add_class("sm-references")


class CheckYourself(widgets.VBox):
    """A check-yourself question inside a dashboard: answer, press Check, read why.

    The question is a case-format question (one small case per question); its
    choices are shown in the fixed seeded order of :data:`~spinemet_core.cases.CHECK_SEED`
    and its feedback and lecture reveal are those of the case quiz
    (:mod:`spinemet_core.ui.question`).
    """

    def __init__(self, case: Case, question: Question | None = None) -> None:
        self.case = case
        self.question = question or case.questions[0]
        self.choices = choice_order(self.question, seed=CHECK_SEED, case_id=case.id)
        # Controls
        self._prompt = widgets.HTML(
            prompt_html(case, self.question, lead="<b>Check yourself.</b> ")
        )
        self._answer_box = widgets.VBox(answer_controls(self.question, self.choices))
        self._check = widgets.Button(description="Check answer", icon="check")
        self._feedback = widgets.HTML("").add_class("sm-check-feedback")
        self._poll = PollLink()
        self._poll.point("check", case.topic, self.question.id)
        # Layout
        super().__init__(
            [self._prompt, self._answer_box, self._check, self._poll, self._feedback],
            layout=widgets.Layout(border="1px solid #ccc", padding="6px 10px", margin="6px 0"),
        )
        self.add_class("sm-app")
        self.add_class("sm-check")
        # Wiring
        self._check.on_click(self._on_check)
        presentation().register(self)
        self.apply_presentation(presentation().mode, presentation().theme)

    def apply_presentation(self, mode: str, _theme: str) -> None:
        """In lecture mode the button reveals the answer for the whole room."""
        lecture = mode == "lecture"
        self._check.description = "Reveal answer" if lecture else "Check answer"
        self._check.icon = "eye" if lecture else "check"
        self._feedback.value = ""

    # Callbacks
    def _on_check(self, _button=None) -> None:
        if presentation().mode == "lecture":
            self._feedback.value = reveal_html(self.case, self.question, self.choices)
            return
        answer = read_answer(self.question, self._answer_box.children)
        if answer is None:
            self._feedback.value = "<i>Choose an answer first.</i>"
            return
        self._feedback.value = feedback_html(
            self.case,
            self.question,
            self.choices,
            answer=answer,
            correct=grade(self.question, answer),
        )


def check_yourself(topic: str, question_id: str) -> CheckYourself:
    """The check-yourself widget for one question of a topic, e.g.
    ``check_yourself("noms_framework", "sins-band")``.

    Raises :class:`~spinemet_core.errors.InvalidInputError` for an unknown topic or id.
    """
    return CheckYourself(*check_question(topic, question_id))


class SchedulePresets:
    """Keep a schedule dropdown, a dose field and a fractions field consistent.

    Choosing a named schedule fills the two fields; editing a field by hand
    switches the dropdown to "custom" (a field emptied or not valid, whose value is
    None, is a hand edit too). ``on_change`` runs after either. A field is a
    :class:`~spinemet_core.ui.fields.NumberField`/``IntegerField`` (filled with
    ``set_value``) or any widget with a ``value`` (e.g. a dropdown of fractions).
    """

    def __init__(self, dropdown, dose, fractions, schedules: dict, on_change) -> None:
        self.dropdown, self.dose, self.fractions = dropdown, dose, fractions
        self.schedules, self.on_change = schedules, on_change
        self._applying = False
        dropdown.observe(self._on_schedule, names="value")
        for field in (dose, fractions):
            field.observe(self._on_field, names="value")

    def _on_schedule(self, change) -> None:
        if change["new"] == "custom":
            return
        schedule = self.schedules[change["new"]]
        self._applying = True
        try:
            _put(self.dose, schedule.total_dose)
            _put(self.fractions, schedule.fractions)
        finally:
            self._applying = False
        self.on_change()

    def _on_field(self, _change=None) -> None:
        named = self.schedules.get(self.dropdown.value)
        current = (self.dose.value, self.fractions.value)
        if not self._applying and named and (named.total_dose, named.fractions) != current:
            self.dropdown.value = "custom"
        if not self._applying:
            self.on_change()


def _put(control, value) -> None:
    """Fill a number field as if typed (``set_value``), or set a plain widget's value."""
    if hasattr(control, "set_value"):
        control.set_value(value)
    else:
        control.value = value
