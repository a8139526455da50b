"""Headless tests of the separation-surgery dashboard (ui/separation.py)."""

import re

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.separation import SeparationApp
from tests.ui.drawn import drawn


def _number(css_class, html):
    return float(re.search(rf"class='{css_class}'>([\d.]+)<", html).group(1))


def test_separation_app_starts_over_the_limit_and_passes_with_enough_gap():
    """24 Gy x 1 on the cord fails; a 5 mm gap at 10%/mm passes."""
    app = SeparationApp()
    assert "data-safe='false'" in app.result.value
    assert 24.0 == _number("sm-cord-dose", app.result.value)
    assert 4.9 == _number("sm-min-gap", app.result.value)  # 4.83 rounded up: 4.8 would fail
    app._separation.text = "5"
    assert "data-safe='true'" in app.result.value
    assert 12.0 == _number("sm-cord-dose", app.result.value)
    point = next(t for t in drawn(app.figure).data if t.name == "this plan")
    assert ((5.0,), (12.0,)) == (tuple(point.x), tuple(point.y))


def test_separation_app_schedule_sets_dose_and_fractions_and_custom_follows_edits():
    """Choosing 24 Gy / 3 sets 24 Gy and 3 fractions; editing the dose switches to custom."""
    app = SeparationApp()
    app._schedule.value = "30 Gy / 3"
    assert (30.0, 3) == (app._dose.value, app._fractions.value)
    assert "30 Gy / 3" == app._schedule.value
    limit = next(t for t in drawn(app.figure).data if t.name == "cord limit")
    assert (20.3, 20.3) == tuple(limit.y)
    app._dose.text = "27"
    assert "custom" == app._schedule.value


def test_separation_app_gradient_changes_the_curve():
    """A steeper fall-off lowers the cord dose at the same gap."""
    app = SeparationApp()
    app._separation.text = "2"
    before = _number("sm-cord-dose", app.result.value)
    app._gradient.text = "20"
    assert before > _number("sm-cord-dose", app.result.value)


def test_separation_app_lists_left_out_numbers():
    """The page names the numbers it could not confirm."""
    app = SeparationApp()
    html = "".join(c.value for c in app.children if isinstance(getattr(c, "value", None), str))
    assert "Left out because they could not be confirmed" in html


def test_separation_app_check_and_text_follow_the_core():
    """check() is the core's cord check; the page states the 2-3 mm aim of surgery."""
    from spinemet_core.separation import check_cord

    app = SeparationApp()
    app._separation.text = "3"
    expected = check_cord(prescription_dose=24, fractions=1, separation_mm=3)
    assert expected == app.check()
    assert "aims at 2-3 mm of tumour-free space" in app.result.value


def test_separation_app_updates_its_figure_in_place():
    """Moving the gap redraws the curve's marker in the same figure."""
    app = SeparationApp()
    figure = app.figure
    app._separation.text = "2"
    assert figure is app.figure
    point = next(t for t in drawn(app.figure).data if t.name == "this plan")
    assert ((2.0,), (19.2,)) == (tuple(point.x), tuple(point.y))


def test_separation_app_methods_do_not_shadow_widget_internals():
    """No method of the app replaces an ipywidgets one (a private _compare once broke Voilà)."""
    import ipywidgets as widgets

    own = [n for n, v in vars(SeparationApp).items() if callable(v) and n != "__init__"]
    assert [] == [n for n in own if hasattr(widgets.VBox, n)]


def test_separation_app_typing_the_shown_minimal_gap_passes():
    """The minimal gap 4.83 mm is shown rounded up (4.9); typing 4,9 is within the limit."""
    app = SeparationApp()
    shown = re.search(r"class='sm-min-gap'>([\d.]+)<", app.result.value).group(1)
    app._separation.text = shown.replace(".", ",")
    assert ("4.9", "data-safe='true'") == (
        shown,
        re.search(r"data-safe='\w+'", app.result.value)[0],
    )


def test_separation_app_cord_dose_just_over_the_limit_is_not_shown_as_the_limit():
    """A cord dose of 12.408 Gy over the 12.4 Gy limit is shown as 12.41, never "12.4"."""
    app = SeparationApp()
    app._separation.text = "4,83"
    assert "data-safe='false'" in app.result.value
    assert "<span class='sm-cord-dose'>12.41</span> Gy</b> against a limit of <b>12.4 Gy" in (
        app.result.value
    )


def test_separation_app_gap_outside_the_core_range_is_refused_with_the_range():
    """25 mm is outside the core's 0-20 mm: the message says so and no cord dose is shown."""
    app = SeparationApp()
    app._separation.text = "25"
    assert "25 mm is not accepted; allowed: a number from 0 to 20 mm" == app._separation.error
    assert "sm-cord-dose" not in app.result.value
    assert None is app.check()


def test_separation_app_cites_the_target_gap_with_its_status():
    """The 2-3 mm aim is shown with its source and its ledger status."""
    text = SeparationApp().result.value
    assert "aims at 2-3 mm of tumour-free space around the thecal sac (Laufer 2013, " in text
    assert "J Neurosurg Spine; source status: unconfirmed)." in text
