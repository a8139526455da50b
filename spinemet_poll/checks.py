"""The check of what a student sends: a clear message for anything wrong, never a stored bad value.

Each check raises :class:`~spinemet_core.errors.InvalidInputError`, whose message the
server shows to the student beside the field, as the dashboards do.
"""

from __future__ import annotations

import math
import re

from spinemet_core.errors import InvalidInputError, require_choice
from spinemet_core.quiz import CONFIDENCE
from spinemet_core.units import parse_number

__all__ = ["CODE_ALPHABET", "MAX_TEXT", "check_answer", "check_code", "check_confidence"]

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits of a join code, without the look-alikes 0/O and 1/I."""

MAX_TEXT = 40
"""Longest typed number (characters) a student may send."""

_CODE = re.compile(f"^[{CODE_ALPHABET}]{{4,8}}$")


def check_code(code) -> str:
    """A join code as typed (any case, spaces ignored), e.g. ``" k7mq2 "`` -> ``"K7MQ2"``."""
    text = code.replace(" ", "").upper() if isinstance(code, str) else code
    if not isinstance(text, str) or not _CODE.fullmatch(text):
        raise InvalidInputError("code", code, "the join code shown by the presenter")
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
        if len(set(map(str, answer))) != len(answer):
            raise InvalidInputError("answer", answer, "each choice at most once")
        return [require_choice("answer", item, texts) for item in answer], None
    if kind != "numeric":
        raise InvalidInputError("kind", kind, "single_choice, multiple_choice or numeric")
    if isinstance(answer, bool) or answer is None:
        raise InvalidInputError("answer", answer, "a number such as 2.4")
    if isinstance(answer, int | float):
        if not math.isfinite(answer):
            raise InvalidInputError("answer", answer, "a finite number")
        return None, float(answer)
    if not isinstance(answer, str) or len(answer) > MAX_TEXT:
        raise InvalidInputError("answer", answer, "a number such as 2.4")
    return None, parse_number(answer, field="answer")
