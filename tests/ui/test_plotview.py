"""PlotView: full figure state synced on every edit; plotly.js served from local static files."""

import io
import subprocess
import sys
import tarfile
from pathlib import Path

import plotly
import pytest
from plotly.offline import get_plotlyjs_version

from spinemet_core.ui import plotly_bundle
from spinemet_core.ui.plotview import BUNDLE_NAME, BUNDLE_URL_PATH, PlotView, install_bundle


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


def _tarball(member: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo(member)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_basic_bundle_is_pinned_to_the_plotly_js_version_plotly_py_uses():
    assert get_plotlyjs_version() == plotly_bundle.PLOTLY_JS_VERSION
    assert plotly_bundle.basic_stamp().startswith(f"basic {get_plotlyjs_version()} sha512-")


def test_install_bundle_writes_the_fetched_basic_bundle_once(tmp_path):
    calls = []

    def fetch():
        calls.append(1)
        return b"/* plotly.js (basic - minified) */"

    assert "basic" == install_bundle(tmp_path, fetch=fetch)
    target = tmp_path / "plotly" / BUNDLE_NAME
    assert b"/* plotly.js (basic - minified) */" == target.read_bytes()
    assert "basic" == install_bundle(tmp_path, fetch=fetch)
    assert 1 == len(calls)  # the stamp says the pinned bundle is there already


def test_install_bundle_falls_back_to_plotly_pys_full_bundle_and_says_why(tmp_path, capsys):
    def fetch():
        raise plotly_bundle.BundleError("npm is not installed")

    assert "full" == install_bundle(tmp_path, fetch=fetch)
    source = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    assert source.read_bytes() == (tmp_path / "plotly" / BUNDLE_NAME).read_bytes()
    assert "npm is not installed" in capsys.readouterr().err
    # A later run tries the basic bundle again.
    assert "basic" == install_bundle(tmp_path, fetch=lambda: b"basic")


def test_tarball_with_another_hash_is_refused(monkeypatch):
    tarball = _tarball(plotly_bundle.BASIC_MEMBER, b"not the pinned plotly.js")
    with pytest.raises(plotly_bundle.BundleError, match="is not the pinned sha512-"):
        plotly_bundle.extract_basic(tarball)
    monkeypatch.setattr(plotly_bundle, "BASIC_INTEGRITY", plotly_bundle.integrity_of(tarball))
    assert b"not the pinned plotly.js" == plotly_bundle.extract_basic(tarball)


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
