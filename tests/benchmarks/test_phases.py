"""The benchmark's phases: which burst students drive a real browser."""

from benchmarks.phases import browser_slots


def test_browser_students_are_spread_evenly_and_the_first_is_one():
    """Browser students are spread over the burst, the first included, never more than asked."""
    assert {0, 8, 16, 24, 32} == browser_slots(40, 5)
    assert {0, 1, 2} == browser_slots(3, 5)
    assert set() == browser_slots(40, 0)
