"""The subplot grid is plotly.py's make_subplots arithmetic, as plain data."""

import pytest

pytest.importorskip("plotly")

from plotly.subplots import make_subplots

from spinemet_core.ui.subplots import subplot_grid, update_axes

GRIDS = {
    "02 NOMS": {"rows": 1, "cols": 2, "column_widths": [0.36, 0.64]},
    "03 separation": {
        "rows": 3,
        "cols": 2,
        "specs": [[{}, {}], [{"colspan": 2}, None], [{}, {}]],
        "row_heights": [0.36, 0.32, 0.32],
        "vertical_spacing": 0.09,
    },
    "04 SRS": {
        "rows": 3,
        "cols": 2,
        "specs": [[{}, {}], [{}, {}], [{"colspan": 2}, None]],
        "vertical_spacing": 0.12,
        "horizontal_spacing": 0.12,
    },
    "05 RCC": {"rows": 3, "cols": 1, "vertical_spacing": 0.1, "row_heights": [0.36, 0.4, 0.24]},
}
"""The grid of each dashboard's figure, as its figure module asks for it."""


@pytest.mark.parametrize("name", GRIDS)
def test_subplot_grid_equals_make_subplots_for_every_dashboard_grid(name):
    """Axis domains, anchors and title annotations are exactly make_subplots' ones."""
    titles = tuple(f"title {i}" for i in range(5))
    expected = make_subplots(**GRIDS[name], subplot_titles=titles).to_plotly_json()["layout"]
    expected.pop("template", None)
    assert expected == subplot_grid(**GRIDS[name], subplot_titles=titles).layout


def test_place_names_the_cells_axes_as_make_subplots_numbers_them():
    """Cells are numbered row by row; a spanned cell takes no number."""
    grid = subplot_grid(**GRIDS["03 separation"])
    assert ("x3", "y3") == grid.axes[(2, 1)]
    assert {"type": "bar", "xaxis": "x5", "yaxis": "y5"} == grid.place({"type": "bar"}, 3, 2)


def test_update_axes_merges_into_one_axis_or_every_axis_of_a_letter():
    """One named axis, or all x axes, get the keys; nested dicts are merged."""
    layout = subplot_grid(1, 2).layout
    update_axes(layout, "x", {"visible": False})
    update_axes(layout, "y", {"title": {"text": "Gy"}}, "y2")
    update_axes(layout, "y", {"title": {"font": {"size": 9}}}, "y2")
    assert (False, False) == (layout["xaxis"]["visible"], layout["xaxis2"]["visible"])
    assert {"text": "Gy", "font": {"size": 9}} == layout["yaxis2"]["title"]
    assert "title" not in layout["yaxis"]
