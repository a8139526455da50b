"""Tests of the dashboard-03 figure spec (ui/separation_figure.py)."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.separation import cord_profile
from spinemet_core.ui.plotview import PlotView
from spinemet_core.ui.separation_figure import (
    GAPS_MM,
    margin_ring,
    separation_figure,
    update_separation_figure,
)
from tests.ui.drawn import drawn


def _profile(gap):
    return cord_profile(prescription_dose=24, fractions=1, separation_mm=gap, grid_mm=GAPS_MM)


def test_margin_ring_radius_grows_a_tenth_per_millimetre():
    """A 5 mm gap draws a ring of radius 1.5 schematic units."""
    xs, ys = margin_ring(5)
    assert (1.5, 0.0) == (xs[0], ys[0])


def test_separation_figure_draws_the_profile_limit_and_plan():
    """The curve is the profile's, the limit line is at 12.4 Gy, the plan at its gap."""
    fig = drawn(separation_figure(_profile(3), 3))
    traces = {t.name: t for t in fig.data}
    assert tuple(_profile(3).cord_doses) == tuple(traces["cord dose"].y)
    assert (12.4, 12.4) == tuple(traces["cord limit"].y)
    assert ((3,), (16.8,)) == (tuple(traces["this plan"].x), tuple(traces["this plan"].y))
    assert "Laufer 2013: local progression at 1 year" in [a.text for a in fig.layout.annotations]


def test_update_separation_figure_moves_the_plan():
    """Updating with another gap moves the plan marker and the ring."""
    view = PlotView(separation_figure(_profile(0), 0))
    update_separation_figure(view, _profile(5), 5)
    traces = {t.name: t for t in drawn(view).data}
    assert ((5,), (12.0,)) == (tuple(traces["this plan"].x), tuple(traces["this plan"].y))
    assert 1.5 == traces["gap (separation)"].x[0]
