"""Tests of the dashboard-04 figure spec (ui/srs_figure.py)."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.fractionation import CORD_LIMIT_EQD2, compare_schedule
from spinemet_core.radiobiology import SCHEDULES
from spinemet_core.ui.plotview import PlotView
from spinemet_core.ui.srs_figure import catalogue_symbols, srs_figure, update_srs_figure
from tests.ui.drawn import drawn


def _compare(dose, n):
    return compare_schedule(total_dose=dose, fractions=n, alpha_beta_tumour=10, alpha_beta_cord=2)


def test_srs_figure_places_this_schedule_and_the_cord_limit_line():
    """The star is at the schedule's EQD2 pair, the dashed line at the limits' EQD2."""
    traces = {t.name: t for t in drawn(srs_figure(_compare(30, 10))).data}
    assert (32.5, 37.5) == (traces["this schedule"].x[0], traces["this schedule"].y[0])
    assert (CORD_LIMIT_EQD2,) * 2 == tuple(traces["cord limit EQD2"].y)
    assert (12.4, 17.0, 20.3, 23.0, 25.3) == tuple(
        traces["Sahgal 2013, Int J Radiat Oncol Biol Phys"].y
    )


def test_catalogue_symbols_mark_conventional_and_sbrt():
    """Circles for conventional EBRT, diamonds for SBRT, one per catalogue schedule."""
    expected = ["circle" if s.technique == "cEBRT" else "diamond" for s in SCHEDULES]
    assert expected == catalogue_symbols(_compare(24, 2))


def test_update_srs_figure_moves_the_star():
    """Updating with another schedule moves the star only."""
    view = PlotView(srs_figure(_compare(24, 2)))
    update_srs_figure(view, _compare(8, 1))
    star = next(t for t in drawn(view).data if t.name == "this schedule")
    assert (12.0, 20.0) == (star.x[0], star.y[0])


def test_srs_figure_draws_each_pain_trial_on_its_own_axis_named_for_its_endpoint():
    """SC.24 (complete response) and RTOG 0631 (any response) never share an axis: each has
    its own panel, titled and with a y-axis named for its endpoint."""
    fig = drawn(srs_figure(_compare(24, 2)))
    bars = {t.name: t for t in fig.data if t.name in ("SC.24", "RTOG 0631")}
    assert (bars["SC.24"].xaxis, bars["SC.24"].yaxis) != (
        bars["RTOG 0631"].xaxis,
        bars["RTOG 0631"].yaxis,
    )
    assert bars["SC.24"].yaxis != bars["RTOG 0631"].yaxis
    axis = {name: fig.layout[bar.yaxis.replace("y", "yaxis")] for name, bar in bars.items()}
    assert "complete pain response at 3 months (%)" == axis["SC.24"].title.text
    assert "pain response at 3 months (%)" == axis["RTOG 0631"].title.text
    titles = [a.text for a in fig.layout.annotations]
    assert "SC.24: complete pain response at 3 months" in titles
    assert "RTOG 0631: pain response at 3 months" in titles
    assert "Pain at 3 months: SC.24 and RTOG 0631" not in titles


def test_the_log_axis_writes_each_label_in_full():
    """Cord EQD2 ticks are 1-2-5 values written out ("50", "100"), never a bare "5" for 50."""
    from spinemet_core.ui.srs_figure import LOG_TICKS

    fig = drawn(
        srs_figure(
            compare_schedule(total_dose=24, fractions=2, alpha_beta_tumour=10, alpha_beta_cord=2)
        )
    )
    assert ("log", list(LOG_TICKS)) == (fig.layout.yaxis.type, list(fig.layout.yaxis.tickvals))
    assert ["1", "2", "5", "10", "20", "50", "100", "200", "500", "1000"] == list(
        fig.layout.yaxis.ticktext
    )


def test_the_cord_limit_values_sit_inside_their_bars_clear_of_the_whisker():
    """The limit's value is written inside the top of its bar; the HyTEC whisker rises above."""
    fig = drawn(
        srs_figure(
            compare_schedule(total_dose=24, fractions=2, alpha_beta_tumour=10, alpha_beta_cord=2)
        )
    )
    [bar] = [t for t in fig.data if t.type == "bar" and t.error_y.array is not None]
    assert ("inside", "end") == (bar.textposition, bar.insidetextanchor)
