"""What the trial evidence does and does not cover, added to the NOMS trail as data.

:func:`spinemet_core.noms.recommend` adds a note to its trail where the facts of a
patient (radiosensitivity group, ESCC group, myelopathy) fall under one; a note never
changes the recommendation. Source: ``patchell2005``; the trial's eligibility is taken
from secondary summaries (named in :data:`EVIDENCE_NOTES`' status), its results from the
evidence records (:data:`spinemet_core.evidence.separation.PATCHELL_2005`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .evidence.separation import PATCHELL_2005
from .fidelity import Fidelity, secondary
from .noms_systemic import PATCHELL_MIN_SURVIVAL_MONTHS

__all__ = ["EVIDENCE_NOTES", "PATCHELL_MAX_PARAPLEGIA_HOURS", "EvidenceNote"]

_ELIGIBILITY = secondary("summaries of the Patchell 2005 eligibility criteria (docs/AUDIT.md)")


def _same(value: object, allowed: object) -> bool:
    return value == allowed and isinstance(value, bool) == isinstance(allowed, bool)


PATCHELL_MAX_PARAPLEGIA_HOURS = 48
"""Longest total paraplegia the surgical trial accepted at entry [hours] (Patchell 2005,
eligibility; ``patchell2005``)."""

_WALK_SURGERY, _WALK_RT = (f.value for f in PATCHELL_2005[:2])


@dataclass(frozen=True, slots=True)
class EvidenceNote:
    """What the trial evidence does and does not cover for one situation of the trail.

    ``when`` maps a fact of :func:`spinemet_core.noms.recommend` (``sensitivity``: the
    radiosensitivity group; ``escc``: the ESCC group; ``myelopathy``: a bool) to the
    values for which the note is shown. A note never changes the recommendation.
    """

    id: str
    when: Mapping[str, tuple]
    finding: str
    note: str
    citekey: str
    fidelity: Fidelity

    def applies(self, facts: Mapping[str, object]) -> bool:
        """Whether every condition of the note holds for ``facts``."""
        return all(
            any(_same(facts[name], value) for value in allowed)
            for name, allowed in self.when.items()
        )


EVIDENCE_NOTES: tuple[EvidenceNote, ...] = (
    EvidenceNote(
        "patchell-excluded",
        MappingProxyType({"sensitivity": ("high",), "escc": ("high",)}),
        "Trial evidence for surgery (Patchell 2005): highly radiosensitive tumours were excluded.",
        "The randomised trial of decompressive surgery plus radiotherapy against radiotherapy "
        "alone excluded radiosensitive tumours (lymphoma, leukaemia, myeloma, germ-cell "
        "tumours); its benefit of surgery does not extend to them.",
        "patchell2005",
        _ELIGIBILITY,
    ),
    EvidenceNote(
        "patchell-moderate-myelopathy",
        MappingProxyType({"sensitivity": ("moderate",), "escc": ("high",), "myelopathy": (True,)}),
        "Trial evidence for surgery (Patchell 2005): moderately radiosensitive tumours were "
        "eligible.",
        "Of the cancers outside the nervous system and spine, the randomised trial excluded "
        "only lymphoma, leukaemia, myeloma and germ-cell tumours, so moderately "
        "radiosensitive solid tumours were eligible. In its patients "
        "(one area of compression, not totally paraplegic for more than "
        f"{PATCHELL_MAX_PARAPLEGIA_HOURS} h, expected survival of "
        f"{PATCHELL_MIN_SURVIVAL_MONTHS} months or more) surgery plus 30 Gy / 10 kept more "
        f"patients walking than 30 Gy / 10 alone ({_WALK_SURGERY:g}% against {_WALK_RT:g}%). "
        "It does not cover patients outside those limits, and it did not test SRS; the "
        "rules above still give cEBRT, so weigh surgery with a spine surgeon.",
        "patchell2005",
        _ELIGIBILITY,
    ),
)
"""Notes on the reach of the trial evidence, added to the trail where they apply."""
