"""Headless tests of the stereotactic radiosurgery dashboard (ui/srs.py)."""

import re

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.srs import SrsApp
from tests.ui.drawn import drawn


def _number(css_class, html):
    return float(re.search(rf"class='{css_class}'>([\d.]+)<", html).group(1))


def test_srs_app_computes_bed_and_eqd2_for_the_chosen_schedule():
    """24 Gy / 2 gives tumour BED 52.8 and EQD2 44.0; 30 Gy / 10 gives EQD2 32.5."""
    app = SrsApp()
    assert 52.8 == _number("sm-bed-tumour", app.calculator.value)
    assert 44.0 == _number("sm-eqd2-tumour", app.calculator.value)
    assert "LQ model stretched" in app.calculator.value
    app._schedule.value = "30 Gy / 10"
    assert 32.5 == _number("sm-eqd2-tumour", app.calculator.value)
    assert "LQ model stretched" not in app.calculator.value
    star = next(t for t in drawn(app.figure).data if t.name == "this schedule")
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


def test_srs_app_conventional_8_gy_is_not_given_a_fracture_risk_group():
    """8 Gy x 1 (cEBRT) is not labelled the lowest-risk group: the groups are SBRT-only."""
    app = SrsApp()
    app._schedule.value = "8 Gy x 1"
    assert "lowest-risk group (" not in app.vcf.value
    assert "sm-vcf-not-applicable" in app.vcf.value


def test_srs_app_custom_schedule_beyond_five_fractions_has_no_cord_limit():
    """Eight fractions are outside the Sahgal 2013 limits, which the page says."""
    app = SrsApp()
    app._fractions.text = "8"
    assert "custom" == app._schedule.value
    assert (
        "Cord limits of Sahgal 2013, Int J Radiat Oncol Biol Phys cover 1-5 fractions only."
        in app.calculator.value
    )


def test_srs_app_twenty_gy_single_fraction_is_intermediate_fracture_risk():
    """20 Gy x 1 reads 'intermediate-risk group (20-23 Gy per fraction)'."""
    app = SrsApp()
    app._dose.text = "20"
    app._fractions.text = "1"
    assert "intermediate-risk group (20-23 Gy per fraction)</b>" in app.vcf.value


def test_srs_app_updates_its_figure_in_place_and_cites_its_topic():
    """A change edits the same figure; the reference list comes from the topic manifest."""
    app = SrsApp()
    figure = app.figure
    app._ab_tumour.value = 15.0
    assert figure is app.figure
    assert "sahgal2013_cord" in SrsApp.REFERENCES


def test_srs_app_methods_do_not_shadow_widget_internals():
    """No method of the app replaces an ipywidgets one (a private _compare once broke Voilà)."""
    import ipywidgets as widgets

    own = [n for n, v in vars(SrsApp).items() if callable(v) and n != "__init__"]
    assert [] == [n for n in own if hasattr(widgets.VBox, n)]


def test_srs_app_fractions_with_a_decimal_comma_are_refused_and_the_result_withheld():
    """ "4,5" fractions is not a whole number (never 45 or 30): no BED/EQD2 is shown."""
    app = SrsApp()
    app._fractions.text = "4,5"
    assert "'4,5' is not a whole number" == app._fractions.error
    assert "sm-eqd2-tumour" not in app.calculator.value
    assert None is app.values()
    assert "custom" == app._schedule.value


def test_srs_app_dose_with_a_decimal_comma_is_read_as_a_point():
    """24,5 Gy in 2 fractions gives the core's values for 24.5 Gy."""
    from spinemet_core.fractionation import compare_schedule

    app = SrsApp()
    app._dose.text = "24,5"
    c = compare_schedule(total_dose=24.5, fractions=2, alpha_beta_tumour=10, alpha_beta_cord=2)
    assert round(c.eqd2_tumour, 1) == _number("sm-eqd2-tumour", app.calculator.value)
