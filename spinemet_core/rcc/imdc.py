"""IMDC (Heng) risk model for metastatic renal cell carcinoma (2009)."""

from __future__ import annotations

from ..errors import require_bool, require_int, require_number
from ..results import Band, ScoreResult
from ..scores._table import Item, Option, score_items

__all__ = ["BANDS", "REFERENCE", "TABLE", "imdc"]

REFERENCE = "heng2009"

_ADVERSE = (Option("Absent", 0, members=(False,)), Option("Present", 1, members=(True,)))

TABLE: tuple[Item, ...] = (
    Item("kps_below_80", "Karnofsky performance status below 80%", _ADVERSE),
    Item(
        "interval_below_1_year", "Less than 1 year from diagnosis to systemic treatment", _ADVERSE
    ),
    Item("hemoglobin_below_lln", "Haemoglobin below the lower limit of normal", _ADVERSE),
    Item("calcium_above_uln", "Corrected calcium above the upper limit of normal", _ADVERSE),
    Item("neutrophils_above_uln", "Neutrophils above the upper limit of normal", _ADVERSE),
    Item("platelets_above_uln", "Platelets above the upper limit of normal", _ADVERSE),
)
"""Six adverse factors, one point each (Heng 2009, J Clin Oncol 27:5794)."""

BANDS: tuple[Band, ...] = (
    Band(0, 0, "Favourable risk", "good"),
    Band(1, 2, "Intermediate risk", "intermediate"),
    Band(3, 6, "Poor risk", "poor"),
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
    kps = require_int("kps", kps, minimum=10, maximum=100, step=10)
    months = require_number(
        "months_diagnosis_to_treatment", months_diagnosis_to_treatment, minimum=0, maximum=600
    )
    values = {
        "kps_below_80": kps < 80,
        "interval_below_1_year": months < 12,
        "hemoglobin_below_lln": require_bool("hemoglobin_below_lln", hemoglobin_below_lln),
        "calcium_above_uln": require_bool("calcium_above_uln", calcium_above_uln),
        "neutrophils_above_uln": require_bool("neutrophils_above_uln", neutrophils_above_uln),
        "platelets_above_uln": require_bool("platelets_above_uln", platelets_above_uln),
    }
    return score_items("imdc", TABLE, values, BANDS, REFERENCE)
