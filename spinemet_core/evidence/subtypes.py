"""Survival by molecular subtype within one primary, beside what the legacy scores assume.

The legacy scores grade lung, breast or melanoma as one category each; these
published figures show survival splitting within a primary by driver mutation,
receptor status or targeted treatment.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fidelity import CONFIRMED, Fidelity
from ..vocabulary import Primary

__all__ = ["SUBTYPE_FINDINGS", "SUBTYPE_PRIMARIES", "SubtypeFinding", "findings_for"]


@dataclass(frozen=True, slots=True)
class SubtypeFinding:
    """One published survival figure (or association) for a subtype of a primary."""

    primary: Primary
    subtype: str
    finding: str
    median_months: float | None
    cohort: str
    spine_specific: bool
    citekey: str
    fidelity: Fidelity | None = None  # how far it was checked (spinemet_core.fidelity)


SUBTYPE_FINDINGS: tuple[SubtypeFinding, ...] = (
    SubtypeFinding(
        Primary.BREAST,
        "hormone-receptor positive",
        "median survival 22.5 months",
        22.5,
        "111 patients treated for spinal metastases, 2005-2012",
        True,
        "bollen2015",
    ),
    SubtypeFinding(
        Primary.BREAST,
        "triple negative",
        "median survival 6.7 months",
        6.7,
        "111 patients treated for spinal metastases, 2005-2012",
        True,
        "bollen2015",
    ),
    SubtypeFinding(
        Primary.LUNG,
        "EGFR mutation status",
        "associated with survival after palliative spine surgery (HR 2.10, "
        "p = 0.002; the reference group was not confirmed); adding it to NESMS "
        "improved prediction",
        None,
        "85 operated NSCLC patients, 38 EGFR-mutant",
        True,
        "park2021_egfr",
    ),
    SubtypeFinding(
        Primary.LUNG,
        "molecularly targeted treatment",
        "one of four factors that significantly influenced survival; the authors "
        "note a lung primary caps the revised Tokuhashi score at 10",
        None,
        "207 lung-cancer patients with spinal metastases",
        True,
        "uei2018",
    ),
    SubtypeFinding(
        Primary.MELANOMA,
        "BRAF wild type",
        "median survival 8.5 months",
        8.5,
        "197 patients with metastatic melanoma (not spine-specific)",
        False,
        "long2011_braf",
    ),
    SubtypeFinding(
        Primary.MELANOMA,
        "BRAF mutant, no BRAF inhibitor",
        "median survival 5.7 months",
        5.7,
        "197 patients with metastatic melanoma (not spine-specific)",
        False,
        "long2011_braf",
    ),
    SubtypeFinding(
        Primary.MELANOMA,
        "BRAF mutant, treated with a BRAF inhibitor",
        "median survival not reached",
        None,
        "197 patients with metastatic melanoma (not spine-specific)",
        False,
        "long2011_braf",
    ),
)
"""Confirmed subtype findings for lung, breast and melanoma."""


def findings_for(primary: Primary | str) -> tuple[SubtypeFinding, ...]:
    """The subtype findings listed for one primary (empty for others).

    >>> len(findings_for("breast")), findings_for("kidney")
    (2, ())
    >>> [p.value for p in SUBTYPE_PRIMARIES]
    ['lung', 'breast', 'melanoma']
    """
    return tuple(f for f in SUBTYPE_FINDINGS if f.primary == primary)


SUBTYPE_PRIMARIES: tuple[Primary, ...] = tuple(p for p in Primary if findings_for(p))
"""The primaries with subtype findings, in :class:`~spinemet_core.vocabulary.Primary` order."""

FIDELITY: dict[str, Fidelity] = {
    "bollen2015": CONFIRMED,  # abstract (Springer)
    "park2021_egfr": CONFIRMED,  # full text (PMC7962196); the HR's reference group was not
    "uei2018": CONFIRMED,  # abstract (World J Surg Oncol)
    "long2011_braf": CONFIRMED,  # abstract (Macquarie University record)
}
"""How far each subtype finding was checked (:mod:`spinemet_core.fidelity`), by citekey."""
