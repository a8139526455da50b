"""Core arguments that hold a laboratory value, and reading them as ``{value, unit}``.

A core function takes each laboratory value in its analyte's canonical unit (the
argument's name says which, e.g. ``calcium_mg_dl``). Where a value is written with
its unit, as in a case file's findings, :func:`argument_value` converts it to that
unit with :func:`~spinemet_core.units.convert` (pint). The range is left to the
function itself, so its validation stays the one truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .analytes import ANALYTES, QuantityInputError, _short
from .conversion import convert

__all__ = ["ARGUMENT_ANALYTES", "QUANTITY_KEYS", "argument_value"]

ARGUMENT_ANALYTES: Mapping[str, str] = MappingProxyType(
    {
        "calcium_mg_dl": "calcium",
        "corrected_calcium_mg_dl": "calcium",
        "calcium_uln_mg_dl": "calcium",
        "albumin_g_dl": "albumin",
        "hemoglobin_g_dl": "haemoglobin",
        "hemoglobin_lln_g_dl": "haemoglobin",
    }
)
"""Argument name -> analyte (a key of :data:`~spinemet_core.units.ANALYTES`) whose
canonical unit the argument takes."""

QUANTITY_KEYS = ("value", "unit")
"""The keys of a value written with its unit."""


def argument_value(argument: str, value: Any) -> Any:
    """The value for a core argument: ``{value, unit}`` converted, anything else unchanged.

    Parameters
    ----------
    argument : str
        The core function's argument name, e.g. ``"calcium_mg_dl"``.
    value : object
        A plain value (returned as it is, for the function to validate), or a
        mapping with exactly the keys ``value`` (a number) and ``unit`` (one of the
        analyte's accepted units, see :data:`~spinemet_core.units.ANALYTES`).

    Returns
    -------
    object
        ``value`` unchanged, or the number in the argument's canonical unit (float).

    Raises
    ------
    QuantityInputError
        A mapping for an argument that takes no unit, a mapping with other keys, a
        value that is not a finite number, or a unit the analyte does not accept. The
        error's ``field`` is ``argument``.

    Examples
    --------
    >>> round(argument_value("calcium_mg_dl", {"value": 2.45, "unit": "mmol/L"}), 2)
    9.82
    >>> argument_value("albumin_g_dl", {"value": 25, "unit": "g/L"})
    2.5
    >>> argument_value("kps", 70)
    70
    """
    if not isinstance(value, Mapping):
        return value
    analyte = ARGUMENT_ANALYTES.get(argument)
    if analyte is None:
        takes = ", ".join(ARGUMENT_ANALYTES)
        message = f"takes a plain value; a value with its unit is accepted only for: {takes}"
        raise QuantityInputError(argument, _short(dict(value)), "a plain value", message)
    if set(value) != set(QUANTITY_KEYS):
        keys = ", ".join(sorted(str(key)[:20] for key in value)) or "none"
        keys = keys if len(keys) <= 60 else keys[:56] + " ..."
        message = f"expected exactly the keys value and unit, got: {keys}"
        raise QuantityInputError(argument, _short(dict(value)), "{value, unit}", message)
    record = ANALYTES[analyte]
    return convert(record, value["value"], value["unit"], record.canonical_unit, field=argument)
