"""Answers to questions: the order choices are shown in, grading, and the core's key.

Shared by the case quiz and the check-yourself questions of the dashboards, so a
question is shown, graded and explained the same way wherever it appears.

Choices are shown in a seeded shuffle (:func:`choice_order`): the same seed gives
the same order, so a lecture, an exam and a replayed session show the same screen,
and the correct answer is not always first. Grading compares choice *texts*, which
are unique within a question, never positions.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from ..errors import InvalidInputError, require_choice
from .keys import INSTRUMENTS
from .model import Case, Choice, Question

__all__ = ["CHECK_SEED", "agrees", "breakdown", "choice_order", "grade", "shown"]

CHECK_SEED = 13
"""The fixed seed of the check-yourself widgets (issue 13): every reader of a
dashboard, and its lecture projection, sees the same order."""


def choice_order(question: Question, *, seed: int, case_id: str = "") -> tuple[Choice, ...]:
    """The choices of ``question`` in the order they are shown for ``seed``.

    A pure function of ``(seed, case_id, question.id)``: question ids are unique
    within a case, so the case id makes the key unique across the bank.

    >>> from spinemet_core.cases.model import Choice, Question
    >>> q = Question("q", "single_choice", "Which one?", "Because.", ("fisher2010",),
    ...              tuple(Choice(t, t == "a", "Feedback.") for t in "abcd"))
    >>> order = choice_order(q, seed=1, case_id="c")
    >>> order == choice_order(q, seed=1, case_id="c"), sorted(c.text for c in order)
    (True, ['a', 'b', 'c', 'd'])
    """
    order = list(question.choices)
    random.Random(f"{seed}:{case_id}/{question.id}").shuffle(order)
    return tuple(order)


def grade(question: Question, answer) -> bool:
    """Whether ``answer`` is right: the correct text, the exact set of correct texts, or a
    number within the tolerance.

    Raises :class:`InvalidInputError` when the answer has the wrong form.
    """
    if question.type == "single_choice":
        options = [c.text for c in question.choices]
        return require_choice("answer", answer, options) in question.correct_texts
    if question.type == "multiple_choice":
        options = {c.text for c in question.choices}
        if isinstance(answer, str) or not isinstance(answer, Iterable):
            raise InvalidInputError("answer", answer, "a list of choice texts")
        chosen = set(answer)
        if not chosen <= options:
            raise InvalidInputError("answer", answer, ", ".join(sorted(options)))
        return chosen == set(question.correct_texts)
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        raise InvalidInputError("answer", answer, "a number")
    return abs(float(answer) - question.answer) <= question.tolerance + 1e-9


def shown(value) -> str:
    """How a computed value is written as a choice text (``True`` -> "yes", 12.0 -> "12").

    >>> shown(True), shown(12.0), shown("9-11")
    ('yes', '12', '9-11')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def agrees(value, text: str, tolerance: float | None = None) -> bool:
    """Whether a choice ``text`` states the computed ``value``.

    A number agrees when the text, read as a number, lies within ``tolerance``
    (default: equal); anything else must be written exactly as :func:`shown` writes it.

    >>> agrees(4.8333, "4.8", 0.05), agrees(4.8333, "4.8"), agrees(12.0, "12.0")
    (True, False, True)
    """
    if isinstance(value, float):
        try:
            number = float(text)
        except ValueError:
            return False
        return abs(number - value) <= (tolerance or 0.0) + 1e-9
    return text == shown(value)


def breakdown(case: Case, question: Question) -> list[str]:
    """The core's computation behind a keyed question, as lines for display."""
    if question.key is None:
        return []
    inputs = case.findings[question.key.instrument]
    result = INSTRUMENTS[question.key.instrument](**inputs)
    if hasattr(result, "items") and hasattr(result, "band"):
        lines = [f"{i.item.replace('_', ' ')}: {i.option} = {i.points}" for i in result.items]
        lines.append(f"total {result.total}: band {result.band.range_text}, {result.band.label}")
        return lines
    if hasattr(result, "trail"):
        return [f"{s.pillar}: {s.finding} {s.implication}" for s in result.trail] + [
            f"plan: {result.summary}"
        ]
    return [f"{question.key.instrument} = {float(result):g}"]
