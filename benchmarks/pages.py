"""The benchmarked pages: the one-slider baseline and every dashboard of the topic manifest.

A dashboard's ready selector comes from ``tools/dashboards.py`` and whether it draws a
figure from its notebook's metadata; this module adds only what the benchmark does on it:
one input to change and the output whose text must change (:data:`INTERACTIONS`, keyed by
dashboard id and checked against :data:`spinemet_core.topics.DASHBOARDS` on import).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spinemet_core.topics import DASHBOARDS
from tools.dashboards import INTERACTIONS, READY, Interaction, draws_figure

__all__ = ["BASELINE", "BURST_CHANGES", "BY_NAME", "INTERACTIONS", "PAGES", "Interaction", "Page"]
# INTERACTIONS and Interaction are re-exported from tools.dashboards, where each dashboard
# is described once for the browser tests and the benchmark.


@dataclass(frozen=True)
class Page:
    """One benchmarked notebook: what shows it is ready, and one input to change."""

    id: str
    notebook: str
    ready: str
    figure: bool
    action: str
    target: str
    output: str
    values: tuple[str, str] = ("", "")


BASELINE = Page(
    "baseline",
    "baseline.ipynb",
    ".bench-out",
    False,
    "key",
    ".widget-slider .noUi-handle",
    ".bench-out",
    ("ArrowRight", "ArrowLeft"),
)


def _page(dashboard_id: str) -> Page:
    notebook = DASHBOARDS[dashboard_id].notebook
    act = INTERACTIONS[dashboard_id]
    return Page(
        dashboard_id,
        notebook,
        READY[dashboard_id],
        draws_figure(notebook),
        act.action,
        act.target,
        act.output,
        act.values,
    )


PAGES: list[Page] = [BASELINE, *(_page(d) for d in DASHBOARDS)]
BY_NAME: dict[str, Page] = {p.notebook: p for p in PAGES}
#: The input a protocol-level student changes during the burst (widget model, description,
#: option indices set in turn), one round trip each; by dashboard id.
BURST_CHANGES: Mapping[str, tuple[str, str, list[int]]] = MappingProxyType(
    {
        "noms_framework": ("DropdownModel", "Bilsky ESCC grade", [1, 2, 3]),
        "prognostic_scores": ("DropdownModel", "Primary tumour", [1, 2, 3]),
    }
)
