"""Published numbers on radiotherapy for spinal metastases, as data; the index of all findings.

Each :class:`Finding` carries its citekey and the data cut it comes from. Figures
the suite could not confirm against the source are not listed here; they are
named in :data:`LEFT_OUT` so the dashboards can say what is missing and why.
Separation surgery (:mod:`.separation`) and fracture after SBRT (:mod:`.fracture`)
have their own modules; their names are re-exported here.
"""

from __future__ import annotations

from ..fidelity import CONFIRMED, Fidelity, secondary
from .arms import ARMS
from .finding import Finding
from .fracture import FIDELITY as _FRACTURE
from .fracture import SAHGAL_2013_RISK_FACTORS, SAHGAL_2013_VCF
from .separation import FIDELITY as _SEPARATION
from .separation import LAUFER_2013, PATCHELL_2005

__all__ = [
    "ALL_FINDINGS",
    "FIDELITY",
    "LAUFER_2013",
    "LEFT_OUT",
    "LOCAL_CONTROL_BY_HISTOLOGY",
    "PAIN_TRIALS",
    "PATCHELL_2005",
    "RADES_2005",
    "SAHGAL_2013_RISK_FACTORS",
    "SAHGAL_2013_VCF",
    "SCORAD",
    "TRIAL_SIZES",
    "Finding",
]


(_MARANZANO,) = ARMS["Maranzano 1995"]
(_YAMADA,) = ARMS["Yamada 2017"]
_SC24_SBRT, _SC24_CEBRT = ARMS["SC.24"]
_RTOG_SRS, _RTOG_CEBRT = ARMS["RTOG 0631"]

LOCAL_CONTROL_BY_HISTOLOGY: tuple[Finding, ...] = (
    Finding(
        "Maranzano 1995",
        f"myeloma ({_MARANZANO.label})",
        "median duration of response",
        16,
        "months",
        "maranzano1995",
        "275 patients with cord compression, 209 evaluable",
    ),
    Finding(
        "Maranzano 1995",
        f"breast ({_MARANZANO.label})",
        "median duration of response",
        12,
        "months",
        "maranzano1995",
        "275 patients with cord compression, 209 evaluable",
    ),
    Finding(
        "Maranzano 1995",
        f"prostate ({_MARANZANO.label})",
        "median duration of response",
        10,
        "months",
        "maranzano1995",
        "275 patients with cord compression, 209 evaluable",
    ),
    Finding(
        "Guckenberger 2014",
        "all histologies (SBRT, median 24 Gy / 3)",
        "local control at 2 years",
        83.9,
        "%",
        "guckenberger2014",
        "301 patients, 387 metastases, multi-institutional",
    ),
    Finding(
        "Yamada 2017",
        f"all histologies ({_YAMADA.label})",
        "lesions without local progression (crude, 783 of 811)",
        96.5,
        "%",
        "yamada2017",
        "657 patients, 811 lesions; histology did not predict failure, dose did",
    ),
)
"""Local control with conventional EBRT and with SRS. Crude percentages computed by the suite
from published counts say so in their measure."""

RADES_2005: tuple[Finding, ...] = tuple(
    Finding(
        "Rades 2005",
        schedule,
        measure,
        value,
        "%",
        "rades2005",
        "1,304 patients with cord compression, retrospective",
    )
    for schedule, improved, walking in (
        ("8 Gy x 1", 26, 69),
        ("20 Gy / 5", 28, 68),
        ("30 Gy / 10", 27, 63),
        ("37.5 Gy / 15", 31, 66),
        ("40 Gy / 20", 28, 74),
    )
    for measure, value in (
        ("motor function improved", improved),
        ("ambulatory after radiotherapy", walking),
    )
)
"""Rades 2005: function after conventional EBRT did not depend on the schedule (p = 0.578 for
walking). Its in-field recurrence by schedule is left out (not confirmed)."""

PAIN_TRIALS: tuple[Finding, ...] = (
    Finding(
        "SC.24",
        f"{_SC24_SBRT.label} (n = 114)",
        "complete pain response at 3 months",
        35,
        "%",
        "sahgal2021_sc24",
        "229 randomised patients",
    ),
    Finding(
        "SC.24",
        f"{_SC24_CEBRT.label} (n = 115)",
        "complete pain response at 3 months",
        14,
        "%",
        "sahgal2021_sc24",
        "229 randomised patients",
    ),
    Finding(
        "RTOG 0631",
        _RTOG_SRS.label,
        "pain response at 3 months",
        41.3,
        "%",
        "ryu2023_rtog0631",
        "339 analysed patients, randomised 2:1",
    ),
    Finding(
        "RTOG 0631",
        _RTOG_CEBRT.label,
        "pain response at 3 months",
        60.5,
        "%",
        "ryu2023_rtog0631",
        "339 analysed patients, randomised 2:1",
    ),
)
"""The two randomised pain trials that disagree (different fractionation and endpoints)."""

SCORAD: tuple[Finding, ...] = (
    Finding(
        "SCORAD III",
        "8 Gy x 1",
        "ambulatory at 8 weeks",
        69.3,
        "%",
        "hoskin2019_scorad",
        "686 randomised patients with cord compression",
    ),
    Finding(
        "SCORAD III",
        "20 Gy / 5",
        "ambulatory at 8 weeks",
        72.7,
        "%",
        "hoskin2019_scorad",
        "686 randomised patients with cord compression",
    ),
)
"""SCORAD III: single fraction just missed non-inferiority (lower bound -11.5% vs margin -11%)."""

_SC24 = ("SC.24", "sahgal2021_sc24", "229 randomised patients")
TRIAL_SIZES: tuple[Finding, ...] = (
    Finding(*_SC24[:1], "all", "patients randomised", 229, "patients", *_SC24[1:]),
    Finding(
        *_SC24[:1],
        f"{_SC24_SBRT.label} against {_SC24_CEBRT.label}",
        "risk ratio of complete pain response at 3 months",
        1.33,
        "",
        *_SC24[1:],
        interval=(1.14, 1.55),
    ),
    Finding(
        "Rades 2005",
        "all",
        "patients with cord compression",
        1304,
        "patients",
        "rades2005",
        "1,304 patients with cord compression, retrospective",
    ),
    Finding(
        "Rades 2005",
        "all schedules",
        "p value, ambulatory after radiotherapy across schedules",
        0.578,
        "",
        "rades2005",
        "1,304 patients with cord compression, retrospective",
    ),
    *(
        Finding(
            "Yamada 2017",
            _YAMADA.label,
            measure,
            value,
            "lesions",
            "yamada2017",
            "657 patients, 811 lesions; histology did not predict failure, dose did",
        )
        for measure, value in (("lesions treated", 811), ("lesions with local progression", 28))
    ),
    Finding(
        "RTOG 0631",
        "0-10 Numerical Rating Pain Scale",
        "pain response: improvement of at least",
        3,
        "points",
        "ryu2023_rtog0631",
        "339 analysed patients, randomised 2:1",
        CONFIRMED,  # abstract (PubMed 37079324); the 11-point scale: NCT00922974
    ),
)
"""Trial sizes, test statistics and endpoint definitions quoted in the prose of dashboard 04
and its notebook."""

LEFT_OUT: dict[str, str] = {
    "Laufer 2013, 24 Gy x 1 group": "1-year local progression (about 9% in secondary sources) "
    "not confirmed against the paper",
    "Patchell 2005, survival and continence": "126 vs 100 days survival and 156 vs 17 days "
    "continence not confirmed",
    "Rades 2005, in-field recurrence by schedule": "24/26/14/9/7% at 2 years not confirmed",
    "cEBRT durable control of radioresistant tumours": "the often quoted 'about 30%' has no "
    "confirmed source",
    "SBRT local failure, radioresistant vs prostate reference": "1- and 2-year local failure "
    "19.2% / 22.4% vs 3.2% / 8.4% (605 patients, 1,394 segments) appear in a reproduced "
    "abstract, but its authors, journal and year could not be confirmed",
    "Dose fall-off between target and cord": "no published source for a typical gradient in "
    "%/mm was confirmed; the separation model's 10%/mm default is illustrative",
}
"""Numbers deliberately not shown, and why."""

ALL_FINDINGS: tuple[Finding, ...] = (
    *LAUFER_2013,
    *PATCHELL_2005,
    *SAHGAL_2013_VCF,
    *LOCAL_CONTROL_BY_HISTOLOGY,
    *PAIN_TRIALS,
    *SCORAD,
)
"""The findings drawn in tables and figures, for checks that run over all of them
(:data:`RADES_2005` and :data:`TRIAL_SIZES` are quoted in prose)."""

FIDELITY: dict[str, Fidelity] = {
    **_SEPARATION,
    **_FRACTURE,
    "maranzano1995": CONFIRMED,  # abstract (PubMed)
    "guckenberger2014": CONFIRMED,  # full text (PMC4205292)
    "yamada2017": CONFIRMED,  # full text (PMC5568686)
    "rades2005": CONFIRMED,  # abstract (PubMed)
    "sahgal2021_sc24": CONFIRMED,  # abstract (PubMed)
    "ryu2023_rtog0631": secondary("Cancer Therapy Advisor report of the trial"),
    "hoskin2019_scorad": CONFIRMED,  # full text (PMC6902166)
}
"""How far each source's numbers were checked (:mod:`spinemet_core.fidelity`), by citekey;
covers :data:`ALL_FINDINGS`."""
