"""Tomita prognostic score and surgical strategy for spinal metastases (2001)."""

from __future__ import annotations

from ..fidelity import secondary
from ..results import Band, ScoreResult
from ._registry import Instrument
from ._table import Item, Option

__all__ = ["BANDS", "INSTRUMENT", "RECORDS", "REFERENCE", "TABLE", "tomita"]

REFERENCE = "tomita2001"

TABLE: tuple[Item, ...] = (
    Item(
        "growth",
        "Primary tumour (growth rate)",
        (
            Option("Slow growth", 1, members=("slow",)),
            Option("Moderate growth", 2, members=("moderate",)),
            Option("Rapid growth", 4, members=("rapid",)),
        ),
    ),
    Item(
        "visceral_mets",
        "Visceral metastases",
        (
            Option("None", 0, members=("none",)),
            Option("Treatable", 2, members=("treatable",)),
            Option("Untreatable", 4, members=("untreatable",)),
        ),
    ),
    Item(
        "bone_mets",
        "Bone metastases (including spine)",
        (
            Option("Solitary or isolated", 1, members=("solitary",)),
            Option("Multiple", 2, members=("multiple",)),
        ),
    ),
)
"""Tomita 2001 point table (Spine 2001;26:298), total 2-10.

The point values come from secondary reproductions; the figure in the paper was
not reachable when this table was written (see the provenance panel).
"""

BANDS: tuple[Band, ...] = (
    Band(2, 3, "Long-term local control: wide or marginal excision", "good", key="long_term"),
    Band(
        4,
        5,
        "Middle-term local control: marginal or intralesional excision",
        "intermediate",
        key="middle_term",
    ),
    Band(6, 7, "Short-term palliation: palliative surgery", "poor", key="short_term"),
    Band(8, 10, "Terminal care: supportive, non-operative", "poor", key="terminal_care"),
)
"""Treatment goal and surgical strategy per total (Tomita 2001)."""


def tomita(*, growth: str, visceral_mets: str, bone_mets: str) -> ScoreResult:
    """Tomita score (2001), total 2-10.

    Parameters
    ----------
    growth : {"slow", "moderate", "rapid"}
        Growth rate of the primary (see :func:`spinemet_core.vocabulary.tomita_growth`).
    visceral_mets : {"none", "treatable", "untreatable"}
        Visceral metastases.
    bone_mets : {"solitary", "multiple"}
        Bone metastases, spine included.

    Returns
    -------
    ScoreResult
        Bands 2-3, 4-5, 6-7, 8-10, each labelled with Tomita's treatment goal.

    References
    ----------
    Tomita K, et al. Surgical strategy for spinal metastases. Spine
    2001;26(3):298-306.

    Examples
    --------
    Renal cell carcinoma (moderate growth), no visceral metastasis, one lesion:
    2 + 0 + 1 = 3, long-term local control.

    >>> r = tomita(growth="moderate", visceral_mets="none", bone_mets="solitary")
    >>> r.total, r.band.label.split(":")[0]
    (3, 'Long-term local control')
    """
    return INSTRUMENT.score(growth=growth, visceral_mets=visceral_mets, bone_mets=bone_mets)


INSTRUMENT = Instrument(
    name="tomita",
    title="Tomita",
    function=tomita,
    items=TABLE,
    bands=BANDS,
    citekey=REFERENCE,
    fidelity=secondary("open-source implementations and reviews (paper's figure not reached)"),
    kind="survival",
)
"""The registry record of the Tomita score."""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
