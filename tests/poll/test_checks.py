"""What a student may send (spinemet_poll/checks.py) and the rate limits (limits.py)."""

from __future__ import annotations

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_poll.checks import check_answer, check_code, check_confidence
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
