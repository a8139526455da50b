"""Vertebral compression fracture after spine SBRT: the dose-per-fraction risk groups.

Sahgal 2013 (252 patients, 410 segments; citekey ``sahgal2013_vcf``) found the
fracture risk highest at 24 Gy or more per fraction, then at 20-23 Gy, and lowest
at 19 Gy or less. The groups are written once, in :data:`VCF_DOSE_GROUPS`, with
the bounds as published (whole grays); the sentence shown to learners is
rendered from them.

A dose per fraction falls in the first group, from the highest down, whose
lower bound it reaches; so 19.5 Gy, between the published 19 and 20, is in the
lowest group, and 23.5 Gy in the intermediate one.

Every patient of Sahgal 2013 was treated with SBRT, so the groups say nothing
about conventional radiotherapy: :func:`vcf_assessment` decides, from the
technique, whether they apply to a schedule.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import require_choice, require_number

__all__ = [
    "DERIVED_ON",
    "REFERENCE",
    "TECHNIQUES",
    "VCF_DOSE_GROUPS",
    "VcfAssessment",
    "VcfDoseGroup",
    "vcf_assessment",
    "vcf_risk_group",
]

REFERENCE = "sahgal2013_vcf"

TECHNIQUES: tuple[str, ...] = ("cEBRT", "SBRT")
"""Radiotherapy techniques, as in :attr:`spinemet_core.radiobiology.Schedule.technique`."""

DERIVED_ON = "SBRT"
"""The only technique of the Sahgal 2013 cohort (252 patients, 410 segments, all SBRT)."""


@dataclass(frozen=True, slots=True)
class VcfDoseGroup:
    """One fracture-risk group: a published dose-per-fraction range [Gy] and its rank."""

    key: str  # "highest", "intermediate", "lowest"
    low: float | None  # inclusive lower bound [Gy per fraction]; None: no lower bound
    high: float | None  # published upper bound [Gy per fraction]; None: no upper bound

    @property
    def range_text(self) -> str:
        """The published range in words, e.g. "20-23 Gy" or "24 Gy or more"."""
        if self.high is None:
            return f"{self.low:g} Gy or more"
        if self.low is None:
            return f"{self.high:g} Gy or less"
        return f"{self.low:g}-{self.high:g} Gy"

    @property
    def label(self) -> str:
        """The wording shown to learners, e.g. "highest-risk group (24 Gy or more per fraction)"."""
        return f"{self.key}-risk group ({self.range_text} per fraction)"


VCF_DOSE_GROUPS: tuple[VcfDoseGroup, ...] = (
    VcfDoseGroup("highest", 24, None),
    VcfDoseGroup("intermediate", 20, 23),
    VcfDoseGroup("lowest", None, 19),
)
"""Fracture-risk groups by dose per fraction, highest risk first (Sahgal 2013, J Clin Oncol
31:3426, citekey ``sahgal2013_vcf``)."""


def vcf_risk_group(*, dose_per_fraction: float) -> VcfDoseGroup:
    """The Sahgal 2013 fracture-risk group of a dose per fraction.

    Parameters
    ----------
    dose_per_fraction : float
        Dose per fraction [Gy], >= 0.

    Returns
    -------
    VcfDoseGroup
        The first group of :data:`VCF_DOSE_GROUPS` whose lower bound the dose reaches.

    Raises
    ------
    InvalidInputError
        A dose that is not a finite number >= 0.

    References
    ----------
    Sahgal A, et al. Vertebral compression fracture after spine stereotactic body
    radiotherapy: a multi-institutional analysis with a focus on radiation dose and
    the spinal instability neoplastic score. J Clin Oncol 2013;31(27):3426-3431.
    doi:10.1200/JCO.2013.50.1411

    Examples
    --------
    >>> vcf_risk_group(dose_per_fraction=24).label
    'highest-risk group (24 Gy or more per fraction)'
    >>> vcf_risk_group(dose_per_fraction=20).key, vcf_risk_group(dose_per_fraction=8).key
    ('intermediate', 'lowest')
    """
    dose = require_number("dose_per_fraction", dose_per_fraction, minimum=0)
    return next(g for g in VCF_DOSE_GROUPS if g.low is None or dose >= g.low)


@dataclass(frozen=True, slots=True)
class VcfAssessment:
    """Whether the Sahgal 2013 groups apply to a schedule, and its group where they may.

    ``technique`` is "SBRT", "cEBRT" or None (not known, e.g. a custom schedule);
    ``group`` is None for cEBRT, since the groups were derived on SBRT only.
    """

    dose_per_fraction: float  # [Gy]
    technique: str | None
    group: VcfDoseGroup | None

    @property
    def applies(self) -> bool:
        """True when the schedule is SBRT, the technique the groups were derived on."""
        return self.technique == DERIVED_ON


def vcf_assessment(*, dose_per_fraction: float, technique: str | None) -> VcfAssessment:
    """The Sahgal 2013 fracture-risk group of a schedule, only where it can apply.

    Parameters
    ----------
    dose_per_fraction : float
        Dose per fraction [Gy], >= 0.
    technique : {"SBRT", "cEBRT"} or None
        How the schedule is delivered; None when it is not known.

    Returns
    -------
    VcfAssessment
        For SBRT the group (:func:`vcf_risk_group`); for cEBRT no group, since
        the groups come from SBRT patients only; for an unknown technique the
        group the dose would fall in if it were delivered as SBRT.

    Raises
    ------
    InvalidInputError
        A dose that is not a finite number >= 0, or a technique not in
        :data:`TECHNIQUES` (nor None).

    Examples
    --------
    >>> vcf_assessment(dose_per_fraction=8, technique="cEBRT").group is None
    True
    >>> a = vcf_assessment(dose_per_fraction=24, technique="SBRT")
    >>> a.applies, a.group.key
    (True, 'highest')
    """
    group = vcf_risk_group(dose_per_fraction=dose_per_fraction)
    if technique is not None:
        require_choice("technique", technique, TECHNIQUES)
    applicable = technique in (None, DERIVED_ON)
    return VcfAssessment(float(dose_per_fraction), technique, group if applicable else None)
