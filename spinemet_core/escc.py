"""Bilsky epidural spinal cord compression (ESCC) scale (Bilsky 2010)."""

from __future__ import annotations

from enum import StrEnum

from .errors import InvalidInputError, require_choice
from .fidelity import secondary

__all__ = [
    "ESCC_DEFINITIONS",
    "ESCC_GROUPS",
    "FIDELITY",
    "REFERENCE",
    "EsccGrade",
    "escc_group",
    "grades_text",
]

REFERENCE = "bilsky2010"


class EsccGrade(StrEnum):
    """The six grades, read on axial T2-weighted MRI at the level of worst compression."""

    G0 = "0"
    G1A = "1a"
    G1B = "1b"
    G1C = "1c"
    G2 = "2"
    G3 = "3"


ESCC_DEFINITIONS: dict[EsccGrade, str] = {
    EsccGrade.G0: "Disease confined to bone",
    EsccGrade.G1A: "Epidural impingement without deformation of the thecal sac",
    EsccGrade.G1B: "Thecal sac deformed, spinal cord not touched",
    EsccGrade.G1C: "Thecal sac deformed and the cord abutted, but not compressed",
    EsccGrade.G2: "Cord compressed, cerebrospinal fluid still visible around it",
    EsccGrade.G3: "Cord compressed, no cerebrospinal fluid visible around it",
}
"""Definition of each grade, paraphrased from Bilsky 2010."""

ESCC_GROUPS: dict[EsccGrade, str] = {
    EsccGrade.G0: "low",
    EsccGrade.G1A: "low",
    EsccGrade.G1B: "low",
    EsccGrade.G1C: "borderline",
    EsccGrade.G2: "high",
    EsccGrade.G3: "high",
}
"""Low grade (0-1b), the contested grade 1c, and high grade (2-3)."""

FIDELITY = secondary("Radiopaedia ESCC scale pages")
"""Status of the grade definitions and groups (:mod:`spinemet_core.fidelity`); the grades
are in the Bilsky 2010 abstract, their wording and grouping from the secondary pages."""


def escc_group(grade: str) -> str:
    """Group of an ESCC grade: ``"low"``, ``"borderline"`` (1c) or ``"high"``.

    >>> [escc_group(g) for g in ("0", "1b", "1c", "2")]
    ['low', 'low', 'borderline', 'high']
    """
    return ESCC_GROUPS[EsccGrade(require_choice("grade", grade, list(EsccGrade)))]


def grades_text(*groups: str) -> str:
    """The grades of one or more groups as a range in scale order, e.g. ``"0-1c"``.

    Derived from :data:`ESCC_GROUPS`; a single grade is given alone.

    Parameters
    ----------
    *groups : {"low", "borderline", "high"}
        The groups whose grades are joined (at least one).

    Raises
    ------
    InvalidInputError
        If a group is not one of the three.

    >>> grades_text("low"), grades_text("borderline"), grades_text("high")
    ('0-1b', '1c', '2-3')
    >>> grades_text("low", "borderline")
    '0-1c'
    """
    allowed = tuple(dict.fromkeys(ESCC_GROUPS.values()))
    if not groups:
        raise InvalidInputError("groups", groups, ", ".join(allowed))
    chosen = {require_choice("group", g, allowed) for g in groups}
    grades = [g.value for g in EsccGrade if ESCC_GROUPS[g] in chosen]
    return grades[0] if len(grades) == 1 else f"{grades[0]}-{grades[-1]}"
