"""IMDC (Heng) risk model for metastatic renal cell carcinoma (2009)."""

from __future__ import annotations

from ..fidelity import CONFIRMED
from ..results import Band, ScoreResult
from ..scores._domain import KPS, MONTHS_TO_TREATMENT
from ..scores._registry import Instrument
from ..scores._table import Item, Option

__all__ = [
    "BANDS",
    "INSTRUMENT",
    "INTERVAL_CUTOFF_MONTHS",
    "KPS_CUTOFF",
    "RECORDS",
    "REFERENCE",
    "TABLE",
    "imdc",
]

REFERENCE = "heng2009"

KPS_CUTOFF = 80
"""Karnofsky performance status below this value [%] is adverse."""
INTERVAL_CUTOFF_MONTHS = 12
"""Less than this many months from diagnosis to systemic treatment is adverse."""

_ADVERSE = (Option("Absent", 0, members=(False,)), Option("Present", 1, members=(True,)))

TABLE: tuple[Item, ...] = (
    Item(
        "kps_below_80",
        f"Karnofsky performance status below {KPS_CUTOFF}%",
        (Option("Absent", 0, lo=KPS_CUTOFF), Option("Present", 1, below=KPS_CUTOFF)),
        argument="kps",
        domain=KPS,
    ),
    Item(
        "interval_below_1_year",
        "Less than 1 year from diagnosis to systemic treatment",
        (
            Option("Absent", 0, lo=INTERVAL_CUTOFF_MONTHS),
            Option("Present", 1, below=INTERVAL_CUTOFF_MONTHS),
        ),
        argument="months_diagnosis_to_treatment",
        domain=MONTHS_TO_TREATMENT,
    ),
    Item("hemoglobin_below_lln", "Haemoglobin below the lower limit of normal", _ADVERSE),
    Item("calcium_above_uln", "Corrected calcium above the upper limit of normal", _ADVERSE),
    Item("neutrophils_above_uln", "Neutrophils above the upper limit of normal", _ADVERSE),
    Item("platelets_above_uln", "Platelets above the upper limit of normal", _ADVERSE),
)
"""Six adverse factors, one point each (Heng 2009, J Clin Oncol 27:5794)."""

BANDS: tuple[Band, ...] = (
    Band(0, 0, "Favourable risk", "good", key="favourable"),
    Band(1, 2, "Intermediate risk", "intermediate", key="intermediate"),
    Band(3, 6, "Poor risk", "poor", key="poor"),
)
"""IMDC risk groups."""


def imdc(
    *,
    kps: int,
    months_diagnosis_to_treatment: float,
    hemoglobin_below_lln: bool,
    calcium_above_uln: bool,
    neutrophils_above_uln: bool,
    platelets_above_uln: bool,
) -> ScoreResult:
    """IMDC risk score, 0-6 adverse factors.

    Parameters
    ----------
    kps : int
        Karnofsky performance status [%], 10-100 in steps of 10 (below 80 counts).
    months_diagnosis_to_treatment : float
        Months from diagnosis to the start of systemic treatment, >= 0 (below 12 counts).
    hemoglobin_below_lln, calcium_above_uln, neutrophils_above_uln, platelets_above_uln : bool
        Laboratory factors against the local reference limits (calcium corrected
        for albumin, see :func:`~spinemet_core.rcc.corrected_calcium`).

    Returns
    -------
    ScoreResult
        Bands 0 favourable, 1-2 intermediate, 3-6 poor.

    References
    ----------
    Heng DYC, et al. Prognostic factors for overall survival in patients with
    metastatic renal cell carcinoma treated with vascular endothelial growth
    factor-targeted agents. J Clin Oncol 2009;27(34):5794-5799. doi:10.1200/JCO.2008.21.4809

    Examples
    --------
    KPS 70, treatment 8 months after diagnosis, anaemia: 3 factors, poor risk.

    >>> r = imdc(kps=70, months_diagnosis_to_treatment=8, hemoglobin_below_lln=True,
    ...          calcium_above_uln=False, neutrophils_above_uln=False, platelets_above_uln=False)
    >>> r.total, r.band.label
    (3, 'Poor risk')
    """
    return INSTRUMENT.score(
        kps=kps,
        months_diagnosis_to_treatment=months_diagnosis_to_treatment,
        hemoglobin_below_lln=hemoglobin_below_lln,
        calcium_above_uln=calcium_above_uln,
        neutrophils_above_uln=neutrophils_above_uln,
        platelets_above_uln=platelets_above_uln,
    )


INSTRUMENT = Instrument(
    name="imdc",
    title="IMDC (Heng 2009)",
    function=imdc,
    items=TABLE,
    bands=BANDS,
    citekey=REFERENCE,
    fidelity=CONFIRMED,
    kind="risk_model",
)
"""The registry record of the IMDC model."""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
