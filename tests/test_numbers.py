"""Typed numbers: decimal comma, nothing clamped or guessed, errors name the field."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.errors import InvalidInputError
from spinemet_core.numbers import is_blank, parse_number

from .strategies import bounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,4", 2.4),
        ("2.4", 2.4),
        ("24", 24.0),
        (" 2,4 ", 2.4),
        ("\u00a02,5\u202f", 2.5),
        ("-0,5", -0.5),
        ("\u22123", -3.0),
        ("+7", 7.0),
        (",5", 0.5),
        ("4,", 4.0),
        ("1e3", 1000.0),
        ("1,234", 1.234),
        ("0", 0.0),
        ("1000000", 1000000.0),
    ],
)
def test_a_decimal_comma_is_a_decimal_point_and_nothing_is_clamped(text, expected):
    """2,4 is 2.4 (never 24); values are returned as typed."""
    assert expected == parse_number(text, field="gap")


@pytest.mark.parametrize(
    "text", ["2,4,1", "1.234,5", "1 234", "abc", "2.4mm", "nan", "inf", "1e999", "--1", ".", ","]
)
def test_anything_else_is_refused_naming_the_field(text):
    """Non-numbers and non-finite numbers raise InvalidInputError for the field."""
    with pytest.raises(InvalidInputError) as info:
        parse_number(text, field="gap")
    assert "gap" == info.value.field
    assert str(info.value).startswith("gap: got ")


def test_an_empty_field_is_refused_and_says_so():
    """Blank text is never read as 0."""
    with pytest.raises(InvalidInputError, match="the field is empty"):
        parse_number("   ", field="answer")
    assert is_blank("  ") and is_blank("") and is_blank(None) and not is_blank("0")


def test_a_huge_text_is_cut_in_the_error():
    """An error never prints a whole huge text."""
    with pytest.raises(InvalidInputError) as info:
        parse_number("9" * 100_000, field="answer")
    assert len(str(info.value)) < 200


@bounded(200)
@given(st.text(max_size=30))
def test_any_text_gives_a_finite_number_or_invalid_input(text):
    """Property: never another exception, never a non-finite number."""
    try:
        number = parse_number(text, field="x")
    except InvalidInputError as exc:
        field = exc.field
    else:
        field = "x" if math.isfinite(number) else "a non-finite number"
    assert "x" == field


@bounded(200)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6))
def test_a_number_written_with_a_comma_reads_back_the_same(value):
    """Property: repr with a comma instead of the point parses to the same float."""
    text = repr(value)
    if "e" not in text:
        assert value == parse_number(text.replace(".", ","), field="x")
    assert value == parse_number(text, field="x")
