"""Published numbers on separation surgery, radiotherapy and fracture after SBRT, as data.

Each :class:`Finding` carries its citekey and the data cut it comes from. Figures
the suite could not confirm against the source are not listed here; they are
named in :data:`LEFT_OUT` so the dashboards can say what is missing and why.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ALL_FINDINGS",
    "LAUFER_2013",
    "LEFT_OUT",
    "LOCAL_CONTROL_BY_HISTOLOGY",
    "PAIN_TRIALS",
    "PATCHELL_2005",
    "SAHGAL_2013_VCF",
    "SCORAD",
    "Finding",
]


@dataclass(frozen=True, slots=True)
class Finding:
    """One published number: which group, what was measured, the value and its source."""

    study: str
    group: str
    measure: str
    value: float
    unit: str
    citekey: str
    data_cut: str


_LAUFER = (
    "Laufer 2013",
    "laufer2013_separation",
    "186 patients after separation surgery; 1-year cumulative incidence",
)
LAUFER_2013: tuple[Finding, ...] = tuple(
    Finding(_LAUFER[0], group, "local progression at 1 year", value, "%", _LAUFER[1], _LAUFER[2])
    for group, value in (
        ("24-30 Gy / 3 (high-dose hypofractionated, n = 37)", 4.1),
        ("18-36 Gy / 5-6 (low-dose hypofractionated, n = 109)", 22.6),
        ("all patients (n = 186)", 16.4),
    )
)
"""Laufer 2013 local progression by postoperative SRS group. The 24 Gy single-fraction
group (n = 40) is left out: its rate could not be confirmed."""

_PATCHELL = ("Patchell 2005", "patchell2005", "101 randomised patients; trial stopped early")
PATCHELL_2005: tuple[Finding, ...] = (
    Finding(
        _PATCHELL[0],
        "surgery + radiotherapy (n = 50)",
        "able to walk after treatment",
        84,
        "%",
        _PATCHELL[1],
        _PATCHELL[2],
    ),
    Finding(
        _PATCHELL[0],
        "radiotherapy alone (n = 51)",
        "able to walk after treatment",
        57,
        "%",
        _PATCHELL[1],
        _PATCHELL[2],
    ),
    Finding(
        _PATCHELL[0],
        "surgery + radiotherapy (n = 50)",
        "median time walking retained",
        122,
        "days",
        _PATCHELL[1],
        _PATCHELL[2],
    ),
    Finding(
        _PATCHELL[0],
        "radiotherapy alone (n = 51)",
        "median time walking retained",
        13,
        "days",
        _PATCHELL[1],
        _PATCHELL[2],
    ),
    Finding(
        _PATCHELL[0],
        "surgery + radiotherapy (16 not walking at entry)",
        "regained the ability to walk",
        62,
        "%",
        _PATCHELL[1],
        _PATCHELL[2],
    ),
    Finding(
        _PATCHELL[0],
        "radiotherapy alone (16 not walking at entry)",
        "regained the ability to walk",
        19,
        "%",
        _PATCHELL[1],
        _PATCHELL[2],
    ),
)
"""Patchell 2005: surgery plus 30 Gy / 10 versus 30 Gy / 10 alone."""

_SAHGAL = ("Sahgal 2013", "sahgal2013_vcf", "252 patients, 410 segments treated with spine SBRT")
SAHGAL_2013_VCF: tuple[Finding, ...] = (
    Finding(
        _SAHGAL[0],
        "all segments",
        "vertebral compression fracture (new or progressing)",
        14,
        "%",
        _SAHGAL[1],
        _SAHGAL[2],
    ),
    Finding(
        _SAHGAL[0], "fractures", "median time to fracture", 2.46, "months", _SAHGAL[1], _SAHGAL[2]
    ),
    Finding(
        _SAHGAL[0],
        "fractures",
        "occurring within the first 4 months",
        65,
        "%",
        _SAHGAL[1],
        _SAHGAL[2],
    ),
    Finding(
        _SAHGAL[0],
        "all segments",
        "cumulative incidence at 1 year",
        12.35,
        "%",
        _SAHGAL[1],
        _SAHGAL[2],
    ),
    Finding(
        _SAHGAL[0],
        "all segments",
        "cumulative incidence at 2 years",
        13.49,
        "%",
        _SAHGAL[1],
        _SAHGAL[2],
    ),
)
"""Fracture after SBRT; risk highest at 24 Gy or more per fraction, then 20-23 Gy, and raised
by baseline fracture, lytic tumour and deformity."""

SAHGAL_2013_RISK_FACTORS = (
    "dose per fraction: 24 Gy or more highest risk, then 20-23 Gy, lowest 19 Gy or less",
    "baseline vertebral compression fracture (SINS collapse item)",
    "lytic tumour (SINS bone-lesion item)",
    "spinal deformity, kyphosis or scoliosis (SINS alignment item)",
)
__all__ += ["SAHGAL_2013_RISK_FACTORS"]

LOCAL_CONTROL_BY_HISTOLOGY: tuple[Finding, ...] = (
    Finding(
        "Maranzano 1995",
        "myeloma (cEBRT 30 Gy)",
        "median duration of response",
        16,
        "months",
        "maranzano1995",
        "275 patients with cord compression, 209 evaluable",
    ),
    Finding(
        "Maranzano 1995",
        "breast (cEBRT 30 Gy)",
        "median duration of response",
        12,
        "months",
        "maranzano1995",
        "275 patients with cord compression, 209 evaluable",
    ),
    Finding(
        "Maranzano 1995",
        "prostate (cEBRT 30 Gy)",
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
        "all histologies (SRS 16-26 Gy x 1)",
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
        "SBRT 24 Gy / 2 (n = 114)",
        "complete pain response at 3 months",
        35,
        "%",
        "sahgal2021_sc24",
        "229 randomised patients",
    ),
    Finding(
        "SC.24",
        "cEBRT 20 Gy / 5 (n = 115)",
        "complete pain response at 3 months",
        14,
        "%",
        "sahgal2021_sc24",
        "229 randomised patients",
    ),
    Finding(
        "RTOG 0631",
        "SRS 16 or 18 Gy x 1",
        "pain response at 3 months",
        41.3,
        "%",
        "ryu2023_rtog0631",
        "339 analysed patients, randomised 2:1",
    ),
    Finding(
        "RTOG 0631",
        "cEBRT 8 Gy x 1",
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
"""Every finding, for checks that run over all of them."""
