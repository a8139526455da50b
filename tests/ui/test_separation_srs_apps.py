"""Headless tests of the separation-surgery and radiosurgery dashboards."""

import re

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.separation import SeparationApp
from spinemet_core.ui.srs import SrsApp


def _number(css_class, html):
    return float(re.search(rf"class='{css_class}'>([\d.]+)<", html).group(1))


def test_separation_app_starts_over_the_limit_and_passes_with_enough_gap():
    """24 Gy x 1 on the cord fails; a 5 mm gap at 10%/mm passes."""
    app = SeparationApp()
    assert "data-safe='false'" in app.result.value
    assert 24.0 == _number("sm-cord-dose", app.result.value)
    assert 4.8 == _number("sm-min-gap", app.result.value)
    app._separation.value = 5
    assert "data-safe='true'" in app.result.value
    assert 12.0 == _number("sm-cord-dose", app.result.value)
    point = next(t for t in app.figure.data if t.name == "this plan")
    assert ((5.0,), (12.0,)) == (tuple(point.x), tuple(point.y))


def test_separation_app_schedule_sets_dose_and_fractions_and_custom_follows_edits():
    """Choosing 24 Gy / 3 sets 24 Gy and 3 fractions; editing the dose switches to custom."""
    app = SeparationApp()
    app._schedule.value = "30 Gy / 3"
    assert (30.0, 3) == (app._dose.value, app._fractions.value)
    assert "30 Gy / 3" == app._schedule.value
    limit = next(t for t in app.figure.data if t.name == "cord limit")
    assert (20.3, 20.3) == tuple(limit.y)
    app._dose.value = 27
    assert "custom" == app._schedule.value


def test_separation_app_gradient_changes_the_curve():
    """A steeper fall-off lowers the cord dose at the same gap."""
    app = SeparationApp()
    app._separation.value = 2
    before = _number("sm-cord-dose", app.result.value)
    app._gradient.value = 20
    assert before > _number("sm-cord-dose", app.result.value)


def test_separation_app_lists_left_out_numbers():
    """The page names the numbers it could not confirm."""
    app = SeparationApp()
    html = "".join(c.value for c in app.children if isinstance(getattr(c, "value", None), str))
    assert "Left out because they could not be confirmed" in html


def test_srs_app_computes_bed_and_eqd2_for_the_chosen_schedule():
    """24 Gy / 2 gives tumour BED 52.8 and EQD2 44.0; 30 Gy / 10 gives EQD2 32.5."""
    app = SrsApp()
    assert 52.8 == _number("sm-bed-tumour", app.calculator.value)
    assert 44.0 == _number("sm-eqd2-tumour", app.calculator.value)
    assert "LQ model stretched" in app.calculator.value
    app._schedule.value = "30 Gy / 10"
    assert 32.5 == _number("sm-eqd2-tumour", app.calculator.value)
    assert "LQ model stretched" not in app.calculator.value
    star = next(t for t in app.figure.data if t.name == "this schedule")
    assert (32.5, 37.5) == (star.x[0], star.y[0])


def test_srs_app_alpha_beta_choice_changes_the_cord_value():
    """Cord alpha/beta 3 instead of 2 lowers the cord EQD2 of a large fraction."""
    app = SrsApp()
    before = _number("sm-eqd2-cord", app.calculator.value)
    app._ab_cord.value = 3.0
    assert before > _number("sm-eqd2-cord", app.calculator.value)


def test_srs_app_vcf_group_follows_dose_per_fraction():
    """24 Gy x 1 is in the highest fracture-risk group; 24 Gy / 3 in the lowest."""
    app = SrsApp()
    app._schedule.value = "24 Gy x 1"
    assert "highest-risk group" in app.vcf.value
    app._schedule.value = "24 Gy / 3"
    assert "lowest-risk group" in app.vcf.value
