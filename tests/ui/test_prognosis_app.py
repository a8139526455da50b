"""Headless tests of the prognosis dashboard: set widget values, read what is displayed."""

import re

import pytest

pytest.importorskip("ipywidgets")


from spinemet_core.prognosis import Patient
from spinemet_core.ui.prognosis import PrognosisApp
from tests.ui.drawn import drawn


def _totals(app):
    return dict(re.findall(r'data-score="(\w+)".*?data-total="(\d+)"', app.results.value))


def test_prognosis_app_shows_default_patient_totals():
    """The default patient's five totals are displayed."""
    app = PrognosisApp()
    assert {
        "tokuhashi_revised": "11",
        "tokuhashi_original": "8",
        "tomita": "3",
        "katagiri_new": "3",
        "bauer_modified": "3",
    } == _totals(app)
    assert 'data-level="partial"' in app.discordance.value


def test_prognosis_app_updates_totals_when_a_control_changes():
    """Raising KPS to 80 moves revised Tokuhashi to 12 and its band to 12-15."""
    app = PrognosisApp()
    app._kps.value = 80
    assert "12" == _totals(app)["tokuhashi_revised"]
    assert "12-15" == app.scores["tokuhashi_revised"].band.range_text
    colours = list(drawn(app.figure).data[0].marker.color)
    assert ["#BBBBBB", "#BBBBBB", "#0072B2"] == colours
    assert ("", "", "/") == tuple(drawn(app.figure).data[0].marker.pattern.shape)


def test_prognosis_app_visceral_details_enabled_only_when_present():
    """The three visceral sub-questions are disabled until visceral disease is present."""
    app = PrognosisApp()
    assert app._removable.disabled and app._treatable.disabled and app._pattern.disabled
    app._visceral.value = "present"
    assert not (app._removable.disabled or app._treatable.disabled or app._pattern.disabled)
    assert "10" == _totals(app)["tokuhashi_revised"]  # removable visceral: 2 -> 1 point
    app._removable.value = False
    assert "9" == _totals(app)["tokuhashi_revised"]  # unremovable: 0 points


def test_prognosis_app_flags_follow_the_primary():
    """Hormone dependence applies to breast/prostate, targeted therapy to lung."""
    app = PrognosisApp()
    assert not app._hormone.disabled and app._targeted.disabled
    app._primary.value = "lung"
    assert app._hormone.disabled and not app._targeted.disabled
    before = int(_totals(app)["katagiri_new"])
    app._targeted.value = True
    assert before - 1 == int(_totals(app)["katagiri_new"])


def test_prognosis_app_conflict_is_highlighted():
    """A good-outlook Tokuhashi with a high-risk Katagiri shows a conflict."""
    app = PrognosisApp(
        Patient(
            primary="breast",
            kps=90,
            frankel="E",
            labs="critical",
            ecog=3,
            previous_chemotherapy=True,
            visceral="present",
            visceral_pattern="disseminated",
        )
    )
    assert 'data-level="conflicting"' in app.discordance.value


def test_prognosis_app_flips_list_names_the_kps_change():
    """The flips panel lists KPS 80, 90, 100 as moving revised Tokuhashi to 12-15."""
    app = PrognosisApp()
    assert "KPS → 80, 90, 100: total 11 → 12 (band 12-15)" in app.flips.value


def test_prognosis_app_chart_switches_score_and_says_when_no_figure():
    """Choosing a score without confirmed figures says so instead of drawing numbers."""
    app = PrognosisApp()
    app._chart_score.value = "tomita"
    assert (34.0, 41.0, 16.0, 12.0) == tuple(drawn(app.figure).data[0].y)
    assert "Gong 2021" in drawn(app.figure).layout.title.text
    app._chart_score.value = "bauer_modified"
    assert (0, 0, 0) == tuple(drawn(app.figure).data[0].y)
    assert ("not confirmed",) * 3 == tuple(drawn(app.figure).data[0].text)
    assert "No survival figure per band could be confirmed" in app.chart_caption.value


def test_prognosis_app_provenance_lists_every_score_and_conflicts():
    """The provenance panel carries each score's citation and its known conflicts."""
    app = PrognosisApp()
    for key in (
        "tokuhashi_revised",
        "tokuhashi_original",
        "tomita",
        "katagiri_new",
        "bauer_modified",
    ):
        assert f"data-score='{key}'" in app.provenance.value
    assert "10.1097/01.brs.0000180401.06919.a5" in app.provenance.value
    assert "NICE evidence-table summary gives 2" in app.provenance.value


def test_prognosis_app_controls_cannot_produce_invalid_input():
    """Every option of every control builds a valid patient."""
    app = PrognosisApp()
    app._visceral.value = "present"
    for control in app.controls.values():
        if not hasattr(control, "options"):
            continue
        for _label, value in control.options:
            control.value = value
            assert app.scores  # no exception was raised while rescoring


def test_prognosis_app_flags_kps_30_with_ecog_0_naming_the_conversion_and_keeps_the_values():
    """KPS 30% with ECOG 0: a flag beside the fields names Buccheri 1996; entries, scores stay."""
    app = PrognosisApp()
    app.controls["kps"].value = 30
    app.controls["ecog"].value = 0
    flag = app.performance.value
    assert "data-consistent='false'" in flag
    assert "KPS 30% and ECOG 0 do not agree" in flag
    assert "Buccheri 1996 conversion (<code>buccheri1996</code>)" in flag
    assert "pairs KPS 30% with ECOG 3-4" in flag
    scores = _totals(app)
    assert (30, 0) == (app.controls["kps"].value, app.controls["ecog"].value)
    # KPS 70% -> 30% moves revised Tokuhashi's general-condition item from 1 point to 0
    assert {"tokuhashi_revised": "10", "katagiri_new": "3"} == {
        k: scores[k] for k in ("tokuhashi_revised", "katagiri_new")
    }


def test_prognosis_app_says_a_consistent_pair_agrees():
    """KPS 80% with ECOG 1 agrees under Buccheri 1996: a quiet note, no flag."""
    app = PrognosisApp()
    app.controls["kps"].value = 80
    app.controls["ecog"].value = 1
    assert "data-consistent='true'" in app.performance.value
    assert "sm-ps-flag" not in app.performance.value
    assert "KPS 80% and ECOG 1 agree under the Buccheri 1996 conversion" in app.performance.value


def test_prognosis_app_places_the_performance_check_right_after_the_ecog_field():
    """The check sits beside the two performance fields in the form."""
    app = PrognosisApp()
    (row,) = [c for c in app.children if "sm-lecture-row" in c._dom_classes]
    form = row.children[0]
    fields = list(form.children)
    assert fields.index(app.controls["ecog"]) + 1 == fields.index(app.performance)
