"""Headless tests of the NOMS dashboard."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.noms import NomsApp
from tests.ui.drawn import drawn


def _radioresistant_grade_2(app):
    app._primary.value = "kidney"
    app._grade.value = "2"


def test_noms_app_starts_with_breast_cebrt():
    """The default patient (breast, grade 0, stable) is offered conventional EBRT."""
    app = NomsApp()
    assert "cEBRT" == app.recommendation.summary
    assert "data-branch='radiosensitive'" in app.card.value


def test_noms_app_radioresistant_high_grade_fit_gets_hybrid_therapy():
    """Kidney + grade 2 + fit: separation surgery then SRS, shown in card and diagram."""
    app = NomsApp()
    _radioresistant_grade_2(app)
    assert "data-branch='resistant-high-fit'" in app.card.value
    assert "Separation surgery, then SRS" in app.card.value
    taken = next(t for t in drawn(app.figure).data if t.name == "path taken")
    assert 3 * 4 == len(taken.x)  # start-escc, escc-fit, fit-hybrid, sins-stable
    boxes = {n.name: n.borderwidth for n in drawn(app.figure).layout.annotations if n.name}
    assert 3 == boxes["node-resistant-high-fit"]
    assert 1 == boxes["node-resistant-high-unfit"]
    assert "Axial schematic: ESCC grade 2" == drawn(app.figure).layout.annotations[0].text


def test_noms_app_unfit_falls_back_to_cebrt():
    """The learner's unfit decision moves the path to palliative EBRT."""
    app = NomsApp()
    _radioresistant_grade_2(app)
    app._fit.value = False
    assert "data-branch='resistant-high-unfit'" in app.card.value
    boxes = {n.name: n.borderwidth for n in drawn(app.figure).layout.annotations if n.name}
    assert (1, 3) == (boxes["node-resistant-high-fit"], boxes["node-resistant-high-unfit"])


def test_noms_app_sins_calculator_feeds_the_mechanical_pillar():
    """SINS items set in the M panel give the total and, at 13, stabilization."""
    app = NomsApp()
    app._level.value = "L5"
    app._sins_items["pain"].value = "mechanical"
    app._sins_items["lesion"].value = "lytic"
    app._sins_items["collapse"].value = "under_50"
    assert "data-sins='10'" in app.sins_result.value
    app._sins_items["posterolateral"].value = "bilateral"
    assert "data-sins='13'" in app.sins_result.value
    assert app.recommendation.stabilization
    assert "stabilization: <b>yes</b>" in app.card.value


def test_noms_app_override_replaces_the_listed_radiosensitivity():
    """Overriding breast to resistant turns grade 3 into hybrid therapy."""
    app = NomsApp()
    app._grade.value = "3"
    assert "cEBRT" == app.recommendation.radiation
    app._override.value = "resistant"
    assert app.recommendation.separation_surgery
    assert "Override in use" in app.oncology_note.value


def test_noms_app_what_changes_lists_single_pillar_flips():
    """The changes panel names the systemic and oncologic flips for a hybrid case."""
    app = NomsApp()
    _radioresistant_grade_2(app)
    assert "fit for surgery → no gives <b>cEBRT</b>" in app.changes.value
    assert "ESCC grade → 0, 1a, 1b, 1c gives <b>SRS</b>" in app.changes.value


def _poor_systemic(app):
    app._systemic["ecog"].value = "3-4"
    app._systemic["comorbidity"].value = "severe or uncontrolled"
    app._systemic["systemic_disease"].value = "extensive, progressing"


def test_noms_app_flags_poor_systemic_findings_beside_a_fit_call_and_keeps_the_plan():
    """ECOG 3-4 + severe comorbidity + progressing disease + fit: flagged; the plan is unchanged."""
    app = NomsApp()
    _radioresistant_grade_2(app)
    assert "" == app.systemic_flag.value
    _poor_systemic(app)
    flag = app.systemic_flag.value
    assert "data-concerns='3'" in flag
    assert "3 findings argue against it" in flag
    for finding in ("ECOG 3-4", "severe or uncontrolled comorbidity", "progressing systemic"):
        assert finding in flag
    for source in ("Katagiri 2014", "Laufer 2013", "Patchell 2005"):
        assert source in flag
    assert True is app._fit.value
    assert "Separation surgery, then SRS" == app.recommendation.summary
    assert "3 systemic findings argue against it" in app.plan_note.value


def test_noms_app_unfit_call_with_poor_findings_is_not_flagged():
    """The same findings with "not fit": no flag, a quiet note; the plan follows the call."""
    app = NomsApp()
    _radioresistant_grade_2(app)
    _poor_systemic(app)
    app._fit.value = False
    assert "sm-systemic-flag" not in app.systemic_flag.value
    assert "in line with your call" in app.systemic_flag.value
    assert "" == app.plan_note.value
    assert "cEBRT" == app.recommendation.summary


def test_noms_app_one_adverse_finding_is_counted_in_the_singular():
    """Only ECOG 3-4 with a fit call: one finding argues against it."""
    app = NomsApp()
    app._systemic["ecog"].value = "3-4"
    assert "1 finding argues against it" in app.systemic_flag.value
    assert "1 systemic finding argues against it" in app.plan_note.value
