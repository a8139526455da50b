"""The check of what a student sends: a clear message for anything wrong, never a stored bad value.

Each check raises :class:`~spinemet_core.errors.InvalidInputError`, whose message the
server shows to the student beside the field, as the dashboards do.
"""

from __future__ import annotations

import re

from spinemet_core.errors import InvalidInputError, require_choice
from spinemet_core.quiz import CONFIDENCE
from spinemet_core.units import parse_number

__all__ = [
    "CODE_ALPHABET",
    "MAX_NUMBER",
    "MAX_TEXT",
    "check_answer",
    "check_code",
    "check_confidence",
]

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits of a join code, without the look-alikes 0/O and 1/I."""

MAX_TEXT = 40
"""Longest typed number (characters) a student may send."""

MAX_NUMBER = 1_000_000
"""Largest size of a numeric answer: far beyond any score, dose or count the cases ask for,
and small enough that the presenter's histogram never overflows."""
_NUMBER_RULE = f"a number from -{MAX_NUMBER:,} to {MAX_NUMBER:,}, such as 2.4"

_CODE = re.compile(f"^[{CODE_ALPHABET}]{{4,8}}$")


def check_code(code) -> str:
    """A join code as typed (any case, spaces ignored), e.g. ``" k7mq2 "`` -> ``"K7MQ2"``."""
    text = code.replace(" ", "").upper() if isinstance(code, str) else code
    if not isinstance(text, str) or not _CODE.fullmatch(text):
        raise InvalidInputError(
            "code", code, "the join code shown by the presenter (0, O, 1 and I are never used)"
        )
    return text


def check_confidence(confidence) -> str:
    """One of ``low``, ``medium``, ``high``."""
    return require_choice("confidence", confidence, CONFIDENCE)


def check_answer(kind: str, texts: list[str], answer) -> tuple[list[str] | None, float | None]:
    """The answer to store as ``(choice texts, number)``; exactly one of them is ``None``.

    ``kind`` is the question type and ``texts`` its choice texts. A single choice is one
    of ``texts``; a multiple choice a non-empty list of distinct texts; a numeric answer
    a finite number or typed text such as ``"2,4"`` (never rounded).

    >>> check_answer("numeric", [], "2,4")
    (None, 2.4)
    >>> check_answer("single_choice", ["yes", "no"], "no")
    (['no'], None)
    """
    if kind == "single_choice":
        return [require_choice("answer", answer, texts)], None
    if kind == "multiple_choice":
        if not isinstance(answer, list) or not answer:
            raise InvalidInputError("answer", answer, "one or more of the choices")
        chosen = [require_choice("answer", item, texts) for item in answer]
        if len(set(chosen)) != len(chosen):
            raise InvalidInputError("answer", answer, "each choice at most once")
        return chosen, None
    if kind != "numeric":
        raise InvalidInputError("kind", kind, "single_choice, multiple_choice or numeric")
    if isinstance(answer, bool) or answer is None:
        raise InvalidInputError("answer", answer, _NUMBER_RULE)
    if isinstance(answer, str):
        if len(answer) > MAX_TEXT:
            raise InvalidInputError("answer", answer, _NUMBER_RULE)
        number = parse_number(answer, field="answer")
    elif isinstance(answer, int | float):
        number = answer
    else:
        raise InvalidInputError("answer", answer, _NUMBER_RULE)
    # Compared before any conversion: a huge int (10**400) has no float, NaN fails the test.
    if not -MAX_NUMBER <= number <= MAX_NUMBER:
        raise InvalidInputError("answer", answer, _NUMBER_RULE)
    return None, float(number)
