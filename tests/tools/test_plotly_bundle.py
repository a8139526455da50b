"""tools/plotly_bundle.py: the basic plotly.js bundle fetched, checked and installed once."""

import io
import subprocess
import sys
import tarfile
from pathlib import Path

import plotly
import pytest
from plotly.offline import get_plotlyjs_version

from spinemet_core.ui import plotly_bundle as runtime
from tools import plotly_bundle

ROOT = Path(__file__).parents[2]
FULL = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def _tarball(member: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo(member)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_basic_bundle_is_pinned_to_the_plotly_js_version_plotly_py_uses():
    """The fetched bundle's version is the one the installed plotly.py pins."""
    assert get_plotlyjs_version() == plotly_bundle.PLOTLY_JS_VERSION
    assert plotly_bundle.basic_stamp().startswith(f"basic {get_plotlyjs_version()} sha512-")


def test_tool_installs_under_the_name_the_runtime_loads():
    """The file name and folder come from the runtime module, not typed again."""
    assert (runtime.BUNDLE_FOLDER, runtime.BUNDLE_NAME) == (
        plotly_bundle.BUNDLE_FOLDER,
        plotly_bundle.BUNDLE_NAME,
    )


def test_install_writes_the_fetched_basic_bundle_once(tmp_path):
    """A second install finds the stamp of the pinned bundle and fetches nothing."""
    calls = []

    def fetch():
        calls.append(1)
        return b"/* plotly.js (basic - minified) */"

    assert "basic" == plotly_bundle.install(tmp_path, FULL, fetch=fetch)
    target = tmp_path / "plotly" / "plotly.min.js"
    assert b"/* plotly.js (basic - minified) */" == target.read_bytes()
    assert "basic" == plotly_bundle.install(tmp_path, FULL, fetch=fetch)
    assert 1 == len(calls)


def test_install_falls_back_to_plotly_pys_full_bundle_and_says_why(tmp_path, capsys):
    """Without npm the full bundle is copied, with a note; a later run tries basic again."""

    def fetch():
        raise plotly_bundle.BundleError("npm is not installed")

    assert "full" == plotly_bundle.install(tmp_path, FULL, fetch=fetch)
    assert FULL.read_bytes() == (tmp_path / "plotly" / "plotly.min.js").read_bytes()
    assert "npm is not installed" in capsys.readouterr().err
    assert "basic" == plotly_bundle.install(tmp_path, FULL, fetch=lambda: b"basic")


def test_full_bundle_is_found_in_the_installed_plotly():
    """The fallback copies plotly.py's own plotly.min.js."""
    assert FULL == plotly_bundle.installed_full_bundle()


def test_tarball_with_another_hash_is_refused(monkeypatch):
    """Only the tarball with the pinned sha512 integrity is unpacked."""
    tarball = _tarball(plotly_bundle.BASIC_MEMBER, b"not the pinned plotly.js")
    with pytest.raises(plotly_bundle.BundleError, match="is not the pinned sha512-"):
        plotly_bundle.extract_basic(tarball)
    monkeypatch.setattr(plotly_bundle, "BASIC_INTEGRITY", plotly_bundle.integrity_of(tarball))
    assert b"not the pinned plotly.js" == plotly_bundle.extract_basic(tarball)


def test_command_line_without_a_folder_prints_its_usage():
    """``python tools/plotly_bundle.py`` with no argument exits 2 with the usage line."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "plotly_bundle.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (2, "usage: python tools/plotly_bundle.py <template static folder>") == (
        run.returncode,
        run.stderr.strip(),
    )


def test_runtime_package_does_not_carry_the_fetching_code():
    """spinemet_core imports no npm, tarball or hash code: that is an install-time tool."""
    source = (ROOT / "spinemet_core" / "ui" / "plotly_bundle.py").read_text()
    for word in ("npm pack", "tarfile", "hashlib", "subprocess"):
        assert word not in source
