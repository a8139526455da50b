"""MSKCC (Motzer) risk model for advanced renal cell carcinoma: 1999 and 2002 versions.

Both use KPS below 80%, LDH above 1.5 x ULN, haemoglobin below LLN and corrected
calcium above 10 mg/dL. The fifth factor differs: absence of prior nephrectomy
(1999) or less than a year from diagnosis to treatment (2002). Calculator sites
often mix the two.
"""

from __future__ import annotations

from ..errors import InvalidInputError, require_bool, require_int, require_number
from ..results import Band, ScoreResult
from ..scores._table import Item, Option, score_items

__all__ = ["BANDS", "CALCIUM_CUTOFF_MG_DL", "REFERENCES", "TABLES", "mskcc"]

REFERENCES = {1999: "motzer1999", 2002: "motzer2002"}
CALCIUM_CUTOFF_MG_DL = 10.0
"""Corrected calcium above this value [mg/dL] is adverse."""

_ADVERSE = (Option("Absent", 0, members=(False,)), Option("Present", 1, members=(True,)))
_SHARED = (
    Item("kps_below_80", "Karnofsky performance status below 80%", _ADVERSE),
    Item("ldh_over_1_5_uln", "LDH above 1.5 x the upper limit of normal", _ADVERSE),
    Item("hemoglobin_below_lln", "Haemoglobin below the lower limit of normal", _ADVERSE),
    Item("calcium_over_10", "Corrected calcium above 10 mg/dL", _ADVERSE),
)
TABLES: dict[int, tuple[Item, ...]] = {
    1999: (*_SHARED, Item("no_prior_nephrectomy", "No prior nephrectomy", _ADVERSE)),
    2002: (
        *_SHARED,
        Item(
            "interval_below_1_year",
            "Less than 1 year from diagnosis to interferon treatment",
            _ADVERSE,
        ),
    ),
}
"""Five adverse factors per version (Motzer 1999, J Clin Oncol 17:2530; Motzer 2002, 20:289)."""

BANDS: tuple[Band, ...] = (
    Band(0, 0, "Favourable risk", "good"),
    Band(1, 2, "Intermediate risk", "intermediate"),
    Band(3, 5, "Poor risk", "poor"),
)
"""MSKCC risk groups (same cut-offs in both versions)."""


def mskcc(
    *,
    version: int,
    kps: int,
    ldh_over_1_5_uln: bool,
    hemoglobin_below_lln: bool,
    corrected_calcium_mg_dl: float,
    prior_nephrectomy: bool | None = None,
    months_diagnosis_to_treatment: float | None = None,
) -> ScoreResult:
    """MSKCC risk score, 0-5 adverse factors.

    Parameters
    ----------
    version : {1999, 2002}
        1999 uses ``prior_nephrectomy``; 2002 uses ``months_diagnosis_to_treatment``.
    kps : int
        Karnofsky performance status [%], 10-100 in steps of 10.
    ldh_over_1_5_uln, hemoglobin_below_lln : bool
    corrected_calcium_mg_dl : float
        Albumin-corrected calcium [mg/dL]; counts when above 10.
    prior_nephrectomy : bool
        Required for version 1999 only.
    months_diagnosis_to_treatment : float
        Required for version 2002 only; below 12 counts.

    Returns
    -------
    ScoreResult
        Bands 0 favourable, 1-2 intermediate, 3-5 poor.

    Examples
    --------
    The same patient under both versions: no nephrectomy counts in 1999, a
    3-year interval does not count in 2002.

    >>> common = dict(kps=90, ldh_over_1_5_uln=False, hemoglobin_below_lln=True,
    ...               corrected_calcium_mg_dl=9.5)
    >>> mskcc(version=1999, prior_nephrectomy=False, **common).total
    2
    >>> mskcc(version=2002, months_diagnosis_to_treatment=36, **common).total
    1
    """
    if isinstance(version, bool) or version not in (1999, 2002):
        raise InvalidInputError("version", version, "1999, 2002")
    values = {
        "kps_below_80": require_int("kps", kps, minimum=10, maximum=100, step=10) < 80,
        "ldh_over_1_5_uln": require_bool("ldh_over_1_5_uln", ldh_over_1_5_uln),
        "hemoglobin_below_lln": require_bool("hemoglobin_below_lln", hemoglobin_below_lln),
        "calcium_over_10": require_number(
            "corrected_calcium_mg_dl", corrected_calcium_mg_dl, minimum=2, maximum=25
        )
        > CALCIUM_CUTOFF_MG_DL,
    }
    if version == 1999:
        if months_diagnosis_to_treatment is not None:
            raise InvalidInputError(
                "months_diagnosis_to_treatment",
                months_diagnosis_to_treatment,
                "None for version 1999 (it uses prior_nephrectomy)",
            )
        values["no_prior_nephrectomy"] = not require_bool("prior_nephrectomy", prior_nephrectomy)
    else:
        if prior_nephrectomy is not None:
            raise InvalidInputError(
                "prior_nephrectomy",
                prior_nephrectomy,
                "None for version 2002 (it uses months_diagnosis_to_treatment)",
            )
        months = require_number(
            "months_diagnosis_to_treatment", months_diagnosis_to_treatment, minimum=0, maximum=600
        )
        values["interval_below_1_year"] = months < 12
    return score_items(f"mskcc_{version}", TABLES[version], values, BANDS, REFERENCES[version])
