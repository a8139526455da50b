"""The presenter's bars of a numeric question (spinemet_poll/histogram.py)."""

from __future__ import annotations

from spinemet_poll.histogram import histogram


def _shown(bars):
    return [(bar["label"], bar["count"]) for bar in bars]


def test_answers_at_both_ends_of_the_range_count_in_their_own_bars():
    """-1e6 and 1e6 among 1..7 do not overflow: they stand under and over the room's bars."""
    bars = histogram([-1e6, 1e6, 1, 2, 3, 4, 5, 6, 7])
    assert (("under 1", 1), ("over 7", 1)) == (_shown(bars)[0], _shown(bars)[-1])
    assert 9 == sum(bar["count"] for bar in bars)


def test_one_wild_answer_does_not_squeeze_the_room_into_one_bar():
    """Ten answers of 9 to 16 and one 999999: the ten spread over eight bars, the wild one over."""
    bars = histogram([9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 999999])
    assert ("over 16", 1) == _shown(bars)[-1]
    assert [1, 2, 1, 2, 1, 1, 1, 1] == [bar["count"] for bar in bars[:-1]]


def test_when_most_answers_agree_they_share_one_bar():
    """Twenty 5s among nine others: one bar '5', the others under and over it."""
    assert [("under 5", 4), ("5", 20), ("over 5", 5)] == _shown(
        histogram([5] * 20 + [1, 2, 3, 4, 6, 7, 8, 9, 10])
    )


def test_each_bar_carries_its_interval():
    """A bar's low and high bound it; the open ends are None."""
    bars = histogram([*range(1, 10), 1000.0], bins=4)
    assert [(1.0, 3.0), (7.0, 9.0), (9, None)] == [
        (bars[0]["low"], bars[0]["high"]),
        (bars[3]["low"], bars[3]["high"]),
        (bars[4]["low"], bars[4]["high"]),
    ]
