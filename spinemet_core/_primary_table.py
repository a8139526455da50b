"""The primary-tumour table: every primary site and how each instrument classifies it.

Data only, re-exported by :mod:`spinemet_core.vocabulary` (import it from
there). Every column carries a citekey (:data:`PRIMARY_TABLE_SOURCES`), and
every cell says whether the instrument lists that primary explicitly or the
suite applies the instrument's "others" rule (or a documented convention).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["PRIMARY_TABLE", "PRIMARY_TABLE_SOURCES", "Primary", "PrimaryCategories"]


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
    HEAD_AND_NECK = "head_and_neck"
    CERVIX = "cervix"
    OTHER = "other"


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
    P.HEAD_AND_NECK: _row((1, _O), (2, _O), ("moderate", _O), ("resistant", _O)),
    P.CERVIX: _row((1, _O), (2, _O), ("moderate", _O), ("resistant", _O)),
    P.OTHER: _row((1, _L), (2, _L), ("moderate", _O), ("resistant", _O)),
}
"""Primary -> every instrument's category (see :data:`PRIMARY_TABLE_SOURCES`)."""

PRIMARY_TABLE_SOURCES: dict[str, tuple[str, str]] = {
    "tokuhashi_1990": (
        "tokuhashi1990",
        "Lung, stomach 0; kidney, liver, uterus, others, unidentified 1; thyroid, prostate, "
        "breast, rectum 2. Unlisted primaries score as 'others' (1); the cervix scores 1 "
        "whether read as uterus or as 'others'.",
    ),
    "tokuhashi_2005": (
        "tokuhashi2005",
        "Lung, osteosarcoma, stomach, bladder, esophagus, pancreas 0; liver, gallbladder, "
        "unidentified 1; others 2; kidney, uterus 3; rectum 4; thyroid, breast, prostate, "
        "carcinoid 5. Unlisted primaries (e.g. colon, head and neck) score as 'others' (2). "
        "The table does not say whether 'uterus' includes the cervix; the suite scores the "
        "cervix, which Katagiri 2014 separates from endometrial cancer, as 'others' (2).",
    ),
    "tomita_growth": (
        "tomita2001",
        "Tomita's figure gives examples only (slow: breast, thyroid; moderate: kidney, uterus; "
        "rapid: lung, stomach). Other sites follow the convention of later validation studies "
        "(prostate and carcinoid slow; gastrointestinal, hepatobiliary, bladder, sarcoma, "
        "melanoma and unknown primary rapid; haematological slow); 'other' is taken as moderate, "
        "and so are head and neck and the cervix (moderate, like the uterus).",
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
