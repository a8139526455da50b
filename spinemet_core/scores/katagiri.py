"""Katagiri "new" prognostic score for skeletal metastasis (2014)."""

from __future__ import annotations

from ..fidelity import secondary
from ..results import Band, ScoreResult
from ._registry import Instrument
from ._table import Item, Option

__all__ = ["BANDS", "INSTRUMENT", "RECORDS", "REFERENCE", "TABLE", "katagiri_new"]

REFERENCE = "katagiri2014"

TABLE: tuple[Item, ...] = (
    Item(
        "growth",
        "Primary lesion",
        (
            Option("Slow growth", 0, members=("slow",)),
            Option("Moderate growth", 2, members=("moderate",)),
            Option("Rapid growth", 3, members=("rapid",)),
        ),
    ),
    Item(
        "visceral",
        "Visceral or cerebral metastases",
        (
            Option("None", 0, members=("none",)),
            Option("Nodular visceral or cerebral metastases", 1, members=("nodular",)),
            Option(
                "Disseminated (pleural, peritoneal or leptomeningeal)", 2, members=("disseminated",)
            ),
        ),
    ),
    Item(
        "labs",
        "Laboratory data",
        (
            Option("Normal", 0, members=("normal",)),
            Option(
                "Abnormal (CRP >= 0.4 mg/dL, LDH >= 250 IU/L or albumin < 3.7 g/dL)",
                1,
                members=("abnormal",),
            ),
            Option(
                "Critical (platelets < 100,000/uL, calcium >= 10.3 mg/dL or total "
                "bilirubin >= 1.4)",
                2,
                members=("critical",),
            ),
        ),
    ),
    Item(
        "ecog",
        "ECOG performance status",
        (
            Option("ECOG 0-2", 0, lo=0, hi=2),
            Option("ECOG 3-4", 1, lo=3, hi=4),
        ),
    ),
    Item(
        "previous_chemotherapy",
        "Previous chemotherapy",
        (Option("No", 0, members=(False,)), Option("Yes", 1, members=(True,))),
    ),
    Item(
        "multiple_bone_mets",
        "Multiple skeletal metastases",
        (Option("No", 0, members=(False,)), Option("Yes", 1, members=(True,))),
    ),
)
"""Katagiri 2014 point table (Cancer Med 2014;3:1359), total 0-10.

The six factors and the group cut-offs are confirmed in the paper's abstract;
the point values and laboratory cut-offs come from secondary reproductions
(see the provenance panel).
"""

BANDS: tuple[Band, ...] = (
    Band(0, 3, "Low risk", "good", key="low"),
    Band(4, 6, "Intermediate risk", "intermediate", key="intermediate"),
    Band(7, 10, "High risk", "poor", key="high"),
)
"""Risk groups of Katagiri 2014."""


def katagiri_new(
    *,
    growth: str,
    visceral: str,
    labs: str,
    ecog: int,
    previous_chemotherapy: bool,
    multiple_bone_mets: bool,
) -> ScoreResult:
    """Katagiri new score (2014), total 0-10.

    Parameters
    ----------
    growth : {"slow", "moderate", "rapid"}
        Primary-lesion group (see :func:`spinemet_core.vocabulary.katagiri_growth`).
    visceral : {"none", "nodular", "disseminated"}
        Visceral or cerebral metastases.
    labs : {"normal", "abnormal", "critical"}
        Laboratory category.
    ecog : int
        ECOG performance status, 0-4.
    previous_chemotherapy : bool
        Cytotoxic chemotherapy given before.
    multiple_bone_mets : bool
        More than one skeletal metastasis.

    Returns
    -------
    ScoreResult
        Bands 0-3 (low), 4-6 (intermediate), 7-10 (high risk).

    References
    ----------
    Katagiri H, et al. New prognostic factors and scoring system for patients
    with skeletal metastasis. Cancer Med 2014;3(5):1359-1367. doi:10.1002/cam4.292

    Examples
    --------
    Lung cancer without targeted therapy (3), nodular lung metastases (1),
    abnormal labs (1), ECOG 2 (0), previous chemotherapy (1), multiple bone
    metastases (1): total 7, high risk.

    >>> r = katagiri_new(growth="rapid", visceral="nodular", labs="abnormal", ecog=2,
    ...                  previous_chemotherapy=True, multiple_bone_mets=True)
    >>> r.total, r.band.label
    (7, 'High risk')
    """
    return INSTRUMENT.score(
        growth=growth,
        visceral=visceral,
        labs=labs,
        ecog=ecog,
        previous_chemotherapy=previous_chemotherapy,
        multiple_bone_mets=multiple_bone_mets,
    )


INSTRUMENT = Instrument(
    name="katagiri_new",
    title="Katagiri (new)",
    function=katagiri_new,
    items=TABLE,
    bands=BANDS,
    citekey=REFERENCE,
    fidelity=secondary("reproductions of the point table; factors, group cut-offs in the abstract"),
    kind="survival",
)
"""The registry record of the Katagiri new score."""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
