"""Shared clinical vocabularies, defined once for scores, NOMS, cases and widgets.

The enum *values* are the exact spellings used in the API, in case files and in
widget options. The primary-tumour table :data:`PRIMARY_TABLE` is the single
place that says how each instrument classifies a primary; every column carries
a citekey (:data:`PRIMARY_TABLE_SOURCES`), and every cell says whether the
instrument lists that primary explicitly or the suite applies the instrument's
"others" rule (or a documented convention).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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


class Primary(StrEnum):
    """Primary tumour sites known to the suite's instruments."""

    LUNG = "lung"
    OSTEOSARCOMA = "osteosarcoma"
    STOMACH = "stomach"
    BLADDER = "bladder"
    ESOPHAGUS = "esophagus"
    PANCREAS = "pancreas"
    LIVER = "liver"
    GALLBLADDER = "gallbladder"
    UNKNOWN = "unknown"
    KIDNEY = "kidney"
    UTERUS = "uterus"
    RECTUM = "rectum"
    COLON = "colon"
    THYROID = "thyroid"
    BREAST = "breast"
    PROSTATE = "prostate"
    CARCINOID = "carcinoid"
    MELANOMA = "melanoma"
    MYELOMA = "myeloma"
    LYMPHOMA = "lymphoma"
    SARCOMA = "sarcoma"
    SEMINOMA = "seminoma"
    OVARY = "ovary"
    NEUROENDOCRINE = "neuroendocrine"
    OTHER = "other"


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


@dataclass(frozen=True, slots=True)
class PrimaryCategories:
    """How each instrument classifies one primary.

    ``*_listed`` is True when the instrument's source names the primary; when it
    is False the value comes from the instrument's "others" rule or from the
    convention described in :data:`PRIMARY_TABLE_SOURCES`.
    """

    tokuhashi_1990: int
    tokuhashi_1990_listed: bool
    tokuhashi_2005: int
    tokuhashi_2005_listed: bool
    tomita_growth: str
    tomita_listed: bool
    radiosensitivity: str
    radiosensitivity_listed: bool
    bauer_favourable: bool
    bauer_lung: bool


def _row(t90, t05, tomita, radio, *, bauer_fav=False, lung=False):
    """Compact row builder: each category is ``(value, listed)``."""
    return PrimaryCategories(
        tokuhashi_1990=t90[0],
        tokuhashi_1990_listed=t90[1],
        tokuhashi_2005=t05[0],
        tokuhashi_2005_listed=t05[1],
        tomita_growth=tomita[0],
        tomita_listed=tomita[1],
        radiosensitivity=radio[0],
        radiosensitivity_listed=radio[1],
        bauer_favourable=bauer_fav,
        bauer_lung=lung,
    )


_L, _O = True, False  # listed by the source / taken from its "others" rule or a convention
P = Primary

PRIMARY_TABLE: dict[Primary, PrimaryCategories] = {
    P.LUNG: _row((0, _L), (0, _L), ("rapid", _L), ("resistant", _L), lung=True),
    P.OSTEOSARCOMA: _row((1, _O), (0, _L), ("rapid", _O), ("resistant", _L)),
    P.STOMACH: _row((0, _L), (0, _L), ("rapid", _L), ("resistant", _O)),
    P.BLADDER: _row((1, _O), (0, _L), ("rapid", _O), ("resistant", _O)),
    P.ESOPHAGUS: _row((1, _O), (0, _L), ("rapid", _O), ("resistant", _O)),
    P.PANCREAS: _row((1, _O), (0, _L), ("rapid", _O), ("resistant", _O)),
    P.LIVER: _row((1, _L), (1, _L), ("rapid", _O), ("resistant", _L)),
    P.GALLBLADDER: _row((1, _O), (1, _L), ("rapid", _O), ("resistant", _O)),
    P.UNKNOWN: _row((1, _L), (1, _L), ("rapid", _O), ("resistant", _O)),
    P.KIDNEY: _row((1, _L), (3, _L), ("moderate", _L), ("resistant", _L), bauer_fav=True),
    P.UTERUS: _row((1, _L), (3, _L), ("moderate", _L), ("resistant", _O)),
    P.RECTUM: _row((2, _L), (4, _L), ("rapid", _O), ("resistant", _L)),
    P.COLON: _row((1, _O), (2, _O), ("rapid", _O), ("resistant", _L)),
    P.THYROID: _row((2, _L), (5, _L), ("slow", _L), ("resistant", _L)),
    P.BREAST: _row((2, _L), (5, _L), ("slow", _L), ("moderate", _L), bauer_fav=True),
    P.PROSTATE: _row((2, _L), (5, _L), ("slow", _O), ("moderate", _L)),
    P.CARCINOID: _row((1, _O), (5, _L), ("slow", _O), ("moderate", _O)),
    P.MELANOMA: _row((1, _O), (2, _O), ("rapid", _O), ("resistant", _L)),
    P.MYELOMA: _row((1, _O), (2, _O), ("slow", _O), ("high", _L), bauer_fav=True),
    P.LYMPHOMA: _row((1, _O), (2, _O), ("slow", _O), ("high", _L), bauer_fav=True),
    P.SARCOMA: _row((1, _O), (2, _O), ("rapid", _O), ("resistant", _L)),
    P.SEMINOMA: _row((1, _O), (2, _O), ("slow", _O), ("high", _L)),
    P.OVARY: _row((1, _O), (2, _O), ("moderate", _O), ("moderate", _L)),
    P.NEUROENDOCRINE: _row((1, _O), (2, _O), ("moderate", _O), ("moderate", _L)),
    P.OTHER: _row((1, _L), (2, _L), ("moderate", _O), ("resistant", _O)),
}
"""Primary -> every instrument's category (see :data:`PRIMARY_TABLE_SOURCES`)."""

PRIMARY_TABLE_SOURCES: dict[str, tuple[str, str]] = {
    "tokuhashi_1990": (
        "tokuhashi1990",
        "Lung, stomach 0; kidney, liver, uterus, others, unidentified 1; thyroid, prostate, "
        "breast, rectum 2. Unlisted primaries score as 'others' (1).",
    ),
    "tokuhashi_2005": (
        "tokuhashi2005",
        "Lung, osteosarcoma, stomach, bladder, esophagus, pancreas 0; liver, gallbladder, "
        "unidentified 1; others 2; kidney, uterus 3; rectum 4; thyroid, breast, prostate, "
        "carcinoid 5. Unlisted primaries (e.g. colon) score as 'others' (2).",
    ),
    "tomita_growth": (
        "tomita2001",
        "Tomita's figure gives examples only (slow: breast, thyroid; moderate: kidney, uterus; "
        "rapid: lung, stomach). Other sites follow the convention of later validation studies "
        "(prostate and carcinoid slow; gastrointestinal, hepatobiliary, bladder, sarcoma, "
        "melanoma and unknown primary rapid; haematological slow); 'other' is taken as moderate.",
    ),
    "radiosensitivity": (
        "laufer2013_noms",
        "Response to conventional EBRT as grouped by NOMS: lymphoma, myeloma, seminoma highly "
        "sensitive; breast, prostate, ovarian and neuroendocrine moderately sensitive; renal, "
        "thyroid, hepatocellular, colorectal, NSCLC, sarcoma and melanoma resistant. Unlisted "
        "solid tumours are treated as resistant (the cautious assumption); centres differ.",
    ),
    "bauer": (
        "leithner2008",
        "Modified Bauer: 1 point if the primary is not lung; 1 point if it is breast, kidney, "
        "lymphoma or multiple myeloma.",
    ),
}
"""Column -> (citekey, how the column was filled)."""


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


_KATAGIRI_SLOW = {P.THYROID, P.MYELOMA, P.LYMPHOMA}
_KATAGIRI_MODERATE = {
    P.KIDNEY,
    P.UTERUS,
    P.OVARY,
    P.SARCOMA,
    P.OSTEOSARCOMA,
    P.OTHER,
    P.CARCINOID,
    P.NEUROENDOCRINE,
    P.SEMINOMA,
}
_KATAGIRI_RAPID = {
    P.COLON,
    P.RECTUM,
    P.STOMACH,
    P.PANCREAS,
    P.ESOPHAGUS,
    P.BLADDER,
    P.MELANOMA,
    P.LIVER,
    P.GALLBLADDER,
    P.UNKNOWN,
}


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
    hormone_dependent = require_bool("hormone_dependent", hormone_dependent)
    targeted_therapy = require_bool("targeted_therapy", targeted_therapy)
    if primary in (P.BREAST, P.PROSTATE):
        return "slow" if hormone_dependent else "moderate"
    if primary is P.LUNG:
        return "moderate" if targeted_therapy else "rapid"
    if primary in _KATAGIRI_SLOW:
        return "slow"
    if primary in _KATAGIRI_RAPID:
        return "rapid"
    return "moderate"


SINS_LOCATION_POINTS: dict[str, int] = {"junctional": 3, "mobile": 2, "semirigid": 1, "rigid": 0}
"""SINS location classes and their points (Fisher 2010)."""

_JUNCTIONAL = {"C1", "C2", "C7", "T1", "T2", "T11", "T12", "L1", "L5", "S1"}
_MOBILE = {"C3", "C4", "C5", "C6", "L2", "L3", "L4"}
_SEMIRIGID = {f"T{i}" for i in range(3, 11)}
_RIGID = {"S2", "S3", "S4", "S5"}


def sins_location(level: str) -> str:
    """SINS location class of a vertebral level (Fisher 2010).

    Junctional: occiput-C2, C7-T2, T11-L1, L5-S1; mobile: C3-C6, L2-L4;
    semi-rigid: T3-T10; rigid: S2-S5.

    >>> sins_location("T12"), sins_location("L3"), sins_location("T6"), sins_location("S3")
    ('junctional', 'mobile', 'semirigid', 'rigid')
    """
    level = require_choice("level", level, SPINAL_LEVELS)
    for name, levels in (
        ("junctional", _JUNCTIONAL),
        ("mobile", _MOBILE),
        ("semirigid", _SEMIRIGID),
        ("rigid", _RIGID),
    ):
        if level in levels:
            return name
    raise InvalidInputError("level", level, "C1-C7, T1-T12, L1-L5, S1-S5")  # pragma: no cover
