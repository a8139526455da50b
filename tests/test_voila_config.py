"""The checked-in Voilà configuration hides code and errors and culls idle kernels."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
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


def test_template_references_no_outside_url():
    """The project template links only local assets."""
    for path in TEMPLATE.rglob("*"):
        if path.suffix in {".j2", ".html", ".css"}:
            text = path.read_text()
            assert not re.search(r"(src|href)=\"https?://", text), path
            assert "cdn." not in text, path
