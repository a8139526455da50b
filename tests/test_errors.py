"""Tests for the project's errors and argument checks (spinemet_core.errors)."""

import pytest

from spinemet_core.errors import InvalidInputError, require_int, require_number


def test_invalid_input_error_is_a_value_error():
    """Callers can catch the project's error as a ValueError."""
    assert issubclass(InvalidInputError, ValueError)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "3", None, True])
def test_require_number_rejects_non_finite_and_non_numbers(bad):
    """Only finite real numbers pass."""
    with pytest.raises(InvalidInputError, match="^dose: got"):
        require_number("dose", bad, minimum=0)


def test_require_int_step_is_relative_to_minimum():
    """Steps are counted from the minimum (10, 20, ... for KPS)."""
    assert 20 == require_int("kps", 20, minimum=10, maximum=100, step=10)
    with pytest.raises(InvalidInputError):
        require_int("kps", 25, minimum=10, maximum=100, step=10)


def test_require_number_refuses_an_int_beyond_float_range():
    """Regression: 10**400 raised OverflowError on its way to a float; it is refused."""
    with pytest.raises(InvalidInputError, match="^dose: got <an integer of about 401 digits>;"):
        require_number("dose", 10**400, minimum=0)


def test_an_error_never_prints_a_huge_value_whole():
    """Regression: a refused int of 5000 digits made the error itself raise ValueError (Python
    refuses to print it); long values are cut, huge integers described by their size."""
    with pytest.raises(InvalidInputError, match="^kps: got <an integer of about 5001 digits>;"):
        require_int("kps", 10**5000, minimum=10, maximum=100)
    error = InvalidInputError("values", (10**5000,), "a tuple")
    assert "values: got <a tuple too large to print>; allowed: a tuple" == str(error)
    assert len(str(InvalidInputError("text", "x" * 10_000, "text"))) < 100
