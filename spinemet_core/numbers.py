"""Reading a number that a person typed: a decimal comma is a decimal point, nothing is guessed.

Widgets that clamp or round (``FloatText``, ``BoundedFloatText``) turn ``2,4`` into 24 or
an emptied field into its old value. A text field whose raw text goes through
:func:`parse_number` cannot: the text is a number, or an :class:`InvalidInputError`
naming the field says why not.
"""

from __future__ import annotations

import math
import re

from .errors import InvalidInputError

__all__ = ["NUMBER_RULE", "is_blank", "parse_number"]

NUMBER_RULE = "a number such as 2.4 or 2,4"
"""How an accepted number is described in error messages."""
_MAX_LENGTH = 40
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_SPACES = "\u00a0\u2007\u202f"  # no-break, figure and narrow no-break spaces
_MINUS = "\u2212"


def is_blank(text: str | None) -> bool:
    """Whether a field holds nothing but spaces.

    >>> is_blank("  "), is_blank(None), is_blank("0")
    (True, True, False)
    """
    return text is None or not str(text).strip(" \t\r\n" + _SPACES)


def parse_number(text: str, *, field: str) -> float:
    """The number written in ``text``; a decimal comma is read as a decimal point.

    Leading and trailing spaces are ignored, and a typographic minus (U+2212) is a minus.
    One decimal separator at most, and no thousands separators: ``1,234`` is 1.234.

    Parameters
    ----------
    text : str
        What the person typed.
    field : str
        The field's name, given in the error.

    Returns
    -------
    float
        A finite number; the value is never clamped or rounded.

    Raises
    ------
    InvalidInputError
        ``text`` is empty, not a number, or not finite (``field`` names the field).

    >>> parse_number("2,4", field="gap"), parse_number(" -0.5 ", field="x"), parse_number("36", field="x")
    (2.4, -0.5, 36.0)
    >>> parse_number("2,4,1", field="gap")
    Traceback (most recent call last):
    ...
    spinemet_core.errors.InvalidInputError: gap: got '2,4,1'; allowed: a number such as 2.4 or 2,4
    """  # noqa: E501
    if not isinstance(text, str):
        raise InvalidInputError(field, text, NUMBER_RULE)
    cleaned = text.strip(" \t\r\n" + _SPACES).replace(_MINUS, "-")
    shown = text if len(text) <= _MAX_LENGTH else text[: _MAX_LENGTH - 1] + "…"
    if not cleaned:
        raise InvalidInputError(field, shown, f"{NUMBER_RULE}; the field is empty")
    if len(cleaned) > _MAX_LENGTH or not _NUMBER.fullmatch(cleaned):
        raise InvalidInputError(field, shown, NUMBER_RULE)
    number = float(cleaned.replace(",", "."))
    if not math.isfinite(number):
        raise InvalidInputError(field, shown, f"{NUMBER_RULE}, of a finite size")
    return number
