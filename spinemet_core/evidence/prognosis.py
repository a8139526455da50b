"""Survival per band and provenance of the prognostic scores, as data.

Only figures that were confirmed against a published source are listed; the
provenance records name what could not be confirmed, so the dashboard can say
so instead of showing an unsourced number.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInputError
from ..fidelity import CONFIRMED, Fidelity
from ..scores import INSTRUMENTS

__all__ = [
    "AS_OF",
    "FIDELITY",
    "PROVENANCE",
    "SURVIVAL_FIGURES",
    "Provenance",
    "SurvivalFigure",
    "figures_for",
]

AS_OF = "2026-11-27"
"""Date on which these records were last checked."""


@dataclass(frozen=True, slots=True)
class SurvivalFigure:
    """One published survival number for one band of one score."""

    score: str
    band_key: str  # the band's key in the score's registry record
    measure: str  # what the number is
    value: float
    unit: str
    cohort: str
    citekey: str
    fidelity: Fidelity | None = None  # how far it was checked (spinemet_core.fidelity)

    def __post_init__(self) -> None:
        INSTRUMENTS[self.score].band(self.band_key)  # raises for an unknown band

    @property
    def band(self) -> str:
        """The band's range text, e.g. ``"9-11"``, from the score's registry record."""
        return INSTRUMENTS[self.score].band(self.band_key).range_text


_GONG = "221 surgically treated patients, Beijing, 2010-2019"
_KATAGIRI = "808 patients with skeletal metastases, Japan, 2005-2008"

SURVIVAL_FIGURES: tuple[SurvivalFigure, ...] = (
    *(
        SurvivalFigure(
            "tokuhashi_revised", band, "median survival", months, "months", _GONG, "gong2021"
        )
        for band, months in (
            ("survival_under_6_months", 18.0),
            ("survival_6_months_or_more", 30.0),
            ("survival_1_year_or_more", 51.0),
        )
    ),
    SurvivalFigure("tomita", "long_term", "median survival", 34.0, "months", _GONG, "gong2021"),
    SurvivalFigure("tomita", "middle_term", "median survival", 41.0, "months", _GONG, "gong2021"),
    SurvivalFigure("tomita", "short_term", "median survival", 16.0, "months", _GONG, "gong2021"),
    SurvivalFigure("tomita", "terminal_care", "median survival", 12.0, "months", _GONG, "gong2021"),
    SurvivalFigure(
        "katagiri_new",
        "low",
        "1-year survival",
        91.0,
        "%",
        _KATAGIRI,
        "katagiri2014",
    ),
    SurvivalFigure(
        "katagiri_new",
        "high",
        "1-year survival",
        6.0,
        "%",
        _KATAGIRI,
        "katagiri2014",
    ),
)
"""Per-band survival figures confirmed in the cited source (abstract or full text)."""


def figures_for(score: str) -> tuple[SurvivalFigure, ...]:
    """The survival figures listed for one score, in band order."""
    return tuple(f for f in SURVIVAL_FIGURES if f.score == score)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a score comes from and how well it has held up.

    ``score`` names a record of :data:`spinemet_core.scores.INSTRUMENTS`; the
    title and citekey are that record's.
    """

    score: str
    version: str
    derivation: str
    table_status: str
    accuracy: tuple[tuple[str, str], ...]  # (finding, citekey)
    conflicts: tuple[str, ...]
    pitfalls: tuple[str, ...]

    def __post_init__(self) -> None:
        if self.score not in INSTRUMENTS:
            raise InvalidInputError("score", self.score, ", ".join(INSTRUMENTS))

    @property
    def title(self) -> str:
        """The instrument's title, from its registry record."""
        return INSTRUMENTS[self.score].title

    @property
    def citekey(self) -> str:
        """The instrument's source, from its registry record."""
        return INSTRUMENTS[self.score].citekey


PROVENANCE: dict[str, Provenance] = {
    p.score: p
    for p in (
        Provenance(
            score="tokuhashi_revised",
            version="2005 revision (primary-site item widened to 0-5 points; total 0-15)",
            derivation="246 patients (164 operated, 82 treated conservatively); from 1998 the "
            "authors chose treatment strictly by the score.",
            table_status="Point table and bands as in the author-corrected table reproduced in "
            "NICE guideline CG75, appendix 3.",
            accuracy=(
                (
                    "Meta-analysis of 10 studies (1,686 patients): overall accuracy 63.0%; "
                    "64.1% in the under-6-month group, 55.3% in the 6-12-month group, 77.2% in the "
                    "over-12-month group, falling in more recent series.",
                    "zoccali2016",
                ),
                (
                    "Surgical series of 221 patients (2010-2019): survival correctly predicted in "
                    "32.6%; median survival 18, 30 and 51 months across the three bands.",
                    "gong2021",
                ),
                (
                    "The author's own review: no published system exceeds 90% agreement between "
                    "predicted and actual survival.",
                    "tokuhashi2014",
                ),
            ),
            conflicts=(
                "One web reproduction prints the survival column upside down (0-8 as more than "
                "6 months); the 2005 criteria are under 6 months / 6 months or more / 1 year or "
                "more.",
                "A 2025 review describes the 9-11 band as about 6-12 months; the original "
                "criterion is simply 6 months or more.",
                "Some reproductions print the vertebral-body item as 3 or more / 1-2 / 0; the "
                "corrected table uses 3 or more = 0, 2 = 1, 1 = 2.",
                "The consistency rates often quoted from the 2005 paper (85.3%, 73.1%, 95.5%, "
                "overall 86.4%) could not be checked against the paper and are not shown.",
            ),
            pitfalls=(
                "A lung primary scores 0, so a lung-cancer patient can never exceed 10 points, "
                "whatever the EGFR/ALK status or treatment.",
                "Built before SRS and targeted therapy: modern patients often outlive the "
                "prediction.",
            ),
        ),
        Provenance(
            score="tokuhashi_original",
            version="1990 version (six items of 0-2 points; total 0-12)",
            derivation="Operated patients with spinal metastases in Japan; the cohort size "
            "(often quoted as 64) was not confirmed against the paper.",
            table_status="Point table as commonly reproduced; see the conflict below.",
            accuracy=(
                (
                    "Predicted and actual survival agreed in 63.3% of 128 patients, as restated in "
                    "the 2005 revision.",
                    "tokuhashi2005",
                ),
            ),
            conflicts=(
                "Where do 'others' and 'unidentified' primaries go? Reproductions of the 1990 "
                "table give 1 point (with kidney, liver, uterus); a NICE evidence-table summary "
                "gives 2. The suite uses 1; check Table 1 of the 1990 paper before teaching it.",
                "Enkaoua et al. proposed scoring an unidentified primary as 0.",
            ),
            pitfalls=(
                "Superseded by the 2005 revision; shown here to explain why the revision "
                "widened the primary-site item.",
            ),
        ),
        Provenance(
            score="tomita",
            version="2001 (three items; total 2-10; four treatment-goal bands)",
            derivation="Patients treated surgically at one Japanese centre; the cohort size "
            "was not confirmed against the paper.",
            table_status="Point values (1/2/4, 0/2/4, 1/2) and bands from secondary "
            "reproductions: the paper's own figure was not reachable. Growth classes for sites "
            "the figure does not name follow later validation studies.",
            accuracy=(
                (
                    "Surgical series (2010-2019): survival correctly predicted in 30.2% (57/189); "
                    "median survival 34, 41, 16 and 12 months across the four bands.",
                    "gong2021",
                ),
                (
                    "Prospective comparison (202 patients): c-statistic for 1-year survival 0.69, "
                    "against 0.79 for NESMS.",
                    "schoenfeld2022",
                ),
            ),
            conflicts=(
                "One review table is reported to give 3 points for rapid growth; the 2-10 range "
                "only works with 4, which the suite uses.",
                "Two different sets of mean survival per band circulate for the 2001 paper; "
                "neither could be checked, so neither is shown.",
            ),
            pitfalls=(
                "Tomita's bands are treatment goals (en bloc excision to terminal care), not "
                "survival predictions; with modern systemic therapy even 8-10 patients often "
                "live about a year.",
            ),
        ),
        Provenance(
            score="katagiri_new",
            version="2014 (six factors; total 0-10)",
            derivation="808 patients with symptomatic skeletal metastases, 2005-2008 (749 "
            "treated without surgery, 59 operated), registered prospectively.",
            table_status="Factors and group cut-offs confirmed in the abstract; the point values "
            "and laboratory cut-offs come from secondary reproductions of the paper's table.",
            accuracy=(
                (
                    "Derivation cohort: 1-year survival 91% with 0-3 points and 6% with 7 or more.",
                    "katagiri2014",
                ),
                (
                    "Validation in 616 irradiated patients: the groups separated survival, but "
                    "multiple bone metastases was not a significant factor (P = 0.691).",
                    "kubota2019",
                ),
            ),
            conflicts=(
                "The intermediate-group survival often quoted (74.0% / 49.3% / 27.6%) could not "
                "be confirmed and is not shown.",
                "One later paper quotes the low-risk group as 1-3 points; Katagiri used 0-3.",
            ),
            pitfalls=(
                "It is a skeletal-metastasis score, not spine-specific, and most of its cohort "
                "was not operated on.",
                "It is the only score here that rewards molecularly targeted therapy (lung) and "
                "hormone dependence (breast, prostate).",
            ),
        ),
        Provenance(
            score="bauer_modified",
            version="Leithner 2008 (Bauer 1995 without the pathological-fracture item; total 0-4)",
            derivation="Retrospective comparison of seven preoperative scores in 69 operated "
            "patients with spinal metastases (Graz).",
            table_status="Items and groups confirmed in the abstract and a calculator page "
            "citing the paper.",
            accuracy=(
                (
                    "The original and modified Bauer scores predicted survival best of the seven "
                    "systems compared.",
                    "leithner2008",
                ),
            ),
            conflicts=(
                "Mean survival per group (about 4.8, 18.2 and 28.4 months) is widely quoted but "
                "could not be confirmed, so it is not shown.",
            ),
            pitfalls=(
                "Only one primary (lung) is penalised; all other non-favourable primaries score "
                "alike.",
            ),
        ),
    )
}
"""Provenance of each prognostic score, keyed like ``prognosis.PROGNOSTIC_SCORES``."""

_CHECKED = ("gong2021", "katagiri2014", "kubota2019", "leithner2008", "schoenfeld2022")
FIDELITY: dict[str, Fidelity] = dict.fromkeys(
    (*_CHECKED, "tokuhashi2005", "tokuhashi2014", "zoccali2016"), CONFIRMED
)  # each checked in the paper's abstract or full text
"""How far the survival figures and accuracy findings were checked, by citekey; a point
table's status is its instrument's (:attr:`spinemet_core.scores.Instrument.fidelity`)."""
