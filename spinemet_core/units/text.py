"""Numbers and quantities read from what a person typed: a decimal comma is a decimal point."""

from __future__ import annotations

import math
import re
from typing import Any

from .analytes import Analyte, QuantityInputError, _analyte, _short
from .conversion import _unit, to_canonical

__all__ = ["is_blank", "parse_number", "parse_quantity", "parse_whole_number"]

_MAX_CHARS = 64
_SPACES = " \t\r\n\u00a0\u2007\u202f"  # with no-break, figure and narrow no-break spaces
_MINUS = "\u2212"  # the typographic minus sign, read as "-"
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
_WHOLE = re.compile(r"[+-]?[0-9]+")
_EXPONENT = re.compile(r"[eE][+-]?[0-9]")
_QUANTITY = re.compile(r"(?P<number>[+-]?[0-9.,]*[0-9][0-9.,]*)\s*(?P<unit>[^\s0-9.,+-].*)?")


def parse_number(text: Any, *, field: str) -> float:
    """A finite number from typed text; a decimal comma is a decimal point.

    >>> parse_number(" 2,45 ", field="calcium")
    2.45
    >>> parse_number("1,234.5", field="calcium")
    Traceback (most recent call last):
    ...
    spinemet_core.units.QuantityInputError: calcium: '1,234.5' is not a number: use one \
decimal point or comma and no thousands separator, e.g. 2.45 or 2,45
    """
    stripped = _text(text, field)
    if not _NUMBER.fullmatch(stripped):
        message = (
            f"{_short(stripped)} is not a number: use one decimal point or comma and "
            "no thousands separator, e.g. 2.45 or 2,45"
        )
        raise QuantityInputError(field, _short(stripped), "a number such as 2.45", message)
    number = float(stripped.replace(",", "."))
    if not math.isfinite(number):
        raise QuantityInputError(field, _short(stripped), "a finite number", "number too large")
    return number


def parse_whole_number(text: Any, *, field: str) -> int:
    """A whole number from typed text: ``"4,5"`` and ``"4.0"`` are refused, never 45 or 4.

    >>> parse_whole_number(" 5 ", field="n_fractions")
    5
    >>> parse_whole_number("4,5", field="n_fractions")
    Traceback (most recent call last):
    ...
    spinemet_core.units.QuantityInputError: n_fractions: '4,5' is not a whole number
    """
    stripped = _text(text, field)
    if not _WHOLE.fullmatch(stripped):
        message = f"{_short(stripped)} is not a whole number"
        raise QuantityInputError(field, _short(stripped), "a whole number", message)
    return int(stripped)


def is_blank(text: Any) -> bool:
    """Whether a field holds nothing but spaces (``None`` too; any other non-text value is
    not blank).

    >>> is_blank(" \u00a0"), is_blank(None), is_blank("0")
    (True, True, False)
    """
    return text is None or (isinstance(text, str) and not text.strip(_SPACES))


def _text(text: Any, field: str) -> str:
    if not isinstance(text, str):
        raise QuantityInputError(field, text, "text", "enter a value as text")
    stripped = text.strip(_SPACES).replace(_MINUS, "-")
    if not stripped:
        raise QuantityInputError(field, text, "a value", "enter a value")
    if len(stripped) > _MAX_CHARS:
        message = f"too long ({len(stripped)} characters); enter a number"
        raise QuantityInputError(field, _short(stripped), "a number", message)
    return stripped


def parse_quantity(
    text: Any,
    *,
    field: str,
    analyte: str | Analyte | None = None,
    unit: str | None = None,
    uln: float | None = None,
) -> float:
    """A value read from typed text, in the analyte's canonical unit if one is given.

    The text is a number, optionally followed by a unit (``"2,45 mmol/L"``). A unit
    typed must be the unit chosen (``unit``), when one is: a person who types
    "2.45 mmol/L" beside a field set to mg/dL is asked which one is meant, never
    silently overruled. Without ``analyte`` the number itself is returned.

    Raises
    ------
    InvalidInputError
        (a :class:`QuantityInputError`) empty text ("enter a value"), not a number
        (also a number in exponent form, ``"1e3"``), a unit not accepted, a unit typed
        that is not the unit chosen, or, with ``analyte``, a value outside its
        plausible range.

    Examples
    --------
    >>> round(parse_quantity("2,45 mmol/L", field="calcium", analyte="calcium"), 2)
    9.82
    >>> round(parse_quantity("25", field="albumin", analyte="albumin", unit="g/L"), 6)
    2.5
    >>> parse_quantity("2.45 mmol/L", field="calcium", analyte="calcium", unit="mg/dL")
    Traceback (most recent call last):
    ...
    spinemet_core.units.QuantityInputError: calcium: the unit typed (mmol/L) is not the unit \
chosen (mg/dL): choose mmol/L in the list, or remove the unit from the text
    """
    stripped = _text(text, field)
    match = _QUANTITY.fullmatch(stripped) if analyte is not None else None
    typed = match["unit"] if match and match["unit"] else None
    if typed is not None and _EXPONENT.match(typed):
        message = f"{_short(stripped)} is not a number: write it out in full, e.g. 1000"
        raise QuantityInputError(field, _short(stripped), "a number such as 2.45", message)
    if typed is not None:
        stripped = match["number"]
    number = parse_number(stripped, field=field)
    if analyte is None:
        return number
    record = _analyte(analyte)
    if typed is not None:
        typed = _unit(record, typed, field)
        if unit is not None and _unit(record, unit, field) != typed:
            chosen = _unit(record, unit, field)
            message = (
                f"the unit typed ({typed}) is not the unit chosen ({chosen}): choose {typed} "
                "in the list, or remove the unit from the text"
            )
            raise QuantityInputError(field, _short(stripped), chosen, message)
    return to_canonical(
        record, number, typed or unit or record.canonical_unit, uln=uln, field=field
    )
