"""Tests for tools/format_references.py: citeproc-py makes the Vancouver texts, a lock file."""

import importlib.util
import json
from pathlib import Path

import pytest

from ..test_references import VALID

ROOT = Path(__file__).parents[2]
FORMATTED = ROOT / "spinemet_core" / "data" / "references.vancouver.json"


@pytest.fixture(scope="module")
def tool():
    """The tool script, imported from its file (tools/ is not a package)."""
    path = ROOT / "tools" / "format_references.py"
    spec = importlib.util.spec_from_file_location("format_references", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_formatted_file_is_what_citeproc_makes_now(tool):
    """references.vancouver.json equals a fresh citeproc-py run (regenerate: see module doc)."""
    assert tool.expected_text() == FORMATTED.read_text(encoding="utf-8")


def test_formatter_makes_et_al_explicit_and_leaves_custom_out(tool):
    """citeproc-py gets the CSL fields only, with "et al." closing a truncated list."""
    (item,) = tool.csl_items((VALID,))
    assert "custom" not in item
    assert {"literal": "et al."} == item["author"][-1]
    assert VALID["author"] == item["author"][:-1]


def test_formatter_renders_a_record_in_vancouver_style(tool):
    """The demo record comes out in Vancouver style, its list number removed."""
    assert {
        "demo2020_tag": "Demo AB, A group, et al. A title. J Demo. 2020;1(2):3–4. "
        "doi:10.1000/demo.1 PubMed PMID: 123; PubMed Central PMCID: PMC456."
    } == tool.format_bibliography((VALID,))


def test_formatter_shows_the_url_of_a_record_without_doi(tool):
    """A record whose only identifier is a URL shows it, as Vancouver does for online sources."""
    record = {k: v for k, v in VALID.items() if k not in ("DOI", "PMID", "PMCID", "custom")}
    text = tool.format_bibliography((record,))["demo2020_tag"]
    assert "J Demo [Internet]. 2020;1(2):3–4. Available from: https://example.org/demo" in text


def test_check_passes_on_the_committed_file(tool, capsys):
    """--check exits 0 when the committed file is current."""
    assert 0 == tool.main(["--check"])
    assert "references.vancouver.json is up to date\n" == capsys.readouterr().out


def test_check_fails_on_a_stale_file_and_writing_fixes_it(tool, tmp_path, monkeypatch, capsys):
    """--check exits 1 on a stale file; a run without it rewrites the file."""
    stale = tmp_path / "references.vancouver.json"
    stale.write_text(json.dumps({"fisher2010": "old text"}), encoding="utf-8")
    monkeypatch.setattr(tool, "FORMATTED", stale)
    assert 1 == tool.main(["--check"])
    assert 0 == tool.main([])
    assert FORMATTED.read_text(encoding="utf-8") == stale.read_text(encoding="utf-8")
    assert "out of date" in capsys.readouterr().out
