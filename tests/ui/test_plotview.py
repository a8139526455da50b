"""PlotView: figure specs as plain data, full state synced on every edit, no plotly.py in the
kernel; plotly.js served from local static files.

Installing the bundle is a tool: tests/tools/test_plotly_bundle.py."""

import subprocess
import sys
from pathlib import Path

import pytest

from spinemet_core.ui.plotview import BUNDLE_URL_PATH, PlotView


def test_batch_update_syncs_data_and_layout_in_full():
    """Edits made inside batch_update reach the front-end state, data and layout whole."""
    view = PlotView({"data": [{"type": "bar", "x": [1, 2], "y": [3, 4]}]})
    with view.batch_update() as spec:
        spec["data"][0]["y"] = [5, 6]
        spec["layout"]["title"] = {"text": "after"}
    assert [5, 6] == view._widget_data[0]["y"]
    assert "after" == view._widget_layout["title"]["text"]


def test_template_is_synced_apart_and_not_resent_when_other_layout_changes():
    """The layout's template goes in its own trait; editing a title leaves it unsent."""
    template = {"layout": {"font": {"family": "serif"}}}
    view = PlotView({"data": [], "layout": {"template": template, "title": {"text": "a"}}})
    sent = []
    view.observe(lambda change: sent.append(change["name"]), names=["_widget_template"])
    with view.batch_update() as spec:
        spec["layout"]["title"] = {"text": "b"}
    assert template == view._widget_template
    assert "template" not in view._widget_layout
    assert "b" == view._widget_layout["title"]["text"]
    assert [] == sent
    with view.batch_update() as spec:
        spec["layout"]["template"] = {"layout": {"font": {"family": "sans-serif"}}}
    assert ["_widget_template"] == sent


def test_the_synced_state_is_a_copy_sent_only_at_the_end_of_a_batch():
    """Nothing is sent mid-batch, and later edits of the spec never leak into the sent state."""
    view = PlotView({"data": [{"type": "bar", "x": [1], "y": [1], "name": "a"}]})
    with view.batch_update():
        view.traces("a")[0]["y"] = [2]
        assert [1] == view._widget_data[0]["y"]
    assert [2] == view._widget_data[0]["y"]
    view.spec["data"][0]["y"].append(3)
    assert [2] == view._widget_data[0]["y"]


def test_added_and_removed_traces_reach_the_front_end_state():
    """A trace added or removed in place, or a whole new spec, is synced."""
    view = PlotView({"data": [{"type": "bar", "x": [1], "y": [1]}]})
    with view.batch_update() as spec:
        spec["data"].append({"type": "scatter", "x": [1], "y": [2], "name": "extra"})
    assert ["bar", "scatter"] == [t["type"] for t in view._widget_data]
    view.update({"data": view.spec["data"][:1], "layout": view.spec["layout"]})
    assert ["bar"] == [t["type"] for t in view._widget_data]


def test_front_end_module_is_small_and_loads_plotly_from_the_local_server():
    view = PlotView()
    esm = view._esm
    assert len(esm) < 10_000  # plotly's own bundle is about 5 MB
    assert "http://" not in esm and "https://" not in esm
    assert BUNDLE_URL_PATH == view._plotly_js_path
    assert BUNDLE_URL_PATH.startswith("voila/templates/spinemet/static/plotly/plotly.min.js?v=")


def test_trace_type_missing_from_the_basic_bundle_is_refused_with_the_allowed_types():
    """A heatmap or violin (not in the basic bundle) is refused when built or edited."""
    with pytest.raises(ValueError, match="trace type heatmap .* allowed: bar, pie, scatter"):
        PlotView({"data": [{"type": "heatmap", "z": [[1]]}]})
    view = PlotView({"data": [{"type": "bar", "x": [1], "y": [1]}]})
    with pytest.raises(ValueError, match="trace type violin"), view.batch_update() as spec:
        spec["data"].append({"type": "violin", "y": [1, 2]})


def test_dashboards_with_a_figure_ask_the_template_for_plotly_js_early():
    """Notebook metadata spinemet.plotly marks exactly the dashboards that draw a figure."""
    import json

    notebooks = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))
    marked = [
        p.name[:2]
        for p in notebooks
        if json.loads(p.read_text())["metadata"].get("spinemet", {}).get("plotly")
    ]
    assert ["01", "02", "03", "04", "05"] == marked


@pytest.mark.parametrize(
    "module", ["noms", "prognosis", "quiz", "rcc", "separation", "srs", "start"]
)
def test_a_dashboard_kernel_imports_no_plotly_nor_what_plotly_pulled_in(module):
    """A fresh interpreter importing a dashboard app loads neither plotly.py nor the
    nbformat, jsonschema and rfc3987_syntax that plotly's widget module imported."""
    heavy = ("plotly", "nbformat", "jsonschema", "rfc3987_syntax")
    code = (
        f"import sys; import spinemet_core.ui.{module}; "
        f"print([m for m in {heavy!r} if sys.modules.get(m) is not None])"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == run.stdout.strip()
