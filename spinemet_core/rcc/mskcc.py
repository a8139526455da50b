"""MSKCC (Motzer) risk model for advanced renal cell carcinoma: 1999 and 2002 versions.

Both use KPS below 80%, LDH above 1.5 x ULN, haemoglobin below LLN and corrected
calcium above 10 mg/dL. The fifth factor differs: absence of prior nephrectomy
(1999) or less than a year from diagnosis to treatment (2002). Calculator sites
often mix the two.
"""

from __future__ import annotations

from functools import partial

from ..errors import InvalidInputError
from ..fidelity import CONFIRMED, secondary
from ..results import Band, ScoreResult
from ..scores._domain import KPS, MONTHS_TO_TREATMENT, Number
from ..scores._registry import Instrument
from ..scores._table import Item, Option

__all__ = [
    "BANDS",
    "CALCIUM_CUTOFF_MG_DL",
    "INSTRUMENT",
    "INTERVAL_CUTOFF_MONTHS",
    "KPS_CUTOFF",
    "LDH_ULN_MULTIPLE",
    "RECORDS",
    "REFERENCES",
    "TABLES",
    "mskcc",
]

REFERENCES = {1999: "motzer1999", 2002: "motzer2002"}
CALCIUM_CUTOFF_MG_DL = 10.0
"""Corrected calcium above this value [mg/dL] is adverse."""
LDH_ULN_MULTIPLE = 1.5
"""LDH above this multiple of the upper limit of normal is adverse."""
KPS_CUTOFF = 80
"""Karnofsky performance status below this value [%] is adverse."""
INTERVAL_CUTOFF_MONTHS = 12
"""Version 2002: less than this many months from diagnosis to treatment is adverse."""
CALCIUM = Number(minimum=2, maximum=25)
"""Corrected calcium [mg/dL]: a plausibility range."""

_ADVERSE = (Option("Absent", 0, members=(False,)), Option("Present", 1, members=(True,)))
_SHARED = (
    Item(
        "kps_below_80",
        f"Karnofsky performance status below {KPS_CUTOFF}%",
        (Option("Absent", 0, lo=KPS_CUTOFF), Option("Present", 1, below=KPS_CUTOFF)),
        argument="kps",
        domain=KPS,
    ),
    Item(
        "ldh_over_1_5_uln", f"LDH above {LDH_ULN_MULTIPLE:g} x the upper limit of normal", _ADVERSE
    ),
    Item("hemoglobin_below_lln", "Haemoglobin below the lower limit of normal", _ADVERSE),
    Item(
        "calcium_over_10",
        f"Corrected calcium above {CALCIUM_CUTOFF_MG_DL:g} mg/dL",
        (
            Option("Absent", 0, hi=CALCIUM_CUTOFF_MG_DL),
            Option("Present", 1, above=CALCIUM_CUTOFF_MG_DL),
        ),
        argument="corrected_calcium_mg_dl",
        domain=CALCIUM,
    ),
)
TABLES: dict[int, tuple[Item, ...]] = {
    1999: (
        *_SHARED,
        Item(
            "no_prior_nephrectomy",
            "No prior nephrectomy",
            (Option("Absent", 0, members=(True,)), Option("Present", 1, members=(False,))),
            argument="prior_nephrectomy",
        ),
    ),
    2002: (
        *_SHARED,
        Item(
            "interval_below_1_year",
            "Less than 1 year from diagnosis to interferon treatment",
            (
                Option("Absent", 0, lo=INTERVAL_CUTOFF_MONTHS),
                Option("Present", 1, below=INTERVAL_CUTOFF_MONTHS),
            ),
            argument="months_diagnosis_to_treatment",
            domain=MONTHS_TO_TREATMENT,
        ),
    ),
}
"""Five adverse factors per version (Motzer 1999, J Clin Oncol 17:2530; Motzer 2002, 20:289)."""

BANDS: tuple[Band, ...] = (
    Band(0, 0, "Favourable risk", "good", key="favourable"),
    Band(1, 2, "Intermediate risk", "intermediate", key="intermediate"),
    Band(3, 5, "Poor risk", "poor", key="poor"),
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
    version = INSTRUMENT.arguments["version"].validate("version", version)
    record = INSTRUMENT.versions[version]
    shared = {
        "kps": kps,
        "ldh_over_1_5_uln": ldh_over_1_5_uln,
        "hemoglobin_below_lln": hemoglobin_below_lln,
        "corrected_calcium_mg_dl": corrected_calcium_mg_dl,
    }
    for name, value in shared.items():
        record.arguments[name].validate(name, value)
    specific = {
        "prior_nephrectomy": prior_nephrectomy,
        "months_diagnosis_to_treatment": months_diagnosis_to_treatment,
    }
    for name, value in specific.items():
        if name not in record.arguments and value is not None:
            uses = ", ".join(n for n in specific if n in record.arguments)
            raise InvalidInputError(name, value, f"None for version {version} (it uses {uses})")
    return record.score(**shared, **specific)


FIDELITY = {
    1999: secondary("MDApp, TabletWise and thecalculator.co calculators; a Danish guideline page"),
    2002: CONFIRMED,  # abstract (MSKCC publication records)
}
"""How far each version's factors, cut-offs and groups were checked (see ``fidelity``)."""

INSTRUMENT = Instrument(
    name="mskcc",
    title="MSKCC (Motzer)",
    function=mskcc,
    items=(),
    bands=BANDS,
    citekey=REFERENCES[1999],
    fidelity=FIDELITY[1999],
    kind="risk_model",
    versions={
        version: Instrument(
            name=f"mskcc_{version}",
            title=f"MSKCC {version} (Motzer)",
            function=partial(mskcc, version=version),
            items=table,
            bands=BANDS,
            citekey=REFERENCES[version],
            fidelity=FIDELITY[version],
            kind="risk_model",
        )
        for version, table in TABLES.items()
    },
)
"""The registry record of the MSKCC model: a family of two versions.

``INSTRUMENT.versions[1999]`` and ``[2002]`` each hold that version's items and
citekey, with ``function`` bound to the version; the family record itself has
no items and cites the first publication.
"""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
