"""Tests of the NOMS figure spec: boxes, path and words come from the tree and the fired rules."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.noms import recommend
from spinemet_core.noms_tree import TREE
from spinemet_core.ui.noms_figure import _BOXES, box_lines, noms_figure, path_text
from tests.ui.drawn import drawn


def _rec(**changes):
    inputs = {
        "escc_grade": "0",
        "myelopathy": False,
        "primary": "breast",
        "sins_total": 3,
        "fit_for_surgery": True,
    }
    return recommend(**{**inputs, **changes})


def test_every_node_of_the_tree_has_a_place():
    """The layout places exactly the derived nodes, no more and no fewer."""
    assert set(TREE.nodes) == set(_BOXES)


@pytest.mark.parametrize(
    ("key", "lines"),
    [
        ("radiosensitive?", ["Radiosensitive", "to cEBRT?"]),
        ("resistant-low", ["SRS", "(1c: grey zone)"]),
        ("fit?", ["Fit for", "surgery?"]),
        ("resistant-high-fit", ["Separation", "surgery + SRS"]),
        ("resistant-high-unfit", ["cEBRT", "(palliative)"]),
        ("stable", ["0-6", "stable"]),
        ("indeterminate", ["7-12", "consult", "surgeon"]),
        ("unstable", ["13-18", "stabilize"]),
    ],
)
def test_box_lines_wrap_the_derived_labels(key, lines):
    """SINS boxes carry their band range; bracketed qualifiers start a line."""
    assert lines == box_lines(key)


def test_path_text_reads_the_questions_and_answers_taken():
    """The text alternative follows the fired rules: each question, its answer, the outcome."""
    rec = _rec(escc_grade="1c", primary="kidney", sins_total=13)
    expected = (
        "Radiosensitive to cEBRT? no → ESCC grade? 0-1c → SRS (1c: grey zone); "
        "SINS: 13-18 stabilize"
    )
    assert expected == path_text(rec)


def test_figure_highlights_the_boxes_on_the_path():
    """Bold text and a thick border on the path, thin grey elsewhere."""
    fig = drawn(noms_figure("2", _rec(escc_grade="2", primary="kidney", fit_for_surgery=False)))
    widths = {a.name[5:]: a.borderwidth for a in fig.layout.annotations if a.name}
    bold = {
        k for k, a in ((a.name[5:], a) for a in fig.layout.annotations if a.name) if "<b>" in a.text
    }
    on_path = {"radiosensitive?", "escc?", "fit?", "resistant-high-unfit", "sins?", "stable"}
    assert on_path == bold
    assert on_path == {k for k, w in widths.items() if 3 == w}
    taken = next(t for t in fig.data if t.name == "path taken")
    assert 3 * 4 == len(taken.x)


def test_edge_labels_show_answers_except_in_box_ones():
    """Six answers sit on edges; the SINS ranges are written in their boxes instead."""
    fig = drawn(noms_figure("0", _rec()))
    labels = next(t for t in fig.data if t.name == "edge labels")
    assert ("yes", "no", "0-1c", "2-3", "fit", "unfit") == tuple(labels.text)
