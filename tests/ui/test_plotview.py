"""PlotView: full figure state synced on every edit; plotly.js served from local static files.

Installing the bundle is a tool: tests/tools/test_plotly_bundle.py."""

import subprocess
import sys
from pathlib import Path

import pytest

from spinemet_core.ui.plotview import BUNDLE_URL_PATH, PlotView


def test_batch_update_syncs_data_and_layout_in_full():
    view = PlotView({"data": [{"type": "bar", "x": [1, 2], "y": [3, 4]}]})
    with view.batch_update():
        view.data[0].y = [5, 6]
        view.layout.title.text = "after"
    assert [5, 6] == view._widget_data[0]["y"]
    assert "after" == view._widget_layout["title"]["text"]


def test_added_and_removed_traces_reach_the_front_end_state():
    view = PlotView({"data": [{"type": "bar", "x": [1], "y": [1]}]})
    view.add_scatter(x=[1], y=[2], name="extra")
    assert ["bar", "scatter"] == [t["type"] for t in view._widget_data]
    view.data = view.data[:1]
    assert ["bar"] == [t["type"] for t in view._widget_data]


def test_front_end_module_is_small_and_loads_plotly_from_the_local_server():
    view = PlotView()
    esm = view._esm
    assert len(esm) < 10_000  # plotly's own bundle is about 5 MB
    assert "http://" not in esm and "https://" not in esm
    assert BUNDLE_URL_PATH == view._plotly_js_path
    assert BUNDLE_URL_PATH.startswith("voila/templates/spinemet/static/plotly/plotly.min.js?v=")


def test_trace_type_missing_from_the_basic_bundle_is_refused_with_the_allowed_types():
    with pytest.raises(ValueError, match="trace type heatmap .* allowed: bar, pie, scatter"):
        PlotView({"data": [{"type": "heatmap", "z": [[1]]}]})
    view = PlotView({"data": [{"type": "bar", "x": [1], "y": [1]}]})
    with pytest.raises(ValueError, match="trace type violin"):
        view.add_violin(y=[1, 2])


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


def test_dashboard_kernels_skip_the_slow_optional_iri_grammar():
    """Importing a dashboard leaves rfc3987_syntax out (1.6 s and 17 MB per kernel)."""
    code = (
        "import sys; import spinemet_core.ui.prognosis; "
        "print(sys.modules['rfc3987_syntax'], 'plotly.basewidget' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "None True" == run.stdout.strip()
