"""Tokuhashi preoperative scores for metastatic spine tumours: original (1990) and revised (2005).

Both versions share five items (general condition, extraspinal bone foci,
vertebral-body metastases, visceral metastases, palsy); the revised version
widens the primary-site item from 0-2 to 0-5 points.
"""

from __future__ import annotations

from ..fidelity import secondary
from ..results import Band, ScoreResult
from ..vocabulary import Frankel, Primary
from ._domain import PRIMARY
from ._registry import Instrument
from ._table import Item, Option
from ._tokuhashi_items import COMMON_ITEMS, PALSY, primaries

__all__ = [
    "BANDS_ORIGINAL",
    "BANDS_REVISED",
    "ORIGINAL",
    "RECORDS",
    "REFERENCE_ORIGINAL",
    "REFERENCE_REVISED",
    "REVISED",
    "TABLE_ORIGINAL",
    "TABLE_REVISED",
    "tokuhashi_original",
    "tokuhashi_revised",
]

REFERENCE_ORIGINAL = "tokuhashi1990"
REFERENCE_REVISED = "tokuhashi2005"


TABLE_ORIGINAL: tuple[Item, ...] = (
    *COMMON_ITEMS,
    Item(
        "primary",
        "Primary site of the cancer",
        (
            Option("Lung, stomach", 0, members=primaries("tokuhashi_1990", 0)),
            Option(
                "Kidney, liver, uterus, others, unidentified",
                1,
                members=primaries("tokuhashi_1990", 1),
            ),
            Option("Thyroid, prostate, breast, rectum", 2, members=primaries("tokuhashi_1990", 2)),
        ),
        domain=PRIMARY,
    ),
    PALSY,
)
"""Tokuhashi 1990 point table (Spine 1990;15:1110), six items of 0-2 points, total 0-12.

A NICE evidence-table summary of the 1990 paper puts "others, unidentified" at
2 points; the 1990 table as reproduced elsewhere (and as restated by the 2005
revision, which moved "others" up to 2) gives 1. The suite uses 1 and shows the
conflict to the learner.
"""

TABLE_REVISED: tuple[Item, ...] = (
    *COMMON_ITEMS,
    Item(
        "primary",
        "Primary site of the cancer",
        (
            Option(
                "Lung, osteosarcoma, stomach, bladder, esophagus, pancreas",
                0,
                members=primaries("tokuhashi_2005", 0),
            ),
            Option("Liver, gallbladder, unidentified", 1, members=primaries("tokuhashi_2005", 1)),
            Option("Others", 2, members=primaries("tokuhashi_2005", 2)),
            Option("Kidney, uterus", 3, members=primaries("tokuhashi_2005", 3)),
            Option("Rectum", 4, members=primaries("tokuhashi_2005", 4)),
            Option(
                "Thyroid, breast, prostate, carcinoid tumour",
                5,
                members=primaries("tokuhashi_2005", 5),
            ),
        ),
        domain=PRIMARY,
    ),
    PALSY,
)
"""Revised Tokuhashi point table, total 0-15.

Spine 2005;30:2186, as in the author-corrected table of NICE CG75 appendix 3.
"""

BANDS_ORIGINAL: tuple[Band, ...] = (
    Band(
        0,
        5,
        "Expected survival 3 months or less: palliative or conservative care",
        "poor",
        key="survival_3_months_or_less",
    ),
    Band(
        6,
        8,
        "Expected survival up to 12 months, most under 6: individual decision",
        "intermediate",
        key="survival_up_to_12_months",
    ),
    Band(
        9,
        12,
        "Expected survival 12 months or more: excisional surgery",
        "good",
        key="survival_12_months_or_more",
    ),
)
"""Prognostic groups of the 1990 score."""

BANDS_REVISED: tuple[Band, ...] = (
    Band(
        0,
        8,
        "Predicted survival under 6 months: conservative treatment or palliative surgery",
        "poor",
        key="survival_under_6_months",
    ),
    Band(
        9,
        11,
        "Predicted survival 6 months or more: palliative surgery (excision for a "
        "solitary spinal lesion)",
        "intermediate",
        key="survival_6_months_or_more",
    ),
    Band(
        12,
        15,
        "Predicted survival 1 year or more: excisional surgery",
        "good",
        key="survival_1_year_or_more",
    ),
)
"""Criteria of predicted prognosis of the revised score (Tokuhashi 2005)."""


def tokuhashi_revised(
    *,
    kps: int,
    extraspinal_bone_foci: int,
    vertebral_body_mets: int,
    visceral_mets: str,
    primary: Primary | str,
    frankel: Frankel | str,
) -> ScoreResult:
    """Revised Tokuhashi score (2005), total 0-15.

    Parameters
    ----------
    kps : int
        Karnofsky performance status [%], 10-100 in steps of 10.
    extraspinal_bone_foci : int
        Number of bone metastases outside the spine (>= 0).
    vertebral_body_mets : int
        Number of vertebral bodies with metastasis (>= 1).
    visceral_mets : {"none", "removable", "unremovable"}
        Metastases to major internal organs.
    primary : Primary
        Primary site; sites the paper does not list score as "others".
    frankel : {"A", "B", "C", "D", "E"}
        Frankel grade.

    Returns
    -------
    ScoreResult
        Bands 0-8 (< 6 months), 9-11 (>= 6 months), 12-15 (>= 1 year).

    References
    ----------
    Tokuhashi Y, et al. A revised scoring system for preoperative evaluation of
    metastatic spine tumor prognosis. Spine 2005;30(19):2186-2191.
    doi:10.1097/01.brs.0000180401.06919.a5

    Examples
    --------
    A woman with breast cancer, KPS 70, one other bone focus, two vertebrae,
    no visceral metastasis and Frankel D: 1 + 1 + 1 + 2 + 5 + 1 = 11.

    >>> r = tokuhashi_revised(kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2,
    ...                       visceral_mets="none", primary="breast", frankel="D")
    >>> r.total, r.band.range_text
    (11, '9-11')
    """
    return REVISED.score(
        kps=kps,
        extraspinal_bone_foci=extraspinal_bone_foci,
        vertebral_body_mets=vertebral_body_mets,
        visceral_mets=visceral_mets,
        primary=primary,
        frankel=frankel,
    )


def tokuhashi_original(
    *,
    kps: int,
    extraspinal_bone_foci: int,
    vertebral_body_mets: int,
    visceral_mets: str,
    primary: Primary | str,
    frankel: Frankel | str,
) -> ScoreResult:
    """Original Tokuhashi score (1990), total 0-12.

    Parameters are those of :func:`tokuhashi_revised`; only the primary-site
    item differs (0-2 points).

    Returns
    -------
    ScoreResult
        Bands 0-5, 6-8, 9-12.

    References
    ----------
    Tokuhashi Y, et al. Scoring system for the preoperative evaluation of
    metastatic spine tumor prognosis. Spine 1990;15(11):1110-1113.

    Examples
    --------
    The same patient as in :func:`tokuhashi_revised`: breast now gives 2 points,
    so 1 + 1 + 1 + 2 + 2 + 1 = 8.

    >>> tokuhashi_original(kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2,
    ...                    visceral_mets="none", primary="breast", frankel="D").total
    8
    """
    return ORIGINAL.score(
        kps=kps,
        extraspinal_bone_foci=extraspinal_bone_foci,
        vertebral_body_mets=vertebral_body_mets,
        visceral_mets=visceral_mets,
        primary=primary,
        frankel=frankel,
    )


REVISED = Instrument(
    name="tokuhashi_revised",
    title="Revised Tokuhashi",
    function=tokuhashi_revised,
    items=TABLE_REVISED,
    bands=BANDS_REVISED,
    citekey=REFERENCE_REVISED,
    fidelity=secondary("NICE CG75 appendix 3, the author-corrected table"),
    kind="survival",
)
"""The registry record of the revised (2005) score."""

ORIGINAL = Instrument(
    name="tokuhashi_original",
    title="Original Tokuhashi",
    function=tokuhashi_original,
    items=TABLE_ORIGINAL,
    bands=BANDS_ORIGINAL,
    citekey=REFERENCE_ORIGINAL,
    fidelity=secondary("medicalalgorithms.com reproduction of the 1990 table"),
    kind="survival",
)
"""The registry record of the original (1990) score."""

RECORDS: tuple[Instrument, ...] = (REVISED, ORIGINAL)
