"""How a browser drives each dashboard of the topic manifest: when it is ready, what to change.

The browser tests and the benchmark open every dashboard of
:data:`spinemet_core.topics.DASHBOARDS`. A page is ready once its main output is visible
(Voilà reveals the cells only when all have executed); :data:`READY` names that element
for each dashboard id, and :func:`check_covers` fails when a dashboard of the manifest has
no entry or an entry names no dashboard. Whether a page draws a figure is read from its
notebook's metadata (``"spinemet": {"plotly": true}``, which also makes the template load
plotly.js early), not listed again. :data:`INTERACTIONS` names one input to change and the
output that must follow, for the benchmark. A new dashboard adds one entry to each here.

>>> READY["noms_framework"]
'.sm-recommendation'
>>> ready_pages()["02_noms_framework.ipynb"]
'.sm-recommendation'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from spinemet_core.topics import DASHBOARDS

__all__ = [
    "FIGURE",
    "INTERACTIONS",
    "READY",
    "Interaction",
    "check_covers",
    "draws_figure",
    "ready_pages",
]

ROOT = Path(__file__).resolve().parents[1]
#: A drawn plotly figure (PlotView's front end renders into it).
FIGURE = ".js-plotly-plot .main-svg"
#: Dashboard id → CSS selector of the output that is visible once the page is ready.
READY: Mapping[str, str] = MappingProxyType(
    {
        "start_here": ".sm-environment",
        "prognostic_scores": ".sm-results",
        "noms_framework": ".sm-recommendation",
        "separation_surgery": ".sm-cord-result",
        "stereotactic_radiosurgery": ".sm-calculator",
        "targeted_therapy_rcc": ".sm-rcc-results",
        "case_quiz": ".sm-quiz-status",
    }
)


def check_covers(per_dashboard: Mapping[str, object], what: str) -> None:
    """Raise ``ValueError`` unless ``per_dashboard`` has exactly the manifest's ids.

    >>> check_covers({"start_here": 1}, "demo")
    Traceback (most recent call last):
    ...
    ValueError: demo: missing prognostic_scores, noms_framework, separation_surgery, \
stereotactic_radiosurgery, targeted_therapy_rcc, case_quiz; not in the manifest: none
    """
    missing = [d for d in DASHBOARDS if d not in per_dashboard]
    extra = [k for k in per_dashboard if k not in DASHBOARDS]
    if missing or extra:
        raise ValueError(
            f"{what}: missing {', '.join(missing) or 'none'}; "
            f"not in the manifest: {', '.join(extra) or 'none'}"
        )


def ready_pages() -> dict[str, str]:
    """Notebook file name → ready selector, for every dashboard in manifest order."""
    check_covers(READY, "tools.dashboards.READY")
    return {d.notebook: READY[d.id] for d in DASHBOARDS.values()}


def draws_figure(notebook: str, source: Path = ROOT) -> bool:
    """Whether ``notebooks/<notebook>`` of ``source`` is marked as drawing a plotly figure."""
    metadata = json.loads((Path(source) / "notebooks" / notebook).read_text())["metadata"]
    return bool(metadata.get("spinemet", {}).get("plotly", False))


@dataclass(frozen=True)
class Interaction:
    """One input the benchmark changes and the output that must follow."""

    action: str  # "select", "key" or "click"
    target: str  # the control acted on
    output: str  # the element whose text must change
    values: tuple[str, str] = ("", "")  # ("", "") = the select's first two options


def _dropdown(label: str) -> str:
    return f".widget-dropdown:has(label:text-is('{label}')) select"


INTERACTIONS: Mapping[str, Interaction] = MappingProxyType(
    {
        "start_here": Interaction(
            "click", ".sm-presentation-bar", ".sm-presentation-style", ("Normal", "Lecture")
        ),
        "prognostic_scores": Interaction("select", _dropdown("Primary tumour"), ".sm-results"),
        "noms_framework": Interaction(
            "select", _dropdown("Bilsky ESCC grade"), ".sm-recommendation"
        ),
        "separation_surgery": Interaction("select", _dropdown("Schedule"), ".sm-cord-result"),
        "stereotactic_radiosurgery": Interaction("select", _dropdown("Schedule"), ".sm-calculator"),
        "targeted_therapy_rcc": Interaction(
            "select",
            _dropdown("Load example"),
            ".sm-rcc-results",
            ("calcium trap", "IMDC and MSKCC disagree"),
        ),
        "case_quiz": Interaction("click", ".sm-quiz", ".sm-quiz", ("Self-study", "Lecture")),
    }
)
check_covers(INTERACTIONS, "tools.dashboards.INTERACTIONS")
