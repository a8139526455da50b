"""Answer keys computed by the core from a case's findings.

A question's ``key`` names an instrument (whose inputs are in the case's
``findings`` under the same name) and a field of its result. The validator
compares the author's stated answer with this computation, so a case cannot
teach a wrong number.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .. import noms, radiobiology, rcc, scores, separation

__all__ = ["FIELDS", "INSTRUMENTS", "compute", "format_value"]

_SCORES: tuple[str, ...] = (*scores.INSTRUMENTS, *rcc.RISK_MODELS)
"""Instruments whose result is a ScoreResult: every record of both registries."""

_NUMBERS: dict[str, Callable] = {  # functions that return one number
    "bed": radiobiology.bed,
    "eqd2": radiobiology.eqd2,
    "cord_dmax_limit": radiobiology.cord_dmax_limit,
    "minimal_separation": separation.minimal_separation,
    "cord_dose": separation.cord_dose,
    "corrected_calcium": rcc.corrected_calcium,
}

INSTRUMENTS: dict[str, Callable] = {
    **{name: record.function for name, record in scores.INSTRUMENTS.items()},
    **{name: record.function for name, record in rcc.RISK_MODELS.items()},
    "noms": noms.recommend,
    **_NUMBERS,
}
"""Instrument name (as used in ``findings`` and ``key``) -> core function."""

FIELDS: dict[str, tuple[str, ...]] = {
    "score": ("total", "band", "label"),
    "noms": (
        "summary",
        "radiation",
        "separation_surgery",
        "stabilization",
        "surgical_consultation",
        "branch",
    ),
    "number": ("value",),
}
_KIND = {**dict.fromkeys(_SCORES, "score"), "noms": "noms", **dict.fromkeys(_NUMBERS, "number")}


def allowed_fields(instrument: str) -> tuple[str, ...]:
    """Fields a key may name for an instrument."""
    return FIELDS[_KIND[instrument]]


def compute(instrument: str, field: str, inputs: Mapping[str, object]):
    """Run the instrument on ``inputs`` and return the named field of its result."""
    result = INSTRUMENTS[instrument](**inputs)
    kind = _KIND[instrument]
    if kind == "number":
        return float(result)
    if kind == "score":
        return {"total": result.total, "band": result.band.range_text, "label": result.band.label}[
            field
        ]
    return getattr(result, field)


def format_value(value) -> str:
    """How a computed value must be written as a choice text (``True`` -> "yes")."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
