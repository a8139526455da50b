"""Headless tests of the renal cell carcinoma dashboard and the subtype panel of 01."""

import re

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.prognosis import PrognosisApp
from spinemet_core.ui.rcc import PRESETS, RccApp
from tests.ui.drawn import drawn


def _group(app, model):
    block = re.search(rf"data-model='{model}'.*?class='sm-group'>([^<]+)<", app.results.value)
    return block.group(1)


def test_rcc_app_opens_on_the_calcium_trap():
    """Corrected calcium 11.0 makes IMDC poor risk while measured calcium looks normal."""
    app = RccApp()
    assert "class='sm-corrected-ca'>11.0<" in app.calcium.value
    assert "The trap" in app.calcium.value
    assert "Poor risk" == _group(app, "imdc")


def test_rcc_app_albumin_change_moves_imdc_group_and_highlight():
    """Normal albumin removes the calcium factor: IMDC back to intermediate, highlight moves."""
    app = RccApp()
    app._alb.text = "4.0"
    assert "class='sm-corrected-ca'>9.8<" in app.calcium.value
    assert "Intermediate risk" == _group(app, "imdc")
    bars = [t for t in drawn(app.figure).data if t.type == "bar" and t.name.startswith("IMDC")]
    assert all(list(b.marker.line.width) == [0, 4, 0] for b in bars)


def test_rcc_app_preset_shows_model_disagreement():
    """The second teaching patient is IMDC intermediate but MSKCC favourable."""
    app = RccApp()
    app._preset.value = "IMDC and MSKCC disagree"
    assert "Intermediate risk" == _group(app, "imdc")
    assert "Favourable risk" == _group(app, "mskcc_2002")
    assert "The models disagree" in app.results.value


def test_rcc_app_user_limits_change_the_factors():
    """Raising the platelet upper limit removes thrombocytosis."""
    app = RccApp()
    app._alb.text = "4.0"
    app._plt_uln.text = "500"
    assert "Intermediate risk" == _group(app, "imdc")
    assert "☐ Platelets above the upper limit of normal" in app.results.value


def test_prognosis_subtype_panel_shows_lung_ceiling_and_katagiri_switch():
    """Lung caps revised Tokuhashi at 10; targeted therapy moves Katagiri's primary item."""
    app = PrognosisApp()
    app._primary.value = "lung"
    assert "class='sm-ceiling'>10<" in app.subtypes.value
    assert "Park 2021" in app.subtypes.value
    assert "is <b>3</b> point(s) now and would be <b>2</b>" in app.subtypes.value
    app._targeted.value = True
    assert "is <b>2</b> point(s) now and would be <b>3</b>" in app.subtypes.value


def test_prognosis_subtype_panel_breast_receptor_figures():
    """Breast shows the receptor-positive and triple-negative medians."""
    app = PrognosisApp()
    assert "median survival 22.5 months" in app.subtypes.value
    assert "median survival 6.7 months" in app.subtypes.value


def test_rcc_app_ldh_counts_only_above_one_and_a_half_times_the_limit():
    """With ULN 250, LDH 375 leaves MSKCC unchanged and 380 adds a factor."""
    app = RccApp()
    app._ldh.text = "375"
    assert "☐ LDH above 1.5 x the upper limit of normal" in app.results.value
    app._ldh.text = "380"
    assert "☒ LDH above 1.5 x the upper limit of normal" in app.results.value
    assert "Poor risk" == _group(app, "mskcc_2002")


def test_rcc_app_shows_the_calcium_correction_worked_through():
    """The card writes the bedside formula with the patient's values."""
    app = RccApp()
    assert "Corrected calcium = 9.8 + 0.8 x (4.0 - 2.5) = " in app.calcium.value
    assert "Payne 1973" in app.calcium.value


def test_rcc_app_methods_do_not_shadow_widget_internals():
    """No method of the app replaces an ipywidgets one (a private _compare once broke Voilà)."""
    import ipywidgets as widgets

    own = [n for n, v in vars(RccApp).items() if callable(v) and n != "__init__"]
    assert [] == [n for n in own if hasattr(widgets.VBox, n)]


def test_rcc_app_issue_worked_example_in_si_units():
    """Calcium 2,45 mmol/L with albumin 25 g/L: corrected 11.0 mg/dL, counted by IMDC and MSKCC."""
    app = RccApp()
    app._alb.text = "4"  # leave the trap patient first
    app._ca.unit, app._ca.text = "mmol/L", "2,45"
    app._alb.unit, app._alb.text = "g/L", "25"
    assert "class='sm-corrected-ca'>11.0<" in app.calcium.value
    assert 3 == app.results.value.count("☒ Corrected calcium above")  # IMDC, MSKCC 1999 and 2002
    assert "Poor risk" == _group(app, "imdc")
    corrected, results = app.scores()
    assert (11.02, True) == (
        round(corrected, 2),
        results["mskcc_2002"].points["calcium_over_10"] == 1,
    )


def test_rcc_app_months_with_a_decimal_comma_are_under_one_year():
    """4,5 months is 4.5 (never 45): the under-one-year factor counts in IMDC and MSKCC 2002."""
    app = RccApp()
    app._months.text = "4,5"
    assert 2 == app.results.value.count(
        "☒ Less than 1 year from diagnosis to"
    )  # IMDC and MSKCC 2002
    _corrected, results = app.scores()
    points = (results["imdc"].points, results["mskcc_2002"].points)
    assert (1, 1) == tuple(p["interval_below_1_year"] for p in points)


def test_rcc_app_ldh_as_a_multiple_hides_the_limit_field():
    """LDH in x ULN needs no limit: its field is hidden, and 1,6 x ULN counts for MSKCC."""
    app = RccApp()
    app._ldh.unit = "× ULN"
    assert "none" == app._ldh_uln.layout.display
    app._ldh.text = "1,6"
    assert "☒ LDH above 1.5 x the upper limit of normal" in app.results.value
    app._ldh.unit = "U/L"
    assert None is app._ldh_uln.layout.display


def test_rcc_app_preset_restores_canonical_units_and_the_result():
    """Loading a teaching patient after an invalid entry writes its values in their units."""
    app = RccApp()
    app._hb.text = ""
    assert "sm-withheld" in app.calcium.value
    app._preset.value = "calcium trap"
    assert ("11", "g/dL", "") == (app._hb.text, app._hb.unit, app._hb.error)
    assert "Poor risk" == _group(app, "imdc")


def test_an_edit_after_loading_an_example_clears_its_name_and_it_loads_again():
    """The example's name goes once a value is edited, and choosing it again restores it."""
    app = RccApp()
    example = next(iter(PRESETS))
    app._preset.value = example
    loaded = app.results.value
    field = app._fields.fields["platelets_1e9_l"]
    field.text = "900"
    assert ("", "900") == (app._preset.value, field.text)
    app._preset.value = example
    assert (example, loaded) == (app._preset.value, app.results.value)
