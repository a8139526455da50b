"""Notebooks are committed clean, thin, and with the teaching skeleton."""

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))
TOPIC_HEADINGS = [
    "## Overview",
    "## Prerequisites",
    "## Key points",
    "## Pearls and pitfalls",
    "## References",
    "## What's next",
]


def _cells(path):
    return json.loads(path.read_text())["cells"]


def test_notebooks_exist():
    """The start page and the first dashboard are present."""
    names = [p.name for p in NOTEBOOKS]
    assert [
        "00_start_here.ipynb",
        "01_prognostic_scores.ipynb",
        "02_noms_framework.ipynb",
        "03_separation_surgery.ipynb",
        "04_stereotactic_radiosurgery.ipynb",
        "05_targeted_therapy_rcc.ipynb",
        "06_case_quiz.ipynb",
    ] == names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_outputs_or_widget_state(path):
    """No stored outputs, execution counts or widget state."""
    doc = json.loads(path.read_text())
    assert "widgets" not in doc["metadata"]
    for cell in doc["cells"]:
        if cell["cell_type"] == "code":
            assert [] == cell["outputs"]
            assert cell["execution_count"] is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_code_cells_are_short(path):
    """Code cells only import and show apps: at most 6 lines, no function definitions."""
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            source = "".join(cell["source"])
            assert len(source.splitlines()) <= 6
            assert "def " not in source and "%run" not in source


@pytest.mark.parametrize("path", NOTEBOOKS[1:], ids=lambda p: p.name)
def test_topic_notebook_has_skeleton_headings(path):
    """Every topic notebook has the skeleton of DESIGN section 4."""
    text = "\n".join("".join(c["source"]) for c in _cells(path) if c["cell_type"] == "markdown")
    assert text.startswith("# ")
    for heading in TOPIC_HEADINGS:
        assert heading in text
    assert "For education only, not for clinical decisions." in text


@pytest.mark.parametrize("path", NOTEBOOKS[1:-1], ids=lambda p: p.name)
def test_topic_notebooks_link_to_the_case_quiz(path):
    """Each topic dashboard points its learners to the cases."""
    text = "\n".join("".join(c["source"]) for c in _cells(path))
    assert "](06_case_quiz.ipynb)" in text


def test_start_page_links_every_available_dashboard():
    """00 links each existing dashboard by relative path and lists the rest as coming."""
    text = "\n".join("".join(c["source"]) for c in _cells(NOTEBOOKS[0]))
    for path in NOTEBOOKS[1:]:
        assert f"]({path.name})" in text
    assert text.count("| coming |") == 6 - len(NOTEBOOKS[1:])
