"""Modified Bauer score (Leithner 2008): Bauer's score without the pathological-fracture item."""

from __future__ import annotations

from ..fidelity import secondary
from ..results import Band, ScoreResult
from ..vocabulary import PRIMARY_TABLE, Primary
from ._domain import PRIMARY
from ._registry import Instrument
from ._table import Item, Option

__all__ = ["BANDS", "INSTRUMENT", "RECORDS", "REFERENCE", "TABLE", "bauer_modified"]

REFERENCE = "leithner2008"


def _primaries(flag: str, value: bool) -> tuple[Primary, ...]:
    return tuple(p for p, row in PRIMARY_TABLE.items() if getattr(row, flag) is value)


TABLE: tuple[Item, ...] = (
    Item(
        "no_visceral_mets",
        "No visceral metastases",
        (
            Option("Visceral metastases present", 0, members=(True,)),
            Option("No visceral metastases", 1, members=(False,)),
        ),
        argument="visceral_mets",
    ),
    Item(
        "primary_not_lung",
        "Primary tumour is not lung cancer",
        (
            Option("Lung cancer", 0, members=_primaries("bauer_lung", True)),
            Option("Not lung cancer", 1, members=_primaries("bauer_lung", False)),
        ),
        argument="primary",
        domain=PRIMARY,
    ),
    Item(
        "primary_favourable",
        "Primary is breast, kidney, lymphoma or multiple myeloma",
        (
            Option("Other primary", 0, members=_primaries("bauer_favourable", False)),
            Option(
                "Breast, kidney, lymphoma or myeloma",
                1,
                members=_primaries("bauer_favourable", True),
            ),
        ),
        argument="primary",
        domain=PRIMARY,
    ),
    Item(
        "solitary_skeletal",
        "Solitary skeletal metastasis",
        (
            Option("More than one skeletal metastasis", 0, members=(False,)),
            Option("Solitary skeletal metastasis", 1, members=(True,)),
        ),
    ),
)
"""Modified Bauer table (Leithner 2008, Eur Spine J 17:1488): one point per favourable factor."""

BANDS: tuple[Band, ...] = (
    Band(0, 1, "Supportive care, no surgery", "poor", key="supportive_care"),
    Band(
        2,
        2,
        "Short-term palliation: posterior (dorsal) surgery",
        "intermediate",
        key="short_term",
    ),
    Band(
        3,
        4,
        "Middle-term local control: combined anterior and posterior surgery",
        "good",
        key="middle_term",
    ),
)
"""Groups and suggested treatment of the modified Bauer score."""


def bauer_modified(
    *, visceral_mets: bool, primary: Primary | str, solitary_skeletal: bool
) -> ScoreResult:
    """Modified Bauer score, total 0-4.

    Parameters
    ----------
    visceral_mets : bool
        Visceral metastases present.
    primary : Primary
        Primary site (lung scores 0 on "not lung"; breast, kidney, lymphoma and
        myeloma score 1 on "favourable primary").
    solitary_skeletal : bool
        The spinal lesion is the only skeletal metastasis.

    Returns
    -------
    ScoreResult
        Bands 0-1, 2, 3-4.

    References
    ----------
    Leithner A, et al. Predictive value of seven preoperative prognostic scoring
    systems for spinal metastases. Eur Spine J 2008;17(11):1488-1495.
    doi:10.1007/s00586-008-0763-1

    Examples
    --------
    Renal cell carcinoma, no visceral metastasis, solitary lesion: 4 points.

    >>> bauer_modified(visceral_mets=False, primary="kidney", solitary_skeletal=True).total
    4
    """
    return INSTRUMENT.score(
        visceral_mets=visceral_mets, primary=primary, solitary_skeletal=solitary_skeletal
    )


INSTRUMENT = Instrument(
    name="bauer_modified",
    title="Modified Bauer",
    function=bauer_modified,
    items=TABLE,
    bands=BANDS,
    citekey=REFERENCE,
    fidelity=secondary("dss.dign.eu calculator citing the paper; items in the abstract"),
    kind="survival",
)
"""The registry record of the modified Bauer score."""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
