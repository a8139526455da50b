"""The Binder configuration builds the environment the dashboards are tested with."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def _pins(path: Path) -> list[str]:
    return sorted(
        line.strip()
        for line in path.read_text().splitlines()
        if "==" in line and not line.lstrip().startswith("#")
    )


def test_binder_requirements_equal_the_dashboard_pins():
    """binder/requirements.txt pins exactly what requirements.txt pins."""
    assert _pins(ROOT / "requirements.txt") == _pins(ROOT / "binder" / "requirements.txt")
    assert "python-3.11" == (ROOT / "binder" / "runtime.txt").read_text().strip()


def test_repo2docker_dockerfile_uses_python_311_the_pins_and_postbuild():
    """repo2docker --no-build --debug yields a Dockerfile with Python 3.11, pins and postBuild."""
    exe = shutil.which("repo2docker") or str(Path(sys.executable).parent / "repo2docker")
    if not Path(exe).exists():
        pytest.fail("repo2docker is not installed: run 'make test' (requirements-test.txt)")
    proc = subprocess.run(
        [exe, "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert 0 == proc.returncode, proc.stderr[-2000:]
    out = proc.stdout + proc.stderr
    assert "python=3.11" in out
    assert "environment-2epy-2d3-2e11" in out  # the Python 3.11 conda lock file is copied in
    assert 'pip install --no-cache-dir -r "binder/requirements.txt"' in out
    assert "RUN ./binder/postBuild" in out
