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

from collections.abc import Iterable
from dataclasses import dataclass

from .errors import InvalidInputError, require_int, require_number
from .fidelity import UNCONFIRMED, Sourced
from .radiobiology import cord_dmax_limit

__all__ = ["DEFAULT_GRADIENT", "LEDGER", "TARGET_GAP_CITEKEY", "TARGET_GAP_MM", "CordCheck"]
__all__ += ["CordProfile", "check_cord", "cord_dose", "cord_profile"]
__all__ += ["gradient_for_separation", "minimal_separation"]

DEFAULT_GRADIENT = 10.0
"""Illustrative dose fall-off [% of prescription per mm]; change it to explore."""

TARGET_GAP_MM = (2, 3)
"""Tumour-free space [mm] around the thecal sac that separation surgery usually aims at
(:data:`TARGET_GAP_CITEKEY`; status in :data:`LEDGER`)."""

TARGET_GAP_CITEKEY = "laufer2013_separation"
"""The series the 2-3 mm aim is taught with (MSKCC separation surgery). The figure is not in
the paper's abstract and was found only on a secondary clinical page, so it is unconfirmed."""

LEDGER: tuple[Sourced, ...] = (
    Sourced(
        ("separation_surgery",),
        "cord dose model",
        "tumour-free space around the thecal sac that separation surgery aims at",
        f"{TARGET_GAP_MM[0]}-{TARGET_GAP_MM[1]} mm",
        TARGET_GAP_CITEKEY,
        UNCONFIRMED,
    ),
)
"""The published numbers this module shows, with source and status; the dose fall-off
default is an illustrative model parameter, not a published number."""

_GAP_MM = (0, 20)
"""The tumour-to-cord gaps [mm] the model accepts (separation_mm, grid_mm)."""
_SMALLEST_GAP_MM = 0.1
"""The smallest gap [mm] :func:`gradient_for_separation` divides by."""


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
    gap = require_number("separation_mm", separation_mm, minimum=_GAP_MM[0], maximum=_GAP_MM[1])
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


def gradient_for_separation(
    *, prescription_dose: float, fractions: int, separation_mm: float
) -> float:
    """Dose fall-off [% of prescription per mm] at which a gap of ``separation_mm`` brings
    the cord exactly to its limit; 0 when the prescription itself is within the limit.

    The inverse of :func:`minimal_separation`: how steep a plan's fall-off must be for the
    gap surgery creates to suffice.

    Raises
    ------
    InvalidInputError
        A dose or number of fractions :func:`cord_dose` rejects; a gap that is not a
        number from 0.1 to 20 [mm] (a smaller gap has no meaningful fall-off).

    Examples
    --------
    24 Gy x 1 (limit 12.4 Gy) fits a 2 mm gap at (1 - 12.4/24) * 100 / 2 = 24.2%/mm and a
    3 mm gap at 16.1%/mm.

    >>> [round(gradient_for_separation(prescription_dose=24, fractions=1, separation_mm=g), 1)
    ...  for g in (2, 3)]
    [24.2, 16.1]
    """
    dose, n, _g = _args(prescription_dose, fractions, DEFAULT_GRADIENT)
    gap = require_number(
        "separation_mm", separation_mm, minimum=_SMALLEST_GAP_MM, maximum=_GAP_MM[1]
    )
    limit = cord_dmax_limit(fractions=n)
    return 0.0 if dose <= limit else (1 - limit / dose) * 100 / gap


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


def _grid(grid_mm: Iterable[float]) -> tuple[float, ...]:
    low, high = _GAP_MM
    if isinstance(grid_mm, str | bytes) or not isinstance(grid_mm, Iterable):
        raise InvalidInputError("grid_mm", grid_mm, f"an iterable of numbers from {low} to {high}")
    grid = tuple(grid_mm)
    for gap in grid:
        require_number("grid_mm", gap, minimum=low, maximum=high)
    return grid


@dataclass(frozen=True, slots=True)
class CordProfile:
    """A plan's cord check and its cord dose [Gy] over a range of gaps [mm]."""

    check: CordCheck
    separations_mm: tuple[float, ...]
    cord_doses: tuple[float, ...]


def cord_profile(
    *,
    prescription_dose: float,
    fractions: int,
    separation_mm: float,
    grid_mm: Iterable[float],
    gradient_percent_per_mm: float = DEFAULT_GRADIENT,
) -> CordProfile:
    """The cord check at ``separation_mm`` and the cord dose at every gap of ``grid_mm``.

    Parameters
    ----------
    prescription_dose, fractions, separation_mm, gradient_percent_per_mm
        As for :func:`check_cord`.
    grid_mm : iterable of float
        Gaps [mm], each 0-20, at which to compute the cord dose (a curve to draw).

    Raises
    ------
    InvalidInputError
        Any argument :func:`cord_dose` rejects; ``grid_mm`` when it is not an iterable
        (text is not) of numbers from 0 to 20.

    Examples
    --------
    >>> p = cord_profile(prescription_dose=24, fractions=1, separation_mm=5, grid_mm=[0, 2.5, 5])
    >>> p.check.safe, p.cord_doses
    (True, (24.0, 18.0, 12.0))
    """
    grid = _grid(grid_mm)
    plan = {
        "prescription_dose": prescription_dose,
        "fractions": fractions,
        "gradient_percent_per_mm": gradient_percent_per_mm,
    }
    return CordProfile(
        check=check_cord(separation_mm=separation_mm, **plan),
        separations_mm=grid,
        cord_doses=tuple(cord_dose(separation_mm=x, **plan) for x in grid),
    )
