"""Tests for reading typed numbers and quantities (spinemet_core.units.text)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinemet_core.errors import InvalidInputError
from spinemet_core.units import (
    QuantityInputError,
    is_blank,
    parse_number,
    parse_quantity,
    parse_whole_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2,45", 2.45), (" 2.45 ", 2.45), ("2", 2.0), ("0,5", 0.5), (",5", 0.5), ("-1,5", -1.5)],
)
def test_parse_number_reads_a_decimal_comma_as_a_decimal_point(text, expected):
    """Typed "2,45" is 2.45, surrounding spaces are ignored."""
    assert expected == parse_number(text, field="gap")


@pytest.mark.parametrize("text", ["1,234.5", "1.234,5", "2.4.5", "2,4,5", "1 234", "2..4"])
def test_parse_number_refuses_thousands_separators_and_ambiguous_text(text):
    """Two separators, or a space inside the number, are never guessed at."""
    with pytest.raises(InvalidInputError, match=r"^gap: '.*' is not a number: use one decimal"):
        parse_number(text, field="gap")


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_parse_number_refuses_empty_text_with_enter_a_value(text):
    """An empty field says "enter a value"; it is never read as 0 or an old value."""
    with pytest.raises(InvalidInputError) as caught:
        parse_number(text, field="gap")
    assert "gap: enter a value" == str(caught.value)


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-Infinity", "1e3", "0x10", "٣"])
def test_parse_number_refuses_nan_infinity_exponents_and_non_ascii_digits(text):
    """Only plain decimal digits make a number."""
    with pytest.raises(InvalidInputError, match="^gap: "):
        parse_number(text, field="gap")


def test_parse_number_refuses_a_number_too_large_for_a_float():
    """A 400-digit number is not silently infinity, and the message does not print it whole."""
    with pytest.raises(InvalidInputError) as caught:
        parse_number("9" * 400, field="gap")
    assert len(str(caught.value)) < 120


@pytest.mark.parametrize(("text", "expected"), [("5", 5), (" 12 ", 12), ("+3", 3)])
def test_parse_whole_number_reads_whole_numbers(text, expected):
    """Digits, optionally signed and spaced, make a whole number."""
    assert expected == parse_whole_number(text, field="n_fractions")


@pytest.mark.parametrize("text", ["4,5", "4.5", "4.0", "4,0", "1,000", "four"])
def test_parse_whole_number_refuses_fractions_never_45_or_4(text):
    """Typed "4,5" fractions is "not a whole number", never read as 45 or 4."""
    with pytest.raises(InvalidInputError) as caught:
        parse_whole_number(text, field="n_fractions")
    assert f"n_fractions: {text!r} is not a whole number" == str(caught.value)


def test_parse_quantity_reads_a_unit_typed_after_the_number():
    """Typed "2,45 mmol/L" is 9.82 mg/dL of calcium, with no unit chosen or the same one."""
    for chosen in (None, "mmol/L", "MMOL/L"):
        value = parse_quantity("2,45 mmol/L", field="calcium", analyte="calcium", unit=chosen)
        assert 9.82 == round(value, 2)


def test_a_unit_typed_that_is_not_the_unit_chosen_is_refused_not_obeyed():
    """ "2,45 mmol/L" beside a field set to mg/dL: asked which, never silently overruled."""
    with pytest.raises(QuantityInputError) as info:
        parse_quantity("2,45 mmol/L", field="calcium", analyte="calcium", unit="mg/dL")
    assert (
        "the unit typed (mmol/L) is not the unit chosen (mg/dL): choose mmol/L in the list, "
        "or remove the unit from the text"
    ) == info.value.message


def test_a_number_in_exponent_form_is_refused_as_a_number_not_read_as_a_unit():
    """ "1e3" is not taken for 1 with the unit 'e3'."""
    for text in ("1e3", "1E-2", "2,5e+1"):
        with pytest.raises(QuantityInputError) as info:
            parse_quantity(text, field="ldh", analyte="ldh", unit="U/L", uln=250)
        assert f"'{text}' is not a number: write it out in full, e.g. 1000" == info.value.message


def test_parse_quantity_uses_the_given_unit_when_none_is_typed():
    """Typed "25" with unit g/L is 2.5 g/dL of albumin."""
    assert 2.5 == pytest.approx(parse_quantity("25", field="alb", analyte="albumin", unit="g/L"))


def test_parse_quantity_defaults_to_the_canonical_unit():
    """Without a unit, a calcium value is in mg/dL."""
    assert 9.8 == parse_quantity("9,8", field="calcium", analyte="calcium")


def test_parse_quantity_without_analyte_returns_the_number():
    """Without an analyte the text is a plain number."""
    assert 2.5 == parse_quantity("2,5", field="gap")


def test_parse_quantity_refuses_an_implausible_value_with_the_likely_unit():
    """Calcium 2,45 in mg/dL is refused, pointing at mmol/L."""
    with pytest.raises(InvalidInputError) as caught:
        parse_quantity("2,45", field="Calcium", analyte="calcium", unit="mg/dL")
    assert caught.value.message.endswith("did you mean 2.45 mmol/L (= 9.82 mg/dL)?")


def test_parse_quantity_refuses_a_unit_the_analyte_does_not_accept():
    """Typed "2,45 mg" is not a calcium concentration."""
    with pytest.raises(InvalidInputError, match="^calcium: unit 'mg' is not accepted"):
        parse_quantity("2,45 mg", field="calcium", analyte="calcium")


@settings(deadline=None)  # the first call builds pint's registry (0.2 s or more)
@given(text=st.text(max_size=80))
def test_any_text_parses_or_raises_invalid_input_naming_the_field(text):
    """Whatever is typed, the parsers return a number or raise InvalidInputError for the field."""
    for parse in (
        lambda t: parse_number(t, field="Field"),
        lambda t: parse_whole_number(t, field="Field"),
        lambda t: parse_quantity(t, field="Field", analyte="calcium", unit="mmol/L"),
        lambda t: parse_quantity(t, field="Field", analyte="ldh", unit="U/L", uln=250),
    ):
        try:
            parse(text)
            said = "Field"
        except InvalidInputError as error:
            said = error.field if str(error).startswith(f"{error.field}: ") else str(error)
        assert "Field" == said


@settings(deadline=None)  # the first call builds pint's registry (0.2 s or more)
@given(
    text=st.from_regex(
        r"\s*[+-]?[0-9]{1,6}([.,][0-9]{0,6})?\s*(mg/dL|mmol/L|g/L)?\s*", fullmatch=True
    )
)
def test_number_like_text_parses_or_raises_invalid_input_naming_the_field(text):
    """Text shaped like a quantity reaches every branch and still only raises InvalidInputError."""
    for analyte in ("calcium", "albumin"):
        try:
            parse_quantity(text, field="Field", analyte=analyte)
            said = "Field"
        except InvalidInputError as error:
            said = error.field
        assert "Field" == said


def test_parse_quantity_reads_ldh_as_a_multiple_of_the_limit():
    """Typed "1,8 × ULN" is 1.8, and "450" U/L over a limit of 250 is also 1.8."""
    assert 1.8 == parse_quantity("1,8 × ULN", field="LDH", analyte="ldh")
    assert 1.8 == pytest.approx(
        parse_quantity("450", field="LDH", analyte="ldh", unit="U/L", uln=250)
    )


@pytest.mark.parametrize(
    ("text", "expected"), [("\u00a02,5\u202f", 2.5), ("\u22123", -3.0), (",5", 0.5), ("4,", 4.0)]
)
def test_parse_number_reads_no_break_spaces_and_the_typographic_minus(text, expected):
    """No-break spaces around the number are ignored and U+2212 is a minus sign."""
    assert expected == parse_number(text, field="gap")


def test_is_blank_is_true_only_for_empty_or_space_only_text():
    """An empty field is blank; "0" is not."""
    assert (True, True, True, False) == tuple(map(is_blank, ("", "  \u00a0", None, "0")))


def test_is_blank_is_false_for_any_value_that_is_not_text():
    """Regression: is_blank(10**5000) raised ValueError converting it to text; only None and
    text of spaces are blank."""
    assert (False, False, True) == (is_blank(10**5000), is_blank(0), is_blank(None))
