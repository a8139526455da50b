"""One way to show a question: its answer controls, its feedback and its lecture reveal.

Used by the case quiz (:mod:`.quiz`) and by the check-yourself boxes of the
dashboards (:mod:`.components`), so a question looks, grades and explains itself
the same way wherever it appears. Choices are always shown in the order the
caller passes (the seeded shuffle of :func:`spinemet_core.cases.choice_order`);
answers are choice texts, never positions.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..cases import Case, Choice, Question, breakdown
from ..references import get_reference

__all__ = ["answer_controls", "feedback_html", "prompt_html", "read_answer", "reveal_html"]

_YOURS = " <i class='sm-your-answer'>(your answer)</i>"


def prompt_html(case: Case, question: Question, *, lead: str = "") -> str:
    """The case's vignette then the question's prompt, as one paragraph (check-yourself)."""
    return (
        f"{lead}{html.escape(case.vignette.strip())} "
        f"<span class='sm-question-prompt'>{html.escape(question.prompt.strip())}</span>"
    )


def answer_controls(
    question: Question, choices: tuple[Choice, ...], answer=None
) -> tuple[widgets.Widget, ...]:
    """Radio buttons, checkboxes or a number field, holding ``answer`` if one was given."""
    if question.type == "single_choice":
        return (
            widgets.RadioButtons(
                options=[c.text for c in choices],
                value=answer,
                layout=widgets.Layout(width="auto"),
            ),
        )
    if question.type == "multiple_choice":
        chosen = set(answer or ())
        return tuple(
            widgets.Checkbox(
                value=c.text in chosen,
                description=c.text,
                indent=False,
                layout=widgets.Layout(width="auto"),
            )
            for c in choices
        )
    return (widgets.FloatText(value=0.0 if answer is None else answer, description="Your answer"),)


def read_answer(question: Question, controls) -> object | None:
    """The answer the controls hold: a choice text, a list of texts, a number, or ``None``."""
    if question.type == "multiple_choice":
        return [box.description for box in controls if box.value] or None
    return controls[0].value if controls else None


def feedback_html(
    case: Case,
    question: Question,
    choices: tuple[Choice, ...],
    *,
    answer=None,
    correct: bool | None = None,
) -> str:
    """The feedback on a question: the verdict on ``answer`` (when ``correct`` is given),
    every choice with why it is right or wrong, the explanation, the citations and, for a
    keyed question, how the core computes the answer."""
    verdict = ""
    if correct is not None:
        verdict = "<b>Correct.</b> " if correct else "<b>Not quite.</b> "
    if question.type == "numeric":
        body = (
            f"The answer is <b class='sm-correct-answer'>{question.answer:g}</b> "
            f"(within {question.tolerance:g})."
        )
    else:
        picked = set(answer) if isinstance(answer, list | tuple | set) else {answer}
        items = "".join(
            f"<li>{'✔' if c.correct else '✖'} <b>{html.escape(c.text)}</b>: "
            f"{html.escape(c.feedback)}{_YOURS if correct is not None and c.text in picked else ''}"
            "</li>"
            for c in choices
        )
        body = f"<ul>{items}</ul>"
    lines = breakdown(case, question)
    computed = (
        "<details open><summary>How the core computes it</summary><ul>"
        + "".join(f"<li>{html.escape(x)}</li>" for x in lines)
        + "</ul></details>"
        if lines
        else ""
    )
    cites = ", ".join(get_reference(k).short for k in question.citekeys)
    css = {
        None: "sm-feedback-key sm-feedback-correct",
        True: "sm-feedback-correct",
        False: "sm-feedback-wrong",
    }
    return (
        f"<div class='{css[correct]}'>{verdict}{body}<p>{html.escape(question.explanation)} "
        f"<span class='sm-muted'>({html.escape(cites)})</span></p>{computed}</div>"
    )


def reveal_html(case: Case, question: Question, choices: tuple[Choice, ...]) -> str:
    """The lecture-mode reveal: the key and every feedback, with no verdict on anyone."""
    return feedback_html(case, question, choices)
