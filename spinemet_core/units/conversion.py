"""Conversions between the accepted units of an analyte, with pint (loaded on first use)."""

from __future__ import annotations

import functools
import math
from typing import Any

from .analytes import ANALYTES, ULN_MULTIPLE, Analyte, QuantityInputError, _analyte, _short

__all__ = ["convert", "likely_unit", "to_canonical"]


@functools.cache
def _registry() -> Any:
    import pint  # deferred: pint plus its registry cost ~0.2-0.3 s, 15 MB

    return pint.UnitRegistry()


def _unit(analyte: Analyte, unit: Any, field: str) -> str:
    if isinstance(unit, str):
        wanted = unit.replace(" ", "").casefold()
        for option in analyte.units:
            if option.replace(" ", "").casefold() == wanted:
                return option
    allowed = ", ".join(analyte.units)
    message = f"unit {_short(unit)} is not accepted; use one of: {allowed}"
    raise QuantityInputError(field, unit, allowed, message)


def _finite(value: Any, field: str) -> float:
    try:
        number = float(value) if isinstance(value, int | float) else math.nan
    except OverflowError:  # an int beyond float range
        number = math.inf
    if isinstance(value, bool) or not math.isfinite(number):
        raise QuantityInputError(field, _short(value), "a finite number", "enter a finite number")
    return number


def _multiple(value: float, unit: str, target: str, uln: Any, field: str) -> float:
    """Convert between U/L and multiples of the upper limit of normal."""
    if unit == target:
        return value
    limit = ANALYTES["ldh_uln"]
    if uln is None:
        message = f"converting {unit} to {target} needs the upper limit of normal (U/L)"
        raise QuantityInputError(f"{field}_uln", uln, "a number of U/L", message)
    low, high = limit.plausible
    if isinstance(uln, bool) or not isinstance(uln, int | float) or not low <= uln <= high:
        message = f"the upper limit must be a number from {low:g} to {high:g} U/L"
        raise QuantityInputError(f"{field}_uln", uln, f"{low:g} to {high:g} U/L", message)
    # Value and limit are both in U/L (the only other unit LDH accepts): a multiple is their
    # ratio, with no unit to convert, so no unit registry is loaded for it.
    if target == ULN_MULTIPLE:
        return value / float(uln)
    return value * float(uln)


def convert(
    analyte: str | Analyte,
    value: float,
    from_unit: str,
    to_unit: str,
    *,
    uln: float | None = None,
    field: str | None = None,
) -> float:
    """Convert a value of an analyte between two of its accepted units (no range check).

    Parameters
    ----------
    analyte : str or Analyte
        A key of :data:`ANALYTES`.
    value : float
        Finite number in ``from_unit``.
    from_unit, to_unit : str
        Units from the analyte's ``units`` (case and spaces ignored).
    uln : float, optional
        Upper limit of normal [U/L], needed between ``"U/L"`` and ``"× ULN"``.
    field : str, optional
        Name used in error messages (default: the analyte's name).

    Returns
    -------
    float
        The value in ``to_unit``.

    Raises
    ------
    InvalidInputError
        Unknown analyte, unit not accepted, value not finite (also once converted), or a
        missing ``uln``.

    Examples
    --------
    >>> round(convert("calcium", 2.45, "mmol/L", "mg/dL"), 2)
    9.82
    >>> convert("ldh", 450, "U/L", "× ULN", uln=250)
    1.8
    """
    record = _analyte(analyte)
    field = field or record.name
    converted = _converted(record, value, from_unit, to_unit, uln, field)
    if not math.isfinite(converted):  # a finite number beyond float range once converted
        raise QuantityInputError(field, _short(value), "a smaller number", "number too large")
    return converted


def _converted(record: Analyte, value: Any, from_unit: Any, to_unit: Any, uln: Any, field: str):
    """:func:`convert` without its final check: infinite when the result overflows a float."""
    number = _finite(value, field)
    source, target = _unit(record, from_unit, field), _unit(record, to_unit, field)
    if source == target:  # nothing to convert: pint stays unloaded (a kernel's memory, #17)
        return number
    if ULN_MULTIPLE in (source, target):
        return _multiple(number, source, target, uln, field)
    ureg = _registry()
    quantity = ureg.Quantity(number, source)
    if record.molar_mass is None:
        return float(quantity.to(target).magnitude)
    molar_mass = ureg.Quantity(record.molar_mass, "g/mol")
    return float(quantity.to(target, "chemistry", mw=molar_mass).magnitude)


def likely_unit(
    analyte: str | Analyte, value: float, unit: str, *, uln: float | None = None
) -> str | None:
    """Another accepted unit in which an implausible value would be plausible, if any.

    Parameters are those of :func:`convert`; returns None when the value is
    plausible as typed, or plausible in no other unit.

    >>> likely_unit("calcium", 2.45, "mg/dL")
    'mmol/L'
    >>> likely_unit("calcium", 9.8, "mg/dL") is None
    True
    """
    record = _analyte(analyte)
    unit = _unit(record, unit, record.name)
    canonical = record.canonical_unit
    if _plausible(record, _converted(record, value, unit, canonical, uln, record.name)):
        return None
    for other in record.units:
        if other == unit or (ULN_MULTIPLE in (unit, other) and uln is None):
            continue
        if _plausible(record, _converted(record, value, other, canonical, uln, record.name)):
            return other
    return None


def _plausible(record: Analyte, canonical: float) -> bool:
    return record.plausible[0] <= canonical <= record.plausible[1]


def to_canonical(
    analyte: str | Analyte,
    value: float,
    unit: str,
    *,
    uln: float | None = None,
    field: str | None = None,
) -> float:
    """The value in the analyte's canonical unit, refused outside its plausible range.

    Parameters are those of :func:`convert` (``to_unit`` is the canonical unit).

    Raises
    ------
    InvalidInputError
        As :func:`convert`, and for an implausible value: the message gives the
        value, the plausible range in the unit typed, and a likely unit mix-up.

    Examples
    --------
    >>> round(to_canonical("albumin", 25, "g/L"), 6)
    2.5
    >>> to_canonical("calcium", 2.45, "mg/dL")
    Traceback (most recent call last):
    ...
    spinemet_core.units.QuantityInputError: calcium: 2.45 mg/dL is outside the plausible \
range 4 to 20 mg/dL; did you mean 2.45 mmol/L (= 9.82 mg/dL)?
    """
    record = _analyte(analyte)
    field = field or record.name
    unit = _unit(record, unit, field)
    canonical = convert(record, value, unit, record.canonical_unit, uln=uln, field=field)
    if _plausible(record, canonical):
        return canonical
    lo, hi = (convert(record, b, record.canonical_unit, unit, uln=uln) for b in record.plausible)
    # The range is rounded inwards, so a refused value never looks as if it were inside it.
    allowed = f"{_fmt(lo, math.ceil)} to {_fmt(hi, math.floor)} {unit}"
    message = f"{_typed(value)} {unit} is outside the plausible range {allowed}"
    other = likely_unit(record, value, unit, uln=uln)
    if other is not None:
        same = convert(record, value, other, unit, uln=uln)
        message += f"; did you mean {_typed(value)} {other} (= {_fmt(same)} {unit})?"
    raise QuantityInputError(field, value, allowed, message)


def _typed(x: float) -> str:
    """A number as it was given, every digit kept: 2.45 -> '2.45', 450.0 -> '450'."""
    text = repr(float(x))
    return text.removesuffix(".0")


def _fmt(x: float, rounding: Any = round) -> str:
    """Three significant digits (``round``, ``math.ceil`` or ``math.floor``): 9.819 -> '9.82'."""
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    digits = max(0, 2 - math.floor(math.log10(abs(x))))
    scaled = round(x * 10**digits, 6)  # 400.00000000000006 is 400
    return f"{rounding(scaled) / 10**digits:g}"
