"""Headless tests of the number fields that never clamp (spinemet_core.ui.fields)."""

import pytest

pytest.importorskip("ipywidgets")

from hypothesis import given, settings
from hypothesis import strategies as st

from spinemet_core.errors import require_int, require_number
from spinemet_core.rcc import corrected_calcium
from spinemet_core.ui.fields import FIELD_CSS, IntegerField, NumberField

MIX_UP = (
    "2.45 mg/dL is outside the plausible range 4 to 20 mg/dL; "
    "did you mean 2.45 mmol/L (= 9.82 mg/dL)?"
)


def test_calcium_typed_in_mmol_per_l_gives_its_value_in_mg_per_dl():
    """Typed "2,45" in mmol/L is 9.82 mg/dL, with no message."""
    field = NumberField("Calcium", analyte="calcium", text="2,45", unit="mmol/L")
    assert (9.82, "") == (round(field.value, 2), field.error)


def test_calcium_2_45_in_mg_per_dl_is_refused_with_the_likely_unit():
    """The issue's trap: 2.45 "mg/dL" is withheld and the message names mmol/L."""
    field = NumberField("Calcium", analyte="calcium", text="2.45")
    assert (None, MIX_UP) == (field.value, field.error)
    assert f"<div class='sm-field-error' role='alert'>{MIX_UP}</div>" == field.message.value


def test_changing_the_unit_reinterprets_the_text_without_rewriting_it():
    """Switching mg/dL → mmol/L keeps "2.45" as typed and makes it valid."""
    field = NumberField("Calcium", analyte="calcium", text="2.45")
    field.unit = "mmol/L"
    assert ("2.45", "mmol/L", "") == (field.text, field.unit, field.error)
    assert 9.82 == round(field.value, 2)


def test_the_unit_dropdown_offers_the_analytes_units_and_drives_the_unit():
    """The dropdown lists g/dL and g/L; choosing one in it is the field's unit."""
    field = NumberField("Albumin", analyte="albumin", text="25")
    assert ("g/dL", "g/L") == field._units.options
    field._units.value = "g/L"
    assert ("g/L", 2.5) == (field.unit, field.value)


def test_issue_worked_example_through_two_fields_gives_corrected_calcium_11_0():
    """Calcium 2.45 mmol/L and albumin 25 g/L give a corrected calcium of 11.0 mg/dL."""
    calcium = NumberField("Calcium", analyte="calcium", text="2,45", unit="mmol/L")
    albumin = NumberField("Albumin", analyte="albumin", text="25", unit="g/L")
    corrected = corrected_calcium(calcium_mg_dl=calcium.value, albumin_g_dl=albumin.value)
    assert 11.0 == round(corrected, 1)


def test_emptied_field_says_enter_a_value_and_is_never_refilled():
    """Clearing the text gives value None and "Enter a value"; the old text does not return."""
    field = NumberField("Haemoglobin", analyte="haemoglobin", text="11")
    field.text = ""
    assert ("", None, "Enter a value") == (field.text, field.value, field.error)
    assert "" == field._input.value


def test_out_of_range_value_is_kept_as_typed_never_clamped():
    """Albumin 500 g/L stays "500", value None, message with the range in g/L."""
    field = NumberField("Albumin", analyte="albumin", text="500", unit="g/L")
    assert ("500", None) == (field.text, field.value)
    assert "500 g/L is outside the plausible range 10 to 60 g/L" == field.error


def test_ambiguous_text_is_refused_with_a_message():
    """Typed "1,234.5" is not guessed at."""
    field = NumberField("Gap", unit="mm", text="1,234.5")
    expected = (
        "'1,234.5' is not a number: use one decimal point or comma and no thousands "
        "separator, e.g. 2.45 or 2,45"
    )
    assert (None, expected) == (field.value, field.error)


def test_plain_number_field_reads_a_decimal_comma_and_shows_its_unit():
    """A gap typed "2,5" is 2.5, and the fixed unit mm is shown after the field."""
    field = NumberField("Gap", unit="mm", text="2,5")
    assert 2.5 == field.value
    assert "mm" == field.children[1].value


def test_validate_hook_shows_the_cores_refusal_with_the_allowed_range():
    """A core check refusing 25 mm shows the value, the allowed range and the unit."""
    field = NumberField(
        "Gap",
        unit="mm",
        text="25",
        validate=lambda v: require_number("separation_mm", v, minimum=0, maximum=20),
    )
    expected = "25 mm is not accepted; allowed: a number from 0 to 20 mm"
    assert (None, expected) == (field.value, field.error)


def test_value_changes_are_observable_and_invalid_text_signals_none():
    """Observers of value see each new value, and None when the text becomes invalid."""
    field = NumberField("Calcium", analyte="calcium", text="10")
    seen = []
    field.observe(lambda change: seen.append(change["new"]), names="value")
    field.text = "11"
    field.text = "11,0"
    field.text = ""
    assert [11.0, None] == seen


def test_value_cannot_be_set_from_outside():
    """The value derives from the text; writing it directly is an error."""
    field = NumberField("Calcium", analyte="calcium", text="10")
    with pytest.raises(Exception, match="read-only"):
        field.value = 12.0


def test_ldh_in_u_per_l_follows_its_limit():
    """LDH 450 U/L is 1.8 × ULN once the limit 250 arrives, withheld before."""
    field = NumberField("LDH", analyte="ldh", text="450", unit="U/L")
    assert field.value is None
    assert "upper limit of normal" in field.error
    field.uln = 250
    assert (pytest.approx(1.8), "") == (field.value, field.error)


def test_set_value_fills_text_and_unit_for_presets():
    """A preset writes the number as text in its unit."""
    field = NumberField("Calcium", analyte="calcium")
    field.set_value(9.8, "mg/dL")
    assert ("9.8", "mg/dL", 9.8) == (field.text, field.unit, field.value)


def test_report_shows_a_message_until_the_text_changes():
    """A dashboard can show the core's refusal beside the field; typing clears it."""
    field = NumberField("Calcium", analyte="calcium", text="10")
    field.report("Corrected calcium is outside the range")
    assert "Corrected calcium is outside the range" == field.error
    field.text = "10,5"
    assert ("", 10.5) == (field.error, field.value)


@pytest.mark.parametrize("text", ["4,5", "4.5", "4.0", "45 fractions"])
def test_integer_field_refuses_fractions_never_45_or_4(text):
    """Typed "4,5" fractions says "not a whole number"; value None."""
    field = IntegerField("Fractions", text=text)
    assert (None, f"{text!r} is not a whole number") == (field.value, field.error)


def test_integer_field_reads_whole_numbers_and_core_bounds():
    """Typed "5" is 5; a core check refusing 30 shows its rule."""
    check = lambda n: require_int("n_fractions", n, minimum=1, maximum=5)  # noqa: E731
    field = IntegerField("Fractions", text=" 5 ", validate=check)
    assert (5, "") == (field.value, field.error)
    field.text = "30"
    expected = "30 is not accepted; allowed: an integer from 1 to 5"
    assert (None, expected) == (field.value, field.error)


def test_field_is_labelled_announces_messages_and_has_44_px_touch_targets():
    """The Text has its label, the message is role=alert, inputs are at least 44 px high."""
    field = NumberField("Calcium, measured", analyte="calcium", text="")
    assert "Calcium, measured" == field._input.description
    assert "role='alert'" in field.message.value
    assert "sm-field-message" in field.message._dom_classes
    assert "44px" == field._input.layout.min_height == field._units.layout.min_height
    assert "Calcium, measured: unit" == field._units.tooltip
    assert "sm-field-invalid" in field._dom_classes
    assert "sm-field-invalid" not in field._input._dom_classes


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=40), unit=st.sampled_from(["mg/dL", "mmol/L"]))
def test_any_text_gives_a_plausible_value_or_a_message(text, unit):
    """Whatever is typed, the field holds a plausible value and no message, or None and one."""
    field = NumberField("Calcium", analyte="calcium", text=text, unit=unit)
    assert text == field.text
    if field.value is None:
        assert field.error
    else:
        assert ("", True) == (field.error, 4 <= field.value <= 20)


def test_a_refusal_reported_by_an_observer_of_value_is_kept():
    """A dashboard that reports the core's refusal while the value changes keeps its message."""
    field = NumberField("Gap", text="1", unit="mm")
    field.observe(lambda change: field.report("Too wide") if change["new"] > 20 else None, "value")
    field.text = "25"
    assert ("Too wide", 25.0) == (field.error, field.value)
    assert "<div class='sm-field-error' role='alert'>Too wide</div>" == field.message.value


def test_the_unit_dropdown_has_an_accessible_name_hidden_from_view():
    """Screen readers hear "Albumin: unit" (a label, visually hidden by the unit-choice CSS)."""
    field = NumberField("Albumin", analyte="albumin", text="25")
    assert ("Albumin: unit", ("sm-unit-choice",)) == (
        field._units.description,
        tuple(field._units._dom_classes),
    )
    assert ".sm-unit-choice > .widget-label" in FIELD_CSS


def test_set_value_writes_every_digit_and_no_trailing_point_zero():
    """A preset of 24.0 Gy is written "24"; 9.8196 keeps every digit; 3 stays "3"."""
    field = NumberField("Dose")
    texts = []
    for number in (24.0, 9.8196, 3):
        field.set_value(number)
        texts.append(field.text)
    assert ["24", "9.8196", "3"] == texts
