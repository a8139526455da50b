"""Properties of every registered score (spinemet_core.scores.INSTRUMENTS) over random valid
arguments drawn from each record's ``arguments``: the total lies in the record's range and in
its band, the points sum to it and match the record's own table."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.scores import INSTRUMENTS

from ..instruments import table_lookup
from ..strategies import bounded, calls


def check_score(record, inputs, result):
    """The invariants of one ScoreResult of ``record`` for ``inputs`` (shared with rcc)."""
    low, high = record.total_range
    assert low <= result.total <= high
    assert result.band in record.bands
    assert result.band.low <= result.total <= result.band.high
    assert record.band_for(result.total) == result.band
    assert result.total == sum(result.points.values())
    assert table_lookup(record, inputs) == dict(result.points)
    assert record.citekey == result.reference


@pytest.mark.parametrize("name", list(INSTRUMENTS))
@bounded(60)
@given(data=st.data())
def test_a_score_total_lies_in_its_range_and_band_and_sums_its_points(name, data):
    """Any valid arguments give a total within total_range, inside its band, equal to the sum of
    the points each item's option awards in the record's table."""
    record = INSTRUMENTS[name]
    inputs, _ = data.draw(calls(record.arguments, valid_only=True))
    check_score(record, inputs, record.function(**inputs))
