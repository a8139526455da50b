"""Tests of the dashboard-05 figure spec (ui/rcc_figure.py)."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.evidence.rcc import TRIALS
from spinemet_core.ui.plotview import PlotView
from spinemet_core.ui.rcc_figure import (
    highlight_widths,
    rcc_figure,
    trial_label,
    update_rcc_figure,
)
from tests.ui.drawn import drawn


def test_highlight_widths_outline_only_the_patients_group():
    """The patient's group gets width 4, the others 0."""
    groups = ["Favourable risk", "Intermediate risk", "Poor risk"]
    assert [0, 0, 4] == highlight_widths(groups, "Poor risk")


def test_rcc_figure_outlines_the_imdc_group_only_on_imdc_bars():
    """IMDC bars outline the group; MSKCC bars are never outlined."""
    fig = drawn(rcc_figure("Intermediate risk"))
    bars = [t for t in fig.data if t.type == "bar"]
    widths = {t.name: list(t.marker.line.width) for t in bars}
    assert [0, 4, 0] == widths["IMDC (Heng 2009)"]
    assert [0, 0, 0] == widths["MSKCC 2002 (Motzer 2002)"]


def test_update_rcc_figure_moves_the_outline():
    """Updating to poor risk moves the outline to the last IMDC bar."""
    view = PlotView(rcc_figure("Intermediate risk"))
    update_rcc_figure(view, "Poor risk")
    bar = next(t for t in drawn(view).data if t.name == "IMDC (Heng 2013)")
    assert [0, 0, 4] == list(bar.marker.line.width)


def test_trial_labels_name_the_subgroup_a_row_reports():
    """JAVELIN Renal 101's row is the PD-L1-positive subgroup and its label says so; whole
    populations get no subgroup; all from each row's population."""
    labels = {(t.trial, t.endpoint): trial_label(t) for t in TRIALS}
    assert "JAVELIN Renal 101 PFS (95% CI)<br>PD-L1 positive" == labels["JAVELIN Renal 101", "PFS"]
    assert "CLEAR OS (95% CI)" == labels["CLEAR", "OS"]
    assert (
        "CheckMate 214 OS (99.8% CI)<br>IMDC intermediate/poor risk"
        == labels["CheckMate 214", "OS"]
    )
    figure = drawn(rcc_figure("Intermediate risk"))
    forest = next(t for t in figure.data if t.name == "hazard ratio")
    assert "JAVELIN Renal 101 PFS (95% CI)<br>PD-L1 positive" in forest.y
