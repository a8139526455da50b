"""One fractionation schedule compared, in one call: BED/EQD2, cord limit, LQ caveat, fracture risk.

Gathers what dashboard 04 shows about a schedule from the functions that own
each rule (:mod:`spinemet_core.radiobiology`, :mod:`spinemet_core.fracture`),
so a caller needs one call and holds no rule of its own. A schedule of the
catalogue (:data:`~spinemet_core.radiobiology.SCHEDULES`) takes its technique
from there; any other schedule's technique is not known.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import require_number
from .fracture import VcfAssessment, VcfDoseGroup, vcf_assessment
from .radiobiology import (
    ALPHA_BETA,
    ALPHA_BETA_RANGE,
    SAHGAL_2013_LIMITS,
    SCHEDULES,
    Schedule,
    bed,
    eqd2,
)
from .radiobiology import lq_stretched as _lq_stretched

__all__ = [
    "CORD_LIMIT_EQD2",
    "CatalogueEntry",
    "ScheduleComparison",
    "compare_schedule",
]

CORD_LIMIT_EQD2 = eqd2(
    total_dose=SAHGAL_2013_LIMITS[2], fractions=2, alpha_beta=ALPHA_BETA["spinal cord"]
)
"""EQD2 [Gy] of the Sahgal 2013 cord limits at the usual cord alpha/beta (about 44.6 Gy: the
five limits are nearly iso-effective; see
:func:`~spinemet_core.radiobiology.dose_per_fraction_for_eqd2`)."""


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """A catalogue schedule with its tumour and full-prescription cord EQD2 [Gy]."""

    schedule: Schedule
    eqd2_tumour: float
    eqd2_cord: float


@dataclass(frozen=True, slots=True)
class ScheduleComparison:
    """Everything dashboard 04 shows about one schedule (doses in Gy)."""

    total_dose: float
    fractions: int
    bed_tumour: float
    eqd2_tumour: float
    bed_cord: float
    eqd2_cord: float
    lq_stretched: bool
    cord_limit: float | None  # None outside the 1-5 fractions of Sahgal 2013
    fracture: VcfAssessment  # the Sahgal 2013 groups apply to SBRT only
    catalogue: tuple[CatalogueEntry, ...]

    @property
    def dose_per_fraction(self) -> float:
        """Dose per fraction [Gy]."""
        return self.total_dose / self.fractions

    @property
    def technique(self) -> str | None:
        """ "SBRT" or "cEBRT" for a catalogue schedule; None when not known."""
        return self.fracture.technique

    @property
    def fracture_group(self) -> VcfDoseGroup | None:
        """The Sahgal 2013 fracture-risk group; None for cEBRT (derived on SBRT only)."""
        return self.fracture.group


def _catalogue_technique(*, total_dose: float, fractions: int) -> str | None:
    """The technique of the catalogue schedule with this dose and number of fractions, or
    None if the catalogue has none (then the technique is not known).

    >>> [_catalogue_technique(total_dose=d, fractions=1) for d in (8, 24)]
    ['cEBRT', 'SBRT']
    >>> _catalogue_technique(total_dose=21, fractions=3) is None
    True
    """
    matches = (
        s.technique for s in SCHEDULES if (s.total_dose, s.fractions) == (total_dose, fractions)
    )
    return next(matches, None)


def compare_schedule(
    *, total_dose: float, fractions: int, alpha_beta_tumour: float, alpha_beta_cord: float
) -> ScheduleComparison:
    """BED and EQD2 for tumour and cord, and what else matters for a schedule.

    Parameters
    ----------
    total_dose : float
        Physical dose of the whole course [Gy], > 0.
    fractions : int
        Number of fractions, 1-50.
    alpha_beta_tumour, alpha_beta_cord : float
        Alpha/beta ratios [Gy], within
        :data:`~spinemet_core.radiobiology.ALPHA_BETA_RANGE`; also applied to every
        catalogue schedule.

    Returns
    -------
    ScheduleComparison
        The cord values are for the cord receiving the full prescription; the cord
        limit is Sahgal 2013's (``sahgal2013_cord``), the fracture assessment Sahgal
        2013's (``sahgal2013_vcf``), with a group only for SBRT or an unknown technique.

    Raises
    ------
    InvalidInputError
        Any argument :func:`~spinemet_core.radiobiology.bed` rejects, named as here.

    Examples
    --------
    >>> c = compare_schedule(total_dose=24, fractions=2, alpha_beta_tumour=10, alpha_beta_cord=2)
    >>> c.bed_tumour, c.eqd2_tumour, c.cord_limit, c.lq_stretched, c.fracture_group.key
    (52.8, 44.0, 17.0, True, 'lowest')
    >>> compare_schedule(
    ...     total_dose=8, fractions=1, alpha_beta_tumour=10, alpha_beta_cord=2
    ... ).fracture_group is None
    True
    """

    low, high = ALPHA_BETA_RANGE
    for name, value in (
        ("alpha_beta_tumour", alpha_beta_tumour),
        ("alpha_beta_cord", alpha_beta_cord),
    ):
        require_number(name, value, minimum=low, maximum=high)

    def pair(dose, n):
        return (
            eqd2(total_dose=dose, fractions=n, alpha_beta=alpha_beta_tumour),
            eqd2(total_dose=dose, fractions=n, alpha_beta=alpha_beta_cord),
        )

    tumour, cord = pair(total_dose, fractions)
    return ScheduleComparison(
        total_dose=total_dose,
        fractions=fractions,
        bed_tumour=bed(total_dose=total_dose, fractions=fractions, alpha_beta=alpha_beta_tumour),
        eqd2_tumour=tumour,
        bed_cord=bed(total_dose=total_dose, fractions=fractions, alpha_beta=alpha_beta_cord),
        eqd2_cord=cord,
        lq_stretched=_lq_stretched(total_dose=total_dose, fractions=fractions),
        cord_limit=SAHGAL_2013_LIMITS.get(fractions),
        fracture=vcf_assessment(
            dose_per_fraction=total_dose / fractions,
            technique=_catalogue_technique(total_dose=total_dose, fractions=fractions),
        ),
        catalogue=tuple(CatalogueEntry(s, *pair(s.total_dose, s.fractions)) for s in SCHEDULES),
    )
