"""Linear-quadratic radiobiology for spine radiotherapy: BED, EQD2, cord limits, iso-effect.

All doses are in gray (Gy). With ``n`` fractions of ``d`` Gy and a tissue
alpha/beta ratio ``a/b`` (Gy):

.. math::

    BED = n d \\left(1 + \\frac{d}{\\alpha/\\beta}\\right), \\qquad
    EQD2 = \\frac{BED}{1 + 2/(\\alpha/\\beta)}

The BED formalism of the LQ model is set out in Fowler's review (``fowler1989``); EQD2
rescales it to 2-Gy fractions. The LQ model was fitted at conventional doses per fraction;
at the very high doses per fraction of single-fraction radiosurgery it is stretched, and the
suite flags those schedules (see :func:`lq_stretched`).
"""

from __future__ import annotations

import math

from .errors import InvalidInputError, require_int, require_number
from .fidelity import CONFIRMED, UNCONFIRMED, Sourced
from .schedules import SCHEDULES, Schedule

__all__ = [
    "ALPHA_BETA",
    "ALPHA_BETA_RANGE",
    "HYTEC_2021_LIMITS",
    "LEDGER",
    "LQ_REFERENCES",
    "LQ_STRETCH_DOSE_PER_FRACTION",
    "LQ_VALIDATED_DOSE_PER_FRACTION",
    "MAX_DOSE",
    "MAX_FRACTIONS",
    "SAHGAL_2013_LIMITS",
    "SCHEDULES",
    "Schedule",
    "bed",
    "cord_dmax_limit",
    "dose_per_fraction_for_eqd2",
    "eqd2",
    "lq_stretched",
]

ALPHA_BETA = {"tumour": 10.0, "spinal cord": 2.0}
"""Conventional alpha/beta ratios [Gy]: 10 for tumour (the LQ convention, Fowler 1989,
``fowler1989``), 2 for the spinal cord (late effects; the ratio of the Sahgal 2013 cord
analysis, ``sahgal2013_cord``)."""

SAHGAL_2013_LIMITS = {1: 12.4, 2: 17.0, 3: 20.3, 4: 23.0, 5: 25.3}
"""Thecal-sac point-maximum dose [Gy] for a myelopathy risk of 5% or less, by number of
fractions (Sahgal 2013, IJROBP 85:341; citekey ``sahgal2013_cord``)."""

HYTEC_2021_LIMITS = {
    1: (12.4, 14.0),
    2: (17.0, 17.0),
    3: (20.3, 20.3),
    4: (23.0, 23.0),
    5: (25.3, 25.3),
}
"""HyTEC cord/thecal-sac Dmax range [Gy], 1-5% myelopathy risk (``sahgal2021_hytec``)."""

LQ_STRETCH_DOSE_PER_FRACTION = 8.0
"""Dose per fraction [Gy] above which the suite flags the LQ model as stretched.

A teaching convention, not a validated limit: one view holds the LQ model
reasonably validated up to :data:`LQ_VALIDATED_DOSE_PER_FRACTION` (Brenner 2008, citekey
``brenner2008``), another that it underestimates tumour control at radiosurgical
doses (Kirkpatrick 2008, ``kirkpatrick2008``).
"""

LQ_VALIDATED_DOSE_PER_FRACTION = 10.0
"""Dose per fraction [Gy] up to which one view holds the LQ model reasonably validated
(Brenner 2008, citekey ``brenner2008``)."""

LQ_REFERENCES = ("kirkpatrick2008", "brenner2008")
"""The two sides of the debate on the LQ model at high dose per fraction."""


MAX_DOSE = 1000.0
"""Largest total dose or EQD2 accepted [Gy]: a plausibility bound far above any course, not a
clinical limit. With :data:`ALPHA_BETA_RANGE` it keeps every result finite."""

ALPHA_BETA_RANGE = (0.01, 1000.0)
"""Alpha/beta ratios accepted [Gy]: a plausibility range around every published value (about
0.5-20 Gy), not a clinical one; a ratio nearer 0 would make BED overflow."""

MAX_FRACTIONS = 50
"""Most fractions accepted in one course."""


def _positive_dose(name, value):
    allowed = f"a number > 0 and <= {MAX_DOSE:g} [Gy]"
    try:
        dose = require_number(name, value, minimum=0, maximum=MAX_DOSE)
    except InvalidInputError:
        raise InvalidInputError(name, value, allowed) from None
    if dose <= 0:
        raise InvalidInputError(name, value, allowed)
    return dose


def _alpha_beta(name, value):
    return require_number(name, value, minimum=ALPHA_BETA_RANGE[0], maximum=ALPHA_BETA_RANGE[1])


def _dose_args(total_dose, fractions, alpha_beta):
    total = _positive_dose("total_dose", total_dose)
    n = require_int("fractions", fractions, minimum=1, maximum=MAX_FRACTIONS)
    ab = _alpha_beta("alpha_beta", alpha_beta)
    return total, n, ab


def bed(*, total_dose: float, fractions: int, alpha_beta: float) -> float:
    """Biologically effective dose [Gy].

    Parameters
    ----------
    total_dose : float
        Physical dose of the whole course [Gy], > 0 and at most :data:`MAX_DOSE`.
    fractions : int
        Number of fractions, 1-:data:`MAX_FRACTIONS`.
    alpha_beta : float
        Alpha/beta ratio of the tissue [Gy], within :data:`ALPHA_BETA_RANGE`.

    Raises
    ------
    InvalidInputError
        An argument outside its range, not a finite number, or a count that is not an int.

    Examples
    --------
    24 Gy in 2 fractions to tumour (alpha/beta 10): 24 * (1 + 12/10) = 52.8 Gy.

    >>> bed(total_dose=24, fractions=2, alpha_beta=10)
    52.8
    """
    total, n, ab = _dose_args(total_dose, fractions, alpha_beta)
    d = total / n
    return round(total * (1 + d / ab), 10)


def eqd2(*, total_dose: float, fractions: int, alpha_beta: float) -> float:
    """Equivalent dose in 2-Gy fractions [Gy].

    Examples
    --------
    8 Gy in one fraction is worth 12 Gy in 2-Gy fractions to tumour, and
    20 Gy to the cord; 30 Gy in 10 fractions is worth 32.5 Gy to tumour.

    >>> eqd2(total_dose=8, fractions=1, alpha_beta=10)
    12.0
    >>> eqd2(total_dose=8, fractions=1, alpha_beta=2)
    20.0
    >>> eqd2(total_dose=30, fractions=10, alpha_beta=10)
    32.5
    """
    _total, _n, ab = _dose_args(total_dose, fractions, alpha_beta)
    return round(bed(total_dose=total_dose, fractions=fractions, alpha_beta=ab) / (1 + 2 / ab), 10)


def cord_dmax_limit(*, fractions: int) -> float:
    """Thecal-sac point-maximum dose limit [Gy] for 1-5 fractions (Sahgal 2013).

    >>> [cord_dmax_limit(fractions=n) for n in range(1, 6)]
    [12.4, 17.0, 20.3, 23.0, 25.3]
    """
    n = require_int("fractions", fractions, minimum=1, maximum=5)
    return SAHGAL_2013_LIMITS[n]


def dose_per_fraction_for_eqd2(*, target_eqd2: float, fractions: int, alpha_beta: float) -> float:
    """Dose per fraction [Gy] that reaches ``target_eqd2`` in ``fractions`` fractions (iso-effect).

    Solves n d (d + a/b) / (2 + a/b) = EQD2 for d.

    Examples
    --------
    The single-fraction cord dose iso-effective with the two-fraction limit
    (17 Gy / 2) is the single-fraction limit, 12.4 Gy: Sahgal's five limits all
    sit at an EQD2 of about 44.6 Gy for alpha/beta 2.

    >>> e = eqd2(total_dose=17, fractions=2, alpha_beta=2)
    >>> round(e, 2), round(dose_per_fraction_for_eqd2(target_eqd2=e, fractions=1, alpha_beta=2), 1)
    (44.62, 12.4)
    """
    target = _positive_dose("target_eqd2", target_eqd2)
    n = require_int("fractions", fractions, minimum=1, maximum=MAX_FRACTIONS)
    ab = _alpha_beta("alpha_beta", alpha_beta)
    return (-n * ab + math.sqrt((n * ab) ** 2 + 4 * n * target * (2 + ab))) / (2 * n)


def lq_stretched(*, total_dose: float, fractions: int) -> bool:
    """Whether the dose per fraction is above :data:`LQ_STRETCH_DOSE_PER_FRACTION`.

    >>> lq_stretched(total_dose=24, fractions=1), lq_stretched(total_dose=30, fractions=10)
    (True, False)
    """
    total, n, _ab = _dose_args(total_dose, fractions, 1.0)
    return total / n > LQ_STRETCH_DOSE_PER_FRACTION


_SRS, _CORD = ("stereotactic_radiosurgery",), ("separation_surgery", "stereotactic_radiosurgery")
_LIMITS = "cord limits"
LEDGER: tuple[Sourced, ...] = (
    Sourced(_SRS, "calculator", "BED = n d (1 + d / (alpha/beta))", "", "fowler1989", UNCONFIRMED),
    Sourced(
        _SRS, "calculator", "EQD2 = BED / (1 + 2 / (alpha/beta))", "", "fowler1989", UNCONFIRMED
    ),
    Sourced(
        _SRS,
        "calculator",
        "alpha/beta of tumour (the conventional value)",
        f"{ALPHA_BETA['tumour']:g} Gy",
        "fowler1989",
        UNCONFIRMED,
    ),
    Sourced(
        _CORD,
        _LIMITS,
        "alpha/beta of the spinal cord (late effects)",
        f"{ALPHA_BETA['spinal cord']:g} Gy",
        "sahgal2013_cord",
        CONFIRMED,  # abstract: normalised BED with alpha/beta 2
    ),
    *(
        Sourced(
            _CORD,
            _LIMITS,
            f"thecal-sac point maximum, myelopathy risk 5% or less, {n} fraction(s)",
            f"{limit:g} Gy",
            "sahgal2013_cord",
            CONFIRMED,  # abstract
        )
        for n, limit in SAHGAL_2013_LIMITS.items()
    ),
    *(
        Sourced(
            _SRS,
            _LIMITS,
            f"HyTEC cord point maximum, myelopathy risk 1-5%, {n} fraction(s)",
            f"{low:g}-{high:g} Gy" if low != high else f"{low:g} Gy",
            "sahgal2021_hytec",
            CONFIRMED,  # abstract records
        )
        for n, (low, high) in HYTEC_2021_LIMITS.items()
    ),
    Sourced(
        _SRS,
        "LQ caveat",
        "dose per fraction up to which the LQ model is held reasonably validated",
        f"{LQ_VALIDATED_DOSE_PER_FRACTION:g} Gy",
        "brenner2008",
        CONFIRMED,  # abstract (PMC2750078)
    ),
    Sourced(
        _SRS,
        "LQ caveat",
        "dose per fraction above which the suite flags the LQ model (a teaching convention)",
        f"{LQ_STRETCH_DOSE_PER_FRACTION:g} Gy",
        "kirkpatrick2008",
        UNCONFIRMED,
    ),
)
"""Every number and formula of this module shown to a learner, with its source and status
(:mod:`spinemet_core.fidelity`); the schedules carry theirs in :data:`SCHEDULES`."""
