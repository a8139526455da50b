"""tools/dashboards.py: every dashboard of the topic manifest has a ready selector."""

import pytest

from spinemet_core.topics import DASHBOARDS
from tools.dashboards import READY, check_covers, draws_figure, ready_pages


def test_ready_selectors_cover_exactly_the_manifests_dashboards():
    """One ready selector per dashboard id of the manifest, in any order, and no other."""
    assert sorted(DASHBOARDS) == sorted(READY)


def test_browser_tests_open_every_dashboard_of_the_manifest_in_its_order():
    """The pages the browser tests open are the manifest's notebooks, in start-page order."""
    assert [d.notebook for d in DASHBOARDS.values()] == list(ready_pages())


def test_a_dashboard_missing_from_per_dashboard_data_is_named():
    """Data that lacks a dashboard (or names an unknown one) is refused, naming it."""
    partial = {k: v for k, v in READY.items() if k != "case_quiz"}
    with pytest.raises(ValueError, match=r"^demo: missing case_quiz; not in the manifest: none$"):
        check_covers(partial, "demo")
    with pytest.raises(ValueError, match=r"missing none; not in the manifest: noms$"):
        check_covers({**READY, "noms": ".x"}, "demo")


def test_figure_pages_are_read_from_notebook_metadata():
    """Dashboards 01 to 05 draw a plotly figure; the start page and the quiz do not."""
    drawn = [d.number for d in DASHBOARDS.values() if draws_figure(d.notebook)]
    assert ["01", "02", "03", "04", "05"] == drawn
