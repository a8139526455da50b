"""External validation of the prognostic scores, and the provenance of NESMS, as data.

Every figure carries its citekey, a ``status`` ("confirmed" in the primary source or
its abstract, "secondary" when only a named reproduction was reachable, or
"unconfirmed") and a ``source`` note saying where it was checked, so the fidelity
ledger can list it. Dashboard 01 renders these records; it types no number itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInputError
from ..fidelity import STATUSES
from ..scores import INSTRUMENTS
from .prognosis import Provenance

__all__ = [
    "AS_OF",
    "C_STATISTICS",
    "NESMS_MORTALITY",
    "NESMS_PROVENANCE",
    "NESMS_STATUS",
    "SORG",
    "STATUSES",
    "TRUST_POINTS",
    "ValidationFigure",
    "ValidationPoint",
    "WebModel",
]

AS_OF = "2026-11-29"
"""Date on which these records were last checked."""


def _status(value: str) -> None:
    if value not in STATUSES:
        raise InvalidInputError("status", value, ", ".join(STATUSES))


@dataclass(frozen=True, slots=True)
class ValidationFigure:
    """One published performance figure of one score in one cohort.

    ``label`` is the score as the paper names it; ``score`` the registry record it
    corresponds to. ``low``/``high`` give a 95% confidence interval when published.
    """

    label: str
    score: str
    measure: str
    value: float
    cohort: str
    citekey: str
    status: str
    source: str
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        if self.score not in INSTRUMENTS:
            raise InvalidInputError("score", self.score, ", ".join(INSTRUMENTS))
        _status(self.status)

    @property
    def title(self) -> str:
        """The registry title of the score."""
        return INSTRUMENTS[self.score].title


@dataclass(frozen=True, slots=True)
class ValidationPoint:
    """One sourced statement of the "which score to trust" section."""

    text: str
    citekey: str
    status: str
    source: str

    def __post_init__(self) -> None:
        _status(self.status)


@dataclass(frozen=True, slots=True)
class WebModel:
    """A model published only as a web calculator: described and linked, not reimplemented."""

    name: str
    description: str
    url: str
    citekey: str
    status: str
    source: str

    def __post_init__(self) -> None:
        _status(self.status)


_PUBMED_2022 = "PubMed abstract (PMID 33741509) and PMC8443703"
_COMPARISON = "202 patients with spinal metastases, enrolled prospectively 2017-2019"
_C_1Y = "c-statistic, 1-year survival"

C_STATISTICS: tuple[ValidationFigure, ...] = (
    ValidationFigure(
        "NESMS", "nesms", _C_1Y, 0.79, _COMPARISON, "schoenfeld2022", "confirmed", _PUBMED_2022
    ),
    ValidationFigure(
        "Tomita", "tomita", _C_1Y, 0.69, _COMPARISON, "schoenfeld2022", "confirmed", _PUBMED_2022
    ),
    ValidationFigure(
        "Tokuhashi",
        "tokuhashi_revised",
        _C_1Y,
        0.67,
        _COMPARISON,
        "schoenfeld2022",
        "confirmed",
        _PUBMED_2022 + "; the abstract says 'Tokuhashi', read here as the revised score",
    ),
    ValidationFigure(
        "SINS", "sins", _C_1Y, 0.54, _COMPARISON, "schoenfeld2022", "confirmed", _PUBMED_2022
    ),
)
"""Discrimination of 1-year survival in the one prospective head-to-head comparison (Schoenfeld
2022): NESMS was significantly better than each of the others (p 0.02 to < 0.001)."""

_VALIDATION = "180 patients with spinal metastases, enrolled prospectively 2017-2018"
_ABSTRACT_2021 = (
    "abstract of the paper as reprinted by neurocirurgiabr.com and peeref.com; "
    "the PubMed page itself was not reached"
)

NESMS_MORTALITY: tuple[ValidationFigure, ...] = (
    ValidationFigure(
        "NESMS 2 vs 3",
        "nesms",
        "odds ratio of death within 1 year",
        7.04,
        _VALIDATION,
        "schoenfeld2021",
        "secondary",
        _ABSTRACT_2021,
        low=2.47,
        high=20.08,
    ),
    ValidationFigure(
        "NESMS 1 vs 3",
        "nesms",
        "odds ratio of death within 1 year",
        31.30,
        _VALIDATION,
        "schoenfeld2021",
        "secondary",
        _ABSTRACT_2021,
        low=8.82,
        high=111.04,
    ),
)
"""1-year mortality by NESMS against score 3 (Schoenfeld 2021; 56% of the cohort died within a
year). The figure for score 0 is cut off in the reprint that was reachable and is not shown."""

NESMS_PROVENANCE = Provenance(
    score="nesms",
    version="Ghori 2015 (three items; total 0-3, capped)",
    derivation="318 patients operated on for spinal metastases at New England centres "
    "(307 analysable); 48% alive at 1 year, median survival 10 months. These figures come "
    "from news reports of the paper (Becker's Spine Review, Healio), not from the paper.",
    table_status="Weights (modified Bauer 2, ambulation 1, albumin 1, ceiling 3) from the "
    "same secondary reports. The cut-offs used here, modified Bauer 3 or more and albumin "
    "3.5 g/dL or more, are unconfirmed: no reachable source printed them.",
    accuracy=(
        (
            "Prospective validation, 180 patients: the odds of death within a year rose "
            "steeply as the score fell (table below).",
            "schoenfeld2021",
        ),
        (
            "Prospective comparison, 202 patients: c-statistic for 1-year survival 0.79, "
            "the highest of the four scores tested.",
            "schoenfeld2022",
        ),
    ),
    conflicts=(
        "The paper's own table and worked examples were not reachable; check the cut-offs "
        "against it before teaching them.",
    ),
    pitfalls=(
        "It needs the modified Bauer total, ambulation and a serum albumin measured at "
        "presentation: the shared patient form does not record the last two.",
        "It was derived in operated patients; the validations enrolled patients treated with "
        "or without surgery at the same academic centres.",
    ),
)
"""Provenance of NESMS, shaped like the records of ``evidence.prognosis.PROVENANCE``."""

_NEWS = "Becker's Spine Review and Healio reports of the 2015 paper (secondary)"

NESMS_STATUS: dict[str, tuple[str, str]] = {
    "derivation": ("secondary", _NEWS),
    "weights": ("secondary", _NEWS + "; the ceiling of 3 from Becker's Spine Review"),
    "cut_offs": (
        "unconfirmed",
        "modified Bauer >= 3 and albumin >= 3.5 g/dL were not printed in any reachable source",
    ),
}
"""Status and source of each part of the NESMS table and its derivation figures."""

_NICE_SOURCE = "NCBI Bookshelf NBK595819 (text read through a mirror of the page)"

TRUST_POINTS: tuple[ValidationPoint, ...] = (
    ValidationPoint(
        "NICE's 2023 review of survival scores for spinal metastases (NG234, evidence review "
        "L) found 25 studies, all retrospective cohorts. They tested Bauer and modified Bauer, "
        "original, revised and modified Tokuhashi, Tomita, Rades, the Oswestry index, van der "
        "Linden, Lei, SSG and three SORG models. NESMS was not among them.",
        "nice2023_ng234",
        "confirmed",
        _NICE_SOURCE,
    ),
    ValidationPoint(
        "What NICE's committee concluded from that review could not be read here, so no "
        "recommendation is quoted: read the review before citing it.",
        "nice2023_ng234",
        "unconfirmed",
        "the review's discussion section was not reachable",
    ),
    ValidationPoint(
        "Only one head-to-head comparison enrolled its patients prospectively and scored them "
        "at enrolment. NESMS discriminated 1-year survival better than Tomita, Tokuhashi and "
        "SINS (c-statistics below). SINS measures instability, not survival, and did little "
        "better than chance.",
        "schoenfeld2022",
        "confirmed",
        _PUBMED_2022,
    ),
    ValidationPoint(
        "How to read a c-statistic: 0.5 means the score ranks who dies first no better than "
        "chance; 1.0 means it ranks every pair of patients correctly.",
        "schoenfeld2022",
        "confirmed",
        "definition of the measure the comparison used; its values are listed below",
    ),
)
"""The sourced statements of the "which score to trust" section, in display order."""

SORG = WebModel(
    "SORG machine-learning algorithms",
    "Models of the Skeletal Oncology Research Group that predict 90-day and 1-year "
    "mortality from many clinical and laboratory inputs. They are published as a web "
    "calculator rather than as a point table, so this suite links to them and does not "
    "reimplement them. NICE's review counted them among the tools it assessed.",
    "https://sorg-apps.shinyapps.io/spinemetssurvival/",
    "nice2023_ng234",
    "confirmed",
    _NICE_SOURCE + "; the calculator's address as used by a public repository that queries it",
)
"""The SORG survival calculator: described and linked."""
