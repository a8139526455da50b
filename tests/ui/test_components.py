"""Headless tests of the shared widgets and the check-yourself questions."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.cases import CHECK_SEED, check_question, choice_order
from spinemet_core.errors import InvalidInputError
from spinemet_core.ui.components import check_yourself, notice, references_html
from spinemet_core.ui.start import StartPage


def test_notice_says_education_only():
    """The notice widget carries the education-only wording."""
    assert "For education only, not for clinical decisions." in notice().children[0].value


def test_check_yourself_gives_feedback_after_check():
    """Choosing an answer and pressing Check shows the verdict and every choice's feedback."""
    widget = check_yourself("prognostic_scores", "revised-tokuhashi-lung")
    widget._on_check()
    assert "Choose an answer first" in widget._feedback.value
    radio = widget._answer_box.children[0]
    radio.value = "12"
    widget._check.click()
    assert "Not quite." in widget._feedback.value
    assert "<b>12</b>: That would need 2 points" in widget._feedback.value
    radio.value = "10"
    widget._check.click()
    assert "Correct." in widget._feedback.value
    assert "How the core computes it" in widget._feedback.value


def test_check_yourself_shows_choices_in_the_fixed_seeded_order():
    """The radio buttons follow choice_order with CHECK_SEED, the same on every build."""
    case, question = check_question("noms_framework", "sins-band")
    expected = [c.text for c in choice_order(question, seed=CHECK_SEED, case_id=case.id)]
    widget = check_yourself("noms_framework", "sins-band")
    assert expected == list(widget._answer_box.children[0].options)
    assert expected == list(
        check_yourself("noms_framework", "sins-band")._answer_box.children[0].options
    )


def test_check_yourself_shows_vignette_then_prompt():
    """The box reads 'Check yourself.', the case's situation and then its question."""
    widget = check_yourself("targeted_therapy_rcc", "corrected-calcium")
    assert (
        "<b>Check yourself.</b> Measured calcium 9.6 mg/dL with albumin 2.0 g/dL. "
        "<span class='sm-question-prompt'>What is the corrected calcium (usual 0.8 convention)?"
        "</span>"
    ) == widget._prompt.value


def test_check_yourself_unknown_question_names_the_known_ones():
    """An unknown id raises InvalidInputError listing the topic's question ids."""
    with pytest.raises(InvalidInputError, match="^question_id: got 'nope'; allowed: eqd2-8x1"):
        check_yourself("stereotactic_radiosurgery", "nope")


def test_references_html_links_dois():
    """Rendered references link their DOI locally as text and name unconfirmed fields."""
    rendered = references_html(["tokuhashi2005", "tokuhashi1990"]).value
    assert 'href="https://doi.org/10.1097/01.brs.0000180401.06919.a5"' in rendered
    assert "not yet confirmed" in rendered


def test_start_page_reports_environment():
    """The start page reports the installed stack."""
    page = StartPage()
    assert "Everything the dashboards need is installed" in page.environment.value
    assert "voila" in page.environment.value


def test_start_page_leaves_voila_out_in_the_browser(monkeypatch):
    """Under Pyodide (static edition) Voilà is not needed, so it is neither listed nor missing."""
    monkeypatch.setattr("sys.platform", "emscripten")
    page = StartPage()
    assert "Everything the dashboards need is installed in your browser" in page.environment.value
    assert "voila" not in page.environment.value


def _schedule_presets():
    import ipywidgets as widgets

    from spinemet_core.radiobiology import SCHEDULES
    from spinemet_core.ui.components import SchedulePresets
    from spinemet_core.ui.fields import IntegerField, NumberField

    schedules = {s.name: s for s in SCHEDULES}
    dropdown = widgets.Dropdown(options=[*schedules, "custom"], value="24 Gy / 2")
    dose, fractions = NumberField("Total dose", text="24"), IntegerField("Fractions", text="2")
    calls = []
    SchedulePresets(dropdown, dose, fractions, schedules, lambda: calls.append(1))
    return dropdown, dose, fractions, calls


def test_schedule_presets_fill_number_fields_as_typed_text():
    """Choosing 30 Gy / 10 writes "30" and "10" into the fields and calls back once."""
    dropdown, dose, fractions, calls = _schedule_presets()
    dropdown.value = "30 Gy / 10"
    assert ("30", "10", 30.0, 10, [1]) == (
        dose.text,
        fractions.text,
        *_values(dose, fractions),
        calls,
    )
    assert "30 Gy / 10" == dropdown.value


def _values(*fields):
    return tuple(f.value for f in fields)


def test_schedule_presets_a_hand_edit_or_an_emptied_field_switches_to_custom():
    """Typing 27 Gy, or emptying the fractions, makes the schedule "custom"."""
    dropdown, dose, _fractions, _calls = _schedule_presets()
    dose.text = "27"
    assert "custom" == dropdown.value
    dropdown, _dose, fractions, _calls = _schedule_presets()
    fractions.text = ""
    assert ("custom", None) == (dropdown.value, fractions.value)
