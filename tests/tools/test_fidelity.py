"""Tests for tools/fidelity.py: docs/FIDELITY.md is what the ledger generates now."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LEDGER = ROOT / "docs" / "FIDELITY.md"


@pytest.fixture(scope="module")
def tool():
    """The tool script, imported from its file."""
    path = ROOT / "tools" / "fidelity.py"
    spec = importlib.util.spec_from_file_location("fidelity_tool", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_ledger_is_what_the_data_generates_now(tool):
    """docs/FIDELITY.md equals a fresh generation (regenerate: python tools/fidelity.py)."""
    assert tool.markdown() == LEDGER.read_text(encoding="utf-8")


def test_check_passes_on_the_committed_file(tool, capsys):
    """--check exits 0 when the committed file is current and every record has a status."""
    assert 0 == tool.main(["--check"])
    assert "FIDELITY.md is up to date\n" == capsys.readouterr().out


def test_check_fails_on_a_stale_file_and_writing_fixes_it(tool, tmp_path, monkeypatch, capsys):
    """--check exits 1 on a stale file; a run without it rewrites the file."""
    stale = tmp_path / "FIDELITY.md"
    stale.write_text("# old\n", encoding="utf-8")
    monkeypatch.setattr(tool, "LEDGER", stale)
    assert 1 == tool.main(["--check"])
    assert 0 == tool.main([])
    assert LEDGER.read_text(encoding="utf-8") == stale.read_text(encoding="utf-8")
    assert "out of date" in capsys.readouterr().out


def test_a_record_without_status_fails_the_run_and_is_printed(tool, monkeypatch, capsys):
    """Missing statuses are listed on stderr and make even a current file fail."""
    monkeypatch.setattr(tool, "missing", lambda: ("demo: x has no status",))
    assert 1 == tool.main(["--check"])
    assert "demo: x has no status\n" == capsys.readouterr().err
