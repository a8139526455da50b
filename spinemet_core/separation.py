"""A transparent teaching model of why separation surgery makes radiosurgery safe.

Assumptions, stated plainly (they are a simplification, not a planning tool):

* The prescription dose covers the tumour edge; beyond it the dose falls off
  **linearly** with distance, by ``gradient_percent_per_mm`` percent of the
  prescription per millimetre.
* The cord's point-maximum dose is the dose at ``separation_mm`` from the
  tumour edge (the gap separation surgery creates between tumour and cord).
* The cord is safe when that dose is at or below the thecal-sac limit for the
  number of fractions (:func:`spinemet_core.radiobiology.cord_dmax_limit`).

Real plans have non-linear fall-off that depends on technique, target shape and
beam arrangement; the gradient is a user parameter with an illustrative default.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidInputError, require_int, require_number
from .radiobiology import cord_dmax_limit

__all__ = ["DEFAULT_GRADIENT", "CordCheck", "check_cord", "cord_dose", "minimal_separation"]

DEFAULT_GRADIENT = 10.0
"""Illustrative dose fall-off [% of prescription per mm]; change it to explore."""


def _args(prescription_dose, fractions, gradient_percent_per_mm):
    dose = require_number("prescription_dose", prescription_dose, minimum=0, maximum=60)
    if dose <= 0:
        raise InvalidInputError("prescription_dose", prescription_dose, "a number > 0 [Gy]")
    n = require_int("fractions", fractions, minimum=1, maximum=5)
    g = require_number("gradient_percent_per_mm", gradient_percent_per_mm, minimum=1, maximum=50)
    return dose, n, g


def cord_dose(
    *,
    prescription_dose: float,
    fractions: int,
    separation_mm: float,
    gradient_percent_per_mm: float = DEFAULT_GRADIENT,
) -> float:
    """Cord point-maximum dose [Gy] for the whole course, under the linear fall-off model.

    Parameters
    ----------
    prescription_dose : float
        Total prescription dose at the tumour edge [Gy], 0-60.
    fractions : int
        Number of fractions, 1-5.
    separation_mm : float
        Distance between tumour edge and cord [mm], 0-20.
    gradient_percent_per_mm : float
        Dose fall-off [% of prescription per mm], 1-50.

    Examples
    --------
    24 Gy in one fraction with no gap puts 24 Gy on the cord; 3 mm at 10%/mm
    leaves 70% of it, 16.8 Gy.

    >>> cord_dose(prescription_dose=24, fractions=1, separation_mm=0)
    24.0
    >>> cord_dose(prescription_dose=24, fractions=1, separation_mm=3)
    16.8
    """
    dose, _n, g = _args(prescription_dose, fractions, gradient_percent_per_mm)
    gap = require_number("separation_mm", separation_mm, minimum=0, maximum=20)
    return round(max(0.0, dose * (1 - g * gap / 100)), 10)


def minimal_separation(
    *,
    prescription_dose: float,
    fractions: int,
    gradient_percent_per_mm: float = DEFAULT_GRADIENT,
) -> float:
    """Smallest tumour-to-cord gap [mm] that keeps the cord at or under its limit.

    Examples
    --------
    24 Gy x 1 against the 12.4 Gy single-fraction limit needs
    (1 - 12.4/24) / 0.10 = 4.83 mm at 10%/mm; 24 Gy in 3 fractions (limit 20.3 Gy)
    needs 1.54 mm.

    >>> round(minimal_separation(prescription_dose=24, fractions=1), 2)
    4.83
    >>> round(minimal_separation(prescription_dose=24, fractions=3), 2)
    1.54
    """
    dose, n, g = _args(prescription_dose, fractions, gradient_percent_per_mm)
    limit = cord_dmax_limit(fractions=n)
    if dose <= limit:
        return 0.0
    return (1 - limit / dose) * 100 / g


@dataclass(frozen=True, slots=True)
class CordCheck:
    """Cord dose against its limit for one plan."""

    cord_dose: float
    limit: float
    safe: bool
    minimal_separation_mm: float


def check_cord(
    *,
    prescription_dose: float,
    fractions: int,
    separation_mm: float,
    gradient_percent_per_mm: float = DEFAULT_GRADIENT,
) -> CordCheck:
    """Cord dose, its limit, pass or fail, and the minimal separation, in one call.

    >>> check_cord(prescription_dose=24, fractions=1, separation_mm=3).safe
    False
    """
    dose = cord_dose(
        prescription_dose=prescription_dose,
        fractions=fractions,
        separation_mm=separation_mm,
        gradient_percent_per_mm=gradient_percent_per_mm,
    )
    limit = cord_dmax_limit(fractions=fractions)
    return CordCheck(
        cord_dose=dose,
        limit=limit,
        safe=dose <= limit,
        minimal_separation_mm=minimal_separation(
            prescription_dose=prescription_dose,
            fractions=fractions,
            gradient_percent_per_mm=gradient_percent_per_mm,
        ),
    )
