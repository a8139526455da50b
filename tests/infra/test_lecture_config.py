"""The lecture configuration (deploy/lecture/: voila.json, pool_config.py): pre-heated pools."""

import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LECTURE = json.loads((ROOT / "deploy" / "lecture" / "voila.json").read_text())


def test_lecture_config_preheats_and_reclaims_closed_pages_within_ten_minutes():
    """Pre-heated kernels; a closed page's kernel is culled well within 10 minutes."""
    assert LECTURE["VoilaConfiguration"]["preheat_kernel"] is True
    assert LECTURE["VoilaConfiguration"]["default_pool_size"] >= 1
    kernels = LECTURE["MappingKernelManager"]
    assert kernels["cull_idle_timeout"] >= 300  # far above the slowest load under a burst
    assert kernels["cull_idle_timeout"] + kernels["cull_interval"] < 600
    assert kernels["cull_connected"] is False  # an open page is never culled


def test_pool_config_sizes_the_taught_dashboard_and_rejects_negative_pools(tmp_path):
    """The taught dashboard gets the pool asked for, the others the default; -1 is refused."""
    write = runpy.run_path(str(ROOT / "deploy" / "lecture" / "pool_config.py"))["write_pool_config"]
    path = write(tmp_path, "02_noms_framework.ipynb", 40)
    pools = json.loads(path.read_text())["VoilaKernelManager"]["kernel_pools_config"]
    assert {"default": {"pool_size": 2}, "02_noms_framework.ipynb": {"pool_size": 40}} == pools
    with pytest.raises(ValueError, match="pool must be 0 or more, got -1"):
        write(tmp_path, "02_noms_framework.ipynb", -1)
