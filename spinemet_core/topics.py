"""The topic manifest: every dashboard of the suite, listed once.

The start page's table, the quiz's topic filter, the case bank's folders, the
notebook-hygiene test, the browser tests and the benchmark all read
:data:`DASHBOARDS`; nothing else lists the topics. A topic's ``id`` is its quiz
topic, its ``cases/<id>/`` folder and the stem of its notebook after the number.

Examples
--------
>>> DASHBOARDS["noms_framework"].notebook
'02_noms_framework.ipynb'
>>> QUIZ_TOPICS[:2]
('prognostic_scores', 'noms_framework')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .errors import require_choice

__all__ = ["DASHBOARDS", "QUIZ_TOPICS", "Dashboard", "dashboard"]


@dataclass(frozen=True, slots=True)
class Dashboard:
    """One dashboard (one notebook).

    Attributes
    ----------
    id : str
        Stable id: the notebook's stem without its number, and the quiz topic.
    number : str
        Two-digit position on the start page, e.g. ``"02"``.
    title : str
        Title shown on the start page and in links.
    label : str
        Short label for filters and summaries.
    summary : str
        What a learner can do there (one sentence, shown on the start page).
    quiz : bool
        Whether the topic has cases and check-yourself questions.
    references : tuple of str
        Citekeys of the notebook's reference list, in display order.
    """

    id: str
    number: str
    title: str
    label: str
    summary: str
    quiz: bool
    references: tuple[str, ...] = ()

    @property
    def stem(self) -> str:
        """``"02_noms_framework"``."""
        return f"{self.number}_{self.id}"

    @property
    def notebook(self) -> str:
        """``"02_noms_framework.ipynb"``."""
        return f"{self.stem}.ipynb"


_ALL = (
    Dashboard(
        "start_here",
        "00",
        "Start here",
        "Start",
        "What the suite teaches, the learning paths and how to cite it",
        quiz=False,
    ),
    Dashboard(
        "prognostic_scores",
        "01",
        "Prognostic scores",
        "Prognostic scores",
        "Score one patient with revised and original Tokuhashi, Tomita, Katagiri-new and "
        "modified Bauer side by side, add NESMS; see where they disagree, which single finding "
        "flips a band, and how each score has held up",
        quiz=True,
        references=(
            "tokuhashi1990",
            "tokuhashi2005",
            "tokuhashi2014",
            "tomita2001",
            "katagiri2014",
            "kubota2019",
            "bauer1995",
            "leithner2008",
            "zoccali2016",
            "gong2021",
            "ghori2015",
            "schoenfeld2021",
            "schoenfeld2022",
            "nice2023_ng234",
            "bollen2015",
            "park2021_egfr",
            "uei2018",
            "long2011_braf",
            "buccheri1996",
            "ma2010",
            "prasad2018",
        ),
    ),
    Dashboard(
        "noms_framework",
        "02",
        "NOMS framework",
        "NOMS",
        "Grade cord compression on an axial schematic, calculate SINS, choose the histology's "
        "radiosensitivity and your own fitness call; see the plan, the decision path and what "
        "would change it",
        quiz=True,
        references=(
            "laufer2013_noms",
            "bilsky2010",
            "fisher2010",
            "fourney2011",
            "sahgal2013_vcf",
            "yamada2017",
            "patchell2005",
            "tokuhashi2005",
            "katagiri2014",
        ),
    ),
    Dashboard(
        "separation_surgery",
        "03",
        "Separation surgery",
        "Separation surgery",
        "Find how much room radiosurgery needs with a transparent dose model; see Laufer 2013 "
        "and Patchell 2005",
        quiz=True,
        references=(
            "laufer2013_separation",
            "laufer2013_noms",
            "patchell2005",
            "bilsky2010",
            "sahgal2013_cord",
            "sahgal2021_hytec",
        ),
    ),
    Dashboard(
        "stereotactic_radiosurgery",
        "04",
        "Stereotactic radiosurgery",
        "Radiosurgery",
        "BED/EQD2 calculator, schedules compared, cord limits, fracture risk after SBRT, why the "
        "pain trials disagree",
        quiz=True,
        references=(
            "sahgal2013_cord",
            "sahgal2021_hytec",
            "sahgal2013_vcf",
            "sahgal2021_sc24",
            "ryu2023_rtog0631",
            "hoskin2019_scorad",
            "maranzano1995",
            "yamada2017",
            "guckenberger2014",
            "laufer2013_separation",
            "patchell2005",
            "brenner2008",
            "kirkpatrick2008",
            "fowler1989",
        ),
    ),
    Dashboard(
        "targeted_therapy_rcc",
        "05",
        "Targeted therapy for renal cell carcinoma",
        "Targeted therapy (RCC)",
        "IMDC and MSKCC from raw values (the corrected-calcium trap), survival by risk group, "
        "first-line trials, approvals, what it means for the spine",
        quiz=True,
        references=(
            "heng2009",
            "heng2013",
            "motzer1999",
            "motzer2002",
            "payne1973",
            "manke2001",
            "motzer2018_cm214",
            "rini2019_kn426",
            "choueiri2021_cm9er",
            "motzer2021_clear",
            "motzer2019_javelin",
            "fallah2024_belzutifan",
            "pmc9372304_review",
            "ascopost2025_nivosc",
            "laufer2013_noms",
        ),
    ),
    Dashboard(
        "case_quiz",
        "06",
        "Case quiz",
        "Case quiz",
        "Synthetic vignettes with computed answer keys, in self-study, exam and lecture modes; "
        "save and resume progress",
        quiz=False,
    ),
)

DASHBOARDS: Mapping[str, Dashboard] = MappingProxyType({d.id: d for d in _ALL})
"""Every dashboard by id, in start-page order."""

QUIZ_TOPICS: tuple[str, ...] = tuple(d.id for d in _ALL if d.quiz)
"""Ids of the topics that have cases and check-yourself questions, in order."""


def dashboard(id: str) -> Dashboard:
    """The dashboard with this id; :class:`~spinemet_core.errors.InvalidInputError` otherwise."""
    return DASHBOARDS[require_choice("id", id, tuple(DASHBOARDS))]
