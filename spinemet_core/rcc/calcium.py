"""Albumin-corrected serum calcium."""

from __future__ import annotations

from ..errors import require_number
from ..fidelity import UNCONFIRMED, Sourced
from ..units.analytes import ANALYTES

_CALCIUM = ANALYTES["calcium"].plausible  # [mg/dL], the canonical unit of the record
_ALBUMIN = ANALYTES["albumin"].plausible  # [g/dL]

__all__ = ["CORRECTION_FACTOR", "LEDGER", "REFERENCE_ALBUMIN", "corrected_calcium"]

CORRECTION_FACTOR = 0.8
"""mg/dL of calcium per g/dL of albumin below the reference value."""

REFERENCE_ALBUMIN = 4.0
"""Albumin [g/dL] at which no correction is made. Conventions vary between laboratories."""


LEDGER: tuple[Sourced, ...] = (
    Sourced(
        ("targeted_therapy_rcc",),
        "corrected calcium",
        "albumin correction: calcium + factor x (reference albumin - albumin) [mg/dL, g/dL]",
        f"factor {CORRECTION_FACTOR:g}, reference albumin {REFERENCE_ALBUMIN:g} g/dL",
        "payne1973",
        UNCONFIRMED,  # the bedside form of Payne's adjustment; constants vary by laboratory
    ),
)
"""The correction's constants, with source and status (:mod:`spinemet_core.fidelity`)."""


def corrected_calcium(*, calcium_mg_dl: float, albumin_g_dl: float) -> float:
    """Albumin-corrected calcium [mg/dL]: Ca + 0.8 x (4.0 - albumin).

    The common bedside convention (laboratories differ in the constants). Low
    albumin raises the corrected value: a measured calcium that looks normal
    can be high once corrected, which counts in both IMDC and MSKCC.

    Parameters
    ----------
    calcium_mg_dl : float
        Measured total serum calcium [mg/dL], 4-20 (the plausible range of
        :data:`spinemet_core.units.ANALYTES` ``"calcium"``).
    albumin_g_dl : float
        Serum albumin [g/dL], 1-6 (the plausible range of ``ANALYTES["albumin"]``).

    Examples
    --------
    >>> corrected_calcium(calcium_mg_dl=9.8, albumin_g_dl=2.5)
    11.0
    """
    ca = require_number("calcium_mg_dl", calcium_mg_dl, minimum=_CALCIUM[0], maximum=_CALCIUM[1])
    alb = require_number("albumin_g_dl", albumin_g_dl, minimum=_ALBUMIN[0], maximum=_ALBUMIN[1])
    return round(ca + CORRECTION_FACTOR * (REFERENCE_ALBUMIN - alb), 10)
