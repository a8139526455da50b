"""Spinal Instability Neoplastic Score, SINS (Fisher 2010)."""

from __future__ import annotations

from ..fidelity import secondary
from ..results import Band, ScoreResult
from ..vocabulary import SINS_LOCATION_POINTS, SPINAL_LEVELS, sins_location
from ._domain import Choice
from ._registry import Instrument
from ._table import Item, Option

__all__ = ["BANDS", "INSTRUMENT", "RECORDS", "REFERENCE", "TABLE", "sins"]

REFERENCE = "fisher2010"

_LOCATION_LABELS = {
    "junctional": "Junctional (occiput-C2, C7-T2, T11-L1, L5-S1)",
    "mobile": "Mobile spine (C3-C6, L2-L4)",
    "semirigid": "Semi-rigid (T3-T10)",
    "rigid": "Rigid (S2-S5)",
}

TABLE: tuple[Item, ...] = (
    Item(
        "location",
        "Location",
        tuple(
            Option(
                _LOCATION_LABELS[k],
                v,
                members=tuple(lv for lv in SPINAL_LEVELS if sins_location(lv) == k),
            )
            for k, v in SINS_LOCATION_POINTS.items()
        ),
        argument="level",
        domain=Choice(SPINAL_LEVELS),
    ),
    Item(
        "pain",
        "Pain",
        (
            Option(
                "Mechanical pain (relieved by lying down, or worse with movement or loading)",
                3,
                members=("mechanical",),
            ),
            Option("Occasional pain, not mechanical", 1, members=("occasional",)),
            Option("Pain-free lesion", 0, members=("none",)),
        ),
    ),
    Item(
        "lesion",
        "Bone lesion",
        (
            Option("Lytic", 2, members=("lytic",)),
            Option("Mixed (lytic and blastic)", 1, members=("mixed",)),
            Option("Blastic", 0, members=("blastic",)),
        ),
    ),
    Item(
        "alignment",
        "Radiographic spinal alignment",
        (
            Option("Subluxation or translation present", 4, members=("subluxation",)),
            Option("De novo deformity (kyphosis or scoliosis)", 2, members=("deformity",)),
            Option("Normal alignment", 0, members=("normal",)),
        ),
    ),
    Item(
        "collapse",
        "Vertebral body collapse",
        (
            Option("More than 50% collapse", 3, members=("over_50",)),
            Option("Less than 50% collapse", 2, members=("under_50",)),
            Option(
                "No collapse, but more than 50% of the body involved",
                1,
                members=("involved_over_50",),
            ),
            Option("None of the above", 0, members=("none",)),
        ),
    ),
    Item(
        "posterolateral",
        "Posterolateral involvement (facet, pedicle or costovertebral joint fracture or "
        "replacement with tumour)",
        (
            Option("Bilateral", 3, members=("bilateral",)),
            Option("Unilateral", 1, members=("unilateral",)),
            Option("None of the above", 0, members=("none",)),
        ),
    ),
)
"""SINS point table (Fisher 2010, Spine 35:E1221), six items, total 0-18."""

BANDS: tuple[Band, ...] = (
    Band(0, 6, "Stable", key="stable"),
    Band(
        7,
        12,
        "Indeterminate (possibly impending) instability: surgical consultation",
        key="indeterminate",
    ),
    Band(13, 18, "Unstable: surgical consultation", key="unstable"),
)
"""SINS categories (Fisher 2010). Any total of 7 or more warrants a surgical opinion."""


def sins(
    *, level: str, pain: str, lesion: str, alignment: str, collapse: str, posterolateral: str
) -> ScoreResult:
    """Spinal Instability Neoplastic Score, total 0-18.

    Parameters
    ----------
    level : str
        Vertebral level of the lesion, "C1"-"C7", "T1"-"T12", "L1"-"L5", "S1"-"S5".
    pain : {"mechanical", "occasional", "none"}
    lesion : {"lytic", "mixed", "blastic"}
    alignment : {"subluxation", "deformity", "normal"}
    collapse : {"over_50", "under_50", "involved_over_50", "none"}
    posterolateral : {"bilateral", "unilateral", "none"}

    Returns
    -------
    ScoreResult
        Bands 0-6 stable, 7-12 indeterminate, 13-18 unstable.

    References
    ----------
    Fisher CG, et al. A novel classification system for spinal instability in
    neoplastic disease. Spine 2010;35(22):E1221-E1229. doi:10.1097/BRS.0b013e3181e16ae2

    Examples
    --------
    A lytic T12 lesion with mechanical pain, normal alignment, less than 50%
    collapse and unilateral facet involvement: 3 + 3 + 2 + 0 + 2 + 1 = 11.

    >>> r = sins(level="T12", pain="mechanical", lesion="lytic", alignment="normal",
    ...          collapse="under_50", posterolateral="unilateral")
    >>> r.total, r.band.range_text
    (11, '7-12')
    """
    return INSTRUMENT.score(
        level=level,
        pain=pain,
        lesion=lesion,
        alignment=alignment,
        collapse=collapse,
        posterolateral=posterolateral,
    )


INSTRUMENT = Instrument(
    name="sins",
    title="SINS",
    function=sins,
    items=TABLE,
    bands=BANDS,
    citekey=REFERENCE,
    fidelity=secondary("Radiopaedia, CancerCalc and the Fourney 2011 reprint"),
    kind="instability",
)
"""The registry record of the Spinal Instability Neoplastic Score."""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
