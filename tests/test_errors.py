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
