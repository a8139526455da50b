"""benchmarks/pages.py: the benchmark measures the baseline and every manifest dashboard."""

from benchmarks.pages import BASELINE, BURST_CHANGES, INTERACTIONS, PAGES
from spinemet_core.topics import DASHBOARDS
from tools.dashboards import READY


def test_benchmark_measures_the_baseline_then_every_dashboard_of_the_manifest():
    """The page list is the baseline followed by the manifest's notebooks, in order."""
    expected = ["baseline.ipynb", *(d.notebook for d in DASHBOARDS.values())]
    assert expected == [p.notebook for p in PAGES]
    assert BASELINE is PAGES[0]


def test_every_dashboard_has_one_interaction_and_the_shared_ready_selector():
    """Interactions cover the manifest exactly; ready selectors are the browser tests' ones."""
    assert sorted(DASHBOARDS) == sorted(INTERACTIONS)
    assert {p.id: p.ready for p in PAGES[1:]} == dict(READY)


def test_burst_changes_name_dashboards_of_the_manifest():
    """The inputs burst students change belong to dashboards of the manifest."""
    assert set(BURST_CHANGES) <= set(DASHBOARDS)
    assert {"noms_framework", "prognostic_scores"} == set(BURST_CHANGES)
