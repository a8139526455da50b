"""Tests of dashboard 03's note reconciling the model's gap with the 2-3 mm of surgery."""

from spinemet_core.separation import check_cord
from spinemet_core.ui.separation import SeparationApp
from spinemet_core.ui.separation_gap import gap_note_html


def test_the_24_gy_single_fraction_plan_gets_the_reconciliation():
    """24 Gy x 1 at 10%/mm needs 4.9 mm; the note gives the fall-off 2 and 3 mm would need
    (24.2% and 16.1% per mm) and the Laufer 2013 outcomes, and says what the model is not."""
    check = check_cord(prescription_dose=24, fractions=1, separation_mm=0)
    text = gap_note_html(check, 24, 1, 10)
    assert (
        "For a 2 mm gap to suffice the dose would have to fall by <b class='sm-gradient-low'>"
        "24.2%</b> per mm, for 3 mm by <b class='sm-gradient-high'>16.1%</b> per mm."
    ) in text
    assert "at that rate this plan needs 4.9 mm" in text
    assert (
        "patients were treated after separation surgery with 24 Gy in one fraction or with "
        "hypofractionated schedules; local progression at 1 year was 16.4% in all patients "
        "and 4.1% after 24-30 Gy / 3."
    ) in text
    assert (
        "The model does not show that single-fraction SRS after separation surgery is unsafe"
    ) in text


def test_no_note_when_the_model_fits_within_3_mm():
    """24 Gy / 3 needs 1.5 mm, inside 2-3 mm: nothing to reconcile."""
    check = check_cord(prescription_dose=24, fractions=3, separation_mm=0)
    assert "" == gap_note_html(check, 24, 3, 10)


def test_the_app_shows_the_note_beside_the_minimal_gap():
    """The first view (24 Gy x 1) shows the minimal gap and, in the same card area, the note."""
    app = SeparationApp()
    assert "sm-min-gap'>4.9</b>" in app.result.value
    assert "sm-gap-note" in app.result.value
    app._schedule.value = "24 Gy / 3"
    assert "sm-gap-note" not in app.result.value
