"""Notebooks are committed clean, thin, and with the teaching skeleton."""

import json
from pathlib import Path

import pytest

from spinemet_core.topics import DASHBOARDS

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


def test_notebooks_are_exactly_the_manifest():
    """The notebooks folder holds one notebook per dashboard of the topic manifest, no more."""
    assert [d.notebook for d in DASHBOARDS.values()] == [p.name for p in NOTEBOOKS]


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
