"""One way to show a question: its answer controls, its feedback and its lecture reveal.

Used by the case quiz (:mod:`.quiz`) and by the check-yourself boxes of the
dashboards (:mod:`.components`), so a question looks, grades and explains itself
the same way wherever it appears. Choices are always shown in the order the
caller passes (the seeded shuffle of :func:`spinemet_core.cases.choice_order`);
answers are choice texts, never positions.
"""

from __future__ import annotations

import functools
import html
import logging

import ipywidgets as widgets

from ..cases import Case, Choice, Question, breakdown
from ..references import get_reference
from ..units import is_blank, parse_number

__all__ = [
    "answer_controls",
    "feedback_html",
    "prompt_html",
    "read_answer",
    "reports_errors",
    "reveal_html",
]

_LOG = logging.getLogger(__name__)

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
    """Radio buttons, checkboxes or a number field, holding ``answer`` if one was given.

    The number field is a text field: it starts empty, and what is typed reaches
    :func:`read_answer` unchanged (never clamped or rounded, ``2,4`` is 2.4).
    """
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
    field = widgets.Text(
        value="" if answer is None else _written(answer),
        description="Your answer",
        placeholder="a number, e.g. 2.4",
    )
    return (field.add_class("sm-number-answer"),)


def _written(number) -> str:
    """A recorded number as it is shown again: 36.0 -> "36", 2.4 -> "2.4"."""
    text = repr(float(number))
    return text[:-2] if text.endswith(".0") else text


def read_answer(question: Question, controls) -> object | None:
    """The answer the controls hold: a choice text, a list of texts, a number, or ``None``
    when nothing is chosen or typed.

    Raises :class:`~spinemet_core.errors.InvalidInputError` (field ``answer``) when the
    number field holds something that is not a number.
    """
    if question.type == "multiple_choice":
        return [box.description for box in controls if box.value] or None
    if not controls:
        return None
    if question.type == "numeric":
        text = controls[0].value
        return None if is_blank(text) else parse_number(text, field="answer")
    return controls[0].value


def reports_errors(target: str, lead: str = "Something went wrong:"):
    """Decorate a widget callback so that no exception escapes it: the error is logged
    and shown in the HTML widget named ``target`` of the instance, after ``lead``.

    Widget callbacks run where tracebacks are hidden (Voilà), so an escaped exception
    would leave the page silently unchanged.
    """

    def decorate(method):
        @functools.wraps(method)
        def run(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:
                _LOG.debug("callback %s failed", method.__name__, exc_info=True)
                text = html.escape(str(exc)[:300] or type(exc).__name__)
                getattr(self, target).value = (
                    f"<div class='sm-feedback-wrong sm-callback-error' role='alert'>"
                    f"<b>{html.escape(lead)}</b> {text}</div>"
                )
                return None

        return run

    return decorate


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
            f"<li{' class=sm-key-choice' if c.correct else ''}>{'✔' if c.correct else '✖'} "
            f"<b>{html.escape(c.text)}</b>: "
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
    cites = ", ".join(get_reference(k).label for k in question.citekeys)
    cites += f"; status: {question.fidelity.label}" if question.fidelity else ""
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
