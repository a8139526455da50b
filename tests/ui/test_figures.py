"""Tests of the ESCC schematic's geometry."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.ui.figures import ESCC_PARTS, escc_shapes, escc_traces


def test_escc_schematic_grades_are_visually_distinct():
    """Each grade draws a different sac/cord/tumour geometry; grade 0 has no epidural tumour."""
    shapes = {g: escc_shapes(g) for g in ("0", "1a", "1b", "1c", "2", "3")}
    tops = [max(s["thecal sac (CSF)"][1]) for s in shapes.values()]
    assert tops == sorted(tops, reverse=True)
    assert len(set(tops[1:])) == 5
    assert min(shapes["0"]["tumour"][1]) > 1.0  # inside the vertebral body
    cords = [max(shapes[g]["spinal cord"][1]) for g in ("1c", "2", "3")]
    assert cords[0] > cords[1] > cords[2]  # the cord is squeezed more at each grade


def test_escc_traces_are_one_filled_outline_per_part():
    """Each part is a closed, filled scatter trace named after the part."""
    traces = escc_traces("2", showlegend=False)
    assert list(ESCC_PARTS) == [t["name"] for t in traces]
    assert {"toself"} == {t["fill"] for t in traces}
    assert {False} == {t["showlegend"] for t in traces}
