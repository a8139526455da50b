"""Shared clinical vocabularies, defined once for scores, NOMS, cases and widgets.

The enum *values* are the exact spellings used in the API, in case files and in
widget options. The primary-tumour table :data:`PRIMARY_TABLE` is the single
place that says how each instrument classifies a primary; every column carries
a citekey (:data:`PRIMARY_TABLE_SOURCES`), and every cell says whether the
instrument lists that primary explicitly or the suite applies the instrument's
"others" rule (or a documented convention).
"""

from __future__ import annotations

from enum import StrEnum

from ._primary_table import PRIMARY_TABLE, PRIMARY_TABLE_SOURCES, Primary, PrimaryCategories
from .errors import InvalidInputError, require_bool, require_choice

__all__ = [
    "FRANKEL_DESCRIPTIONS",
    "PRIMARY_TABLE",
    "PRIMARY_TABLE_SOURCES",
    "SINS_LOCATION_POINTS",
    "SPINAL_LEVELS",
    "Frankel",
    "Primary",
    "PrimaryCategories",
    "katagiri_growth",
    "radiosensitivity",
    "sins_location",
    "tomita_growth",
]


class Frankel(StrEnum):
    """Frankel grade of neurological function (A complete lesion ... E normal)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


FRANKEL_DESCRIPTIONS: dict[Frankel, str] = {
    Frankel.A: "complete: no motor or sensory function below the lesion",
    Frankel.B: "sensory only: some sensation preserved, no motor function",
    Frankel.C: "motor useless: some motor function, of no practical use",
    Frankel.D: "motor useful: can move the legs, may walk with or without aid",
    Frankel.E: "normal motor and sensory function",
}

SPINAL_LEVELS: tuple[str, ...] = (
    *(f"C{i}" for i in range(1, 8)),
    *(f"T{i}" for i in range(1, 13)),
    *(f"L{i}" for i in range(1, 6)),
    *(f"S{i}" for i in range(1, 6)),
)
"""Every vertebral level accepted by the suite, cranial to caudal (C1 ... S5)."""


P = Primary


def _primary(value) -> Primary:
    return Primary(require_choice("primary", value, list(Primary)))


def tomita_growth(primary: Primary | str) -> str:
    """Tomita growth class of a primary: ``"slow"``, ``"moderate"`` or ``"rapid"``.

    >>> tomita_growth("kidney")
    'moderate'
    """
    return PRIMARY_TABLE[_primary(primary)].tomita_growth


def radiosensitivity(primary: Primary | str) -> str:
    """NOMS radiosensitivity to conventional EBRT: ``"high"``, ``"moderate"`` or ``"resistant"``.

    >>> radiosensitivity("myeloma")
    'high'
    """
    return PRIMARY_TABLE[_primary(primary)].radiosensitivity


_KATAGIRI_GROWTH: dict[Primary, str] = {
    **dict.fromkeys((P.THYROID, P.MYELOMA, P.LYMPHOMA), "slow"),
    **dict.fromkeys(
        (
            P.KIDNEY,
            P.UTERUS,
            P.OVARY,
            P.SARCOMA,
            P.OSTEOSARCOMA,
            P.OTHER,
            P.CARCINOID,
            P.NEUROENDOCRINE,
            P.SEMINOMA,
        ),
        "moderate",
    ),
    **dict.fromkeys(
        (
            P.COLON,
            P.RECTUM,
            P.STOMACH,
            P.PANCREAS,
            P.ESOPHAGUS,
            P.BLADDER,
            P.MELANOMA,
            P.LIVER,
            P.GALLBLADDER,
            P.HEAD_AND_NECK,
            P.CERVIX,
            P.UNKNOWN,
        ),
        "rapid",
    ),
}
"""Katagiri growth group of every primary whose group does not depend on a flag (Katagiri
2014: head and neck and cervical cancers are named in the rapid group, endometrial cancer,
the suite's uterus, in the moderate group)."""

_KATAGIRI_FLAGGED: dict[Primary, tuple[str, str, str]] = {
    P.BREAST: ("hormone_dependent", "slow", "moderate"),
    P.PROSTATE: ("hormone_dependent", "slow", "moderate"),
    P.LUNG: ("targeted_therapy", "moderate", "rapid"),
}
"""Primaries whose Katagiri group depends on a flag: primary -> (flag, group when the flag
is set, group when it is not) (Katagiri 2014)."""


def katagiri_growth(
    primary: Primary | str,
    *,
    hormone_dependent: bool = False,
    targeted_therapy: bool = False,
) -> str:
    """Katagiri-new primary-lesion group: ``"slow"``, ``"moderate"`` or ``"rapid"``.

    Breast and prostate cancer are slow when hormone-dependent, moderate
    otherwise; lung cancer is moderate when treated with molecularly targeted
    drugs, rapid otherwise (Katagiri 2014). The two flags are ignored for other
    primaries.

    >>> katagiri_growth("lung", targeted_therapy=True)
    'moderate'
    >>> katagiri_growth("breast", hormone_dependent=True)
    'slow'
    """
    primary = _primary(primary)
    flags = {
        "hormone_dependent": require_bool("hormone_dependent", hormone_dependent),
        "targeted_therapy": require_bool("targeted_therapy", targeted_therapy),
    }
    if primary in _KATAGIRI_FLAGGED:
        flag, when_set, otherwise = _KATAGIRI_FLAGGED[primary]
        return when_set if flags[flag] else otherwise
    return _KATAGIRI_GROWTH[primary]


SINS_LOCATION_POINTS: dict[str, int] = {"junctional": 3, "mobile": 2, "semirigid": 1, "rigid": 0}
"""SINS location classes and their points (Fisher 2010)."""

_LOCATION_LEVELS: dict[str, set[str]] = {
    "junctional": {"C1", "C2", "C7", "T1", "T2", "T11", "T12", "L1", "L5", "S1"},
    "mobile": {"C3", "C4", "C5", "C6", "L2", "L3", "L4"},
    "semirigid": {f"T{i}" for i in range(3, 11)},
    "rigid": {"S2", "S3", "S4", "S5"},
}


def sins_location(level: str) -> str:
    """SINS location class of a vertebral level (Fisher 2010).

    Junctional: occiput-C2, C7-T2, T11-L1, L5-S1; mobile: C3-C6, L2-L4;
    semi-rigid: T3-T10; rigid: S2-S5.

    >>> sins_location("T12"), sins_location("L3"), sins_location("T6"), sins_location("S3")
    ('junctional', 'mobile', 'semirigid', 'rigid')
    """
    level = require_choice("level", level, SPINAL_LEVELS)
    for name in SINS_LOCATION_POINTS:
        if level in _LOCATION_LEVELS[name]:
            return name
    raise InvalidInputError("level", level, "C1-C7, T1-T12, L1-L5, S1-S5")  # pragma: no cover
