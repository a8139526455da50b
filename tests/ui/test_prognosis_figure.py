"""Tests of the prognosis chart spec."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.prognosis import Patient, score_all
from spinemet_core.ui.prognosis_figure import BANDS, chart_spec
from tests.ui.drawn import drawn


def test_chart_has_one_bar_per_band_and_hatches_the_patients_band():
    """Revised Tokuhashi 11 sits in band 9-11: that bar is blue and hatched."""
    result = score_all(
        Patient(
            primary="breast", kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2, frankel="D"
        )
    )["tokuhashi_revised"]
    spec = chart_spec("tokuhashi_revised", result)
    drawn(spec)  # a valid plotly figure
    bar = spec["data"][0]
    assert ["0-8", "9-11", "12-15"] == bar["x"]
    assert ["", "/", ""] == bar["marker"]["pattern"]["shape"]
    assert ["#BBBBBB", "#0072B2", "#BBBBBB"] == bar["marker"]["color"]


def test_chart_without_confirmed_figures_draws_zero_and_says_so():
    """Modified Bauer has no confirmed per-band figure."""
    result = score_all(Patient())["bauer_modified"]
    spec = chart_spec("bauer_modified", result)
    drawn(spec)  # a valid plotly figure
    assert [0, 0, 0] == spec["data"][0]["y"]
    assert ["not confirmed"] * 3 == spec["data"][0]["text"]
    assert "no per-band survival figure confirmed" in spec["layout"]["title"]["text"]


def test_bands_cover_every_prognostic_score():
    """The chart knows the bands of each score the dashboard scores."""
    assert set(score_all(Patient())) == set(BANDS)
