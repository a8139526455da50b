"""The checked-in Voilà configuration hides code and errors and culls idle kernels."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
CONFIG = json.loads((ROOT / "voila.json").read_text())
TEMPLATE = ROOT / "share" / "jupyter" / "voila" / "templates" / "spinemet"


def test_voila_config_strips_sources_and_hides_tracebacks():
    """Sources are stripped and tracebacks hidden; the project template is used."""
    voila = CONFIG["VoilaConfiguration"]
    assert voila["strip_sources"] is True
    assert voila["show_tracebacks"] is False
    assert "spinemet" == voila["template"]
    assert any(re.fullmatch(pattern, "x.ipynb") for pattern in voila["file_denylist"])
    assert any(re.fullmatch(pattern, "x.py") for pattern in voila["file_denylist"])


def test_voila_config_culls_idle_kernels_well_above_page_load_time():
    """Idle kernels are culled, with a timeout far above the slowest page load (about 25 s)."""
    kernels = CONFIG["MappingKernelManager"]
    assert kernels["cull_idle_timeout"] >= 300
    assert 0 < kernels["cull_interval"] <= 120


def test_kernels_talk_over_unix_sockets_so_a_large_pool_cannot_collide_on_ports():
    """With TCP, every kernel's five ports are picked free then bound later; when some
    fifty kernels start at once (a lecture pool) two can pick the same port and one kernel
    fails (seen in the burst benchmark). Unix sockets are named by kernel id instead."""
    assert "ipc" == CONFIG["KernelManager"]["transport"]


def test_cell_outputs_are_awaited_long_enough_on_a_busy_machine():
    """nbclient drops a cell's outputs when they arrive more than ``iopub_timeout`` (4 s by
    default) after its execute reply; with a lecture pool starting on two cores they do, and
    the page then lacks a widget and never becomes interactive (seen in the burst benchmark).
    """
    executor = CONFIG["VoilaExecutor"]
    assert 60 == executor["iopub_timeout"]
    assert executor["iopub_timeout"] < executor["timeout"]


def test_template_references_no_outside_url():
    """The project template links only local assets."""
    pages = [p for p in TEMPLATE.rglob("*") if p.suffix in {".j2", ".html", ".css"}]
    assert any(p.name == "index.html.j2" for p in pages)
    for path in pages:
        text = path.read_text()
        assert not re.search(r"(src|href)=\"https?://", text), path
        assert "cdn." not in text, path


def test_voila_config_skips_lab_extensions_the_dashboards_do_not_use():
    """plotly's mime renderer (4.8 MB of JavaScript per page) is not loaded: PlotView draws."""
    denied = CONFIG["VoilaConfiguration"]["extension_denylist"]
    assert "jupyterlab-plotly" in denied
    assert "@jupyter-widgets/jupyterlab-manager" not in denied and "anywidget" not in denied
