"""What a student may send (spinemet_poll/checks.py) and the rate limits (limits.py)."""

from __future__ import annotations

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_poll.checks import MAX_NUMBER, check_answer, check_code, check_confidence
from spinemet_poll.limits import Buckets


def test_a_code_is_read_in_any_case_without_spaces():
    """ " k7mq2 " reads as K7MQ2."""
    assert "K7MQ2" == check_code(" k7mq2 ")


@pytest.mark.parametrize("code", ["", "K0MQ2", "AB", 12345, None, "ABCDEFGHJ"])
def test_a_malformed_code_is_refused_with_a_message(code):
    """Codes outside the alphabet or length are refused, naming the field."""
    with pytest.raises(InvalidInputError, match="code"):
        check_code(code)


def test_confidence_is_one_of_three():
    """low, medium and high pass; anything else is refused."""
    assert "high" == check_confidence("high")
    with pytest.raises(InvalidInputError, match="confidence"):
        check_confidence("very")


@pytest.mark.parametrize("answer", [float("nan"), float("inf"), True, "1e999", "x" * 41, [2]])
def test_a_numeric_answer_must_be_a_finite_number(answer):
    """NaN, infinity, booleans, overlong text and lists are refused."""
    with pytest.raises(InvalidInputError):
        check_answer("numeric", [], answer)


@pytest.mark.parametrize("answer", [10**400, -(10**400), 1_000_001, "1000001", -1_000_000.5])
def test_a_numeric_answer_beyond_a_million_is_refused_with_the_range(answer):
    """A huge integer is refused (not an overflow), like any number beyond ±1,000,000."""
    with pytest.raises(InvalidInputError) as caught:
        check_answer("numeric", [], answer)
    assert ("answer", "a number from -1,000,000 to 1,000,000, such as 2.4") == (
        caught.value.field,
        caught.value.allowed,
    )


def test_the_numeric_range_holds_its_ends():
    """±1,000,000 themselves are answers."""
    ends = [check_answer("numeric", [], v)[1] for v in (-MAX_NUMBER, MAX_NUMBER)]
    assert [-1e6, 1e6] == ends


def test_a_multiple_choice_item_that_is_no_choice_is_named_before_repeats():
    """[1, "1"] is refused because 1 is not a choice, not as a repeated choice."""
    with pytest.raises(InvalidInputError) as caught:
        check_answer("multiple_choice", ["1", "2"], [1, "1"])
    assert "'1', '2'" == caught.value.allowed


def test_a_typed_number_is_kept_as_typed():
    """ "2,45" is 2.45, not rounded."""
    assert (None, 2.45) == check_answer("numeric", [], "2,45")


def test_a_bucket_refuses_past_its_capacity_and_refills_with_time():
    """Two requests pass, the third waits one second for a new token."""
    now = [0.0]
    limits = Buckets(capacity=2, rate=1.0, clock=lambda: now[0])
    assert [True, True, False] == [limits.take("t") for _ in range(3)]
    now[0] = 1.0
    assert True is limits.take("t")
