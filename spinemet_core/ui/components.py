"""Small widgets used by every dashboard: header, notice, references, check-yourself."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..checks import Question, load_checks
from ..references import format_reference, get_reference
from .presentation import PresentationBar, presentation
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
    """A single-choice question: pick, press Check, read why."""

    def __init__(self, question: Question) -> None:
        self.question = question
        # Controls
        self._prompt = widgets.HTML(f"<b>Check yourself.</b> {html.escape(question.prompt)}")
        self._choices = widgets.RadioButtons(
            options=[c.text for c in question.choices],
            value=None,
            layout=widgets.Layout(width="auto"),
        )
        self._check = widgets.Button(description="Check answer", icon="check")
        self._feedback = widgets.HTML("").add_class("sm-check-feedback")
        # Layout
        super().__init__(
            [self._prompt, self._choices, self._check, self._feedback],
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
            self._feedback.value = self._key_html()
            return
        if self._choices.value is None:
            self._feedback.value = "<i>Choose an answer first.</i>"
            return
        choice = next(c for c in self.question.choices if c.text == self._choices.value)
        verdict = "Correct." if choice.correct else "Not quite."
        css = "sm-feedback-correct" if choice.correct else "sm-feedback-wrong"
        cites = ", ".join(get_reference(k).short for k in self.question.citekeys)
        self._feedback.value = (
            f'<div class="{css}"><b>{verdict}</b> {html.escape(choice.feedback)}'
            f' <span class="sm-muted">({html.escape(cites)})</span></div>'
        )

    def _key_html(self) -> str:
        items = "".join(
            f"<li>{'✔' if c.correct else '✖'} <b>{html.escape(c.text)}</b>: "
            f"{html.escape(c.feedback)}</li>"
            for c in self.question.choices
        )
        cites = ", ".join(get_reference(k).short for k in self.question.citekeys)
        return (
            f"<div class='sm-feedback-correct'><ul>{items}</ul>"
            f"<span class='sm-muted'>({html.escape(cites)})</span></div>"
        )


def check_yourself(notebook: str, question_id: str) -> CheckYourself:
    """The check-yourself widget for one question of a notebook's question file."""
    questions = {q.id: q for q in load_checks(notebook)}
    return CheckYourself(questions[question_id])


class SchedulePresets:
    """Keep a schedule dropdown, a dose field and a fractions field consistent.

    Choosing a named schedule fills the two fields; editing a field by hand
    switches the dropdown to "custom". ``on_change`` runs after either.
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
            self.dose.value = schedule.total_dose
            self.fractions.value = schedule.fractions
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
