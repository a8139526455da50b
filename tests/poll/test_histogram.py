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
    """Ten answers of 9 to 16 and one 999999: a bar per whole number, the wild one over."""
    bars = histogram([9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 999999])
    assert [
        ("9", 1),
        ("10", 2),
        ("11", 1),
        ("12", 2),
        ("13", 1),
        ("14", 1),
        ("15", 1),
        ("16", 1),
        ("over 16", 1),
    ] == _shown(bars)


def test_when_most_answers_agree_they_share_one_bar():
    """Twenty 5s among nine others: one bar '5', the others under and over it."""
    assert [("under 5", 4), ("5", 20), ("over 5", 5)] == _shown(
        histogram([5] * 20 + [1, 2, 3, 4, 6, 7, 8, 9, 10])
    )


def test_whole_number_answers_get_whole_number_bars():
    """Scores 1 to 20: bars of three whole numbers each, labelled by their first and last."""
    assert [
        ("1–3", 3),
        ("4–6", 3),
        ("7–9", 3),
        ("10–12", 3),
        ("13–15", 3),
        ("16–18", 3),
        ("19–20", 2),
    ] == _shown(histogram(list(range(1, 21))))


def test_decimal_answers_get_labels_whose_ends_differ():
    """EQD2 answers from 26.5 to 27 Gy: two decimals, so no bar reads '26.6–26.6'."""
    values = [26.5, 26.55, 26.6, 26.65, 26.7, 26.75, 26.8, 26.85, 27.0, 26.7]
    labels = [bar["label"] for bar in histogram(values)]
    assert "26.50–26.56" == labels[0] and "26.94–27.00" == labels[-1]
    assert all(a != b for a, b in (label.split("–") for label in labels))


def test_each_bar_counts_the_answers_graded_right():
    """With grades given, a bar counts its right answers: only the bar 14–15 holds one."""
    values = [8, 9, 10, 11, 12, 13, 14, 15, 16, -100, 1_000_000]
    bars = histogram(values, [v == 15 for v in values])
    assert [("14–15", 1)] == [(bar["label"], bar["right"]) for bar in bars if bar["right"]]


def test_each_bar_carries_its_interval():
    """A bar's low and high bound it; the open ends are None."""
    bars = histogram([*range(1, 10), 1000.0], bins=4)
    assert [(1, 3), (7, 9), (9, None)] == [
        (bars[0]["low"], bars[0]["high"]),
        (bars[2]["low"], bars[2]["high"]),
        (bars[3]["low"], bars[3]["high"]),
    ]
