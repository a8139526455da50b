"""The presenter's bars for a numeric question: a histogram that one wild answer cannot spoil."""

from __future__ import annotations

import statistics

__all__ = ["histogram"]


def _bar(label: str, count: int, low, high) -> dict:
    return {"label": label, "count": count, "low": low, "high": high}


def histogram(values: list[float], bins: int = 8) -> list[dict]:
    """Bars of a numeric answer, each ``{"label", "count", "low", "high"}`` (its interval;
    ``None`` for an open end).

    At most ``bins`` distinct values: one bar per value. Otherwise ``bins`` equal-width
    bars from the lowest to the highest answer within Tukey's fences (1.5 interquartile
    ranges beyond the quartiles), and one bar each for the answers below and above them,
    so that one wild answer does not squeeze the room's answers into a single bar.

    >>> [(b["label"], b["count"]) for b in histogram([2.0, 2.0, 3.5])]
    [('2', 2), ('3.5', 1)]
    >>> [(b["label"], b["count"]) for b in histogram([*range(1, 10), 1000.0], bins=4)]
    [('1–3', 2), ('3–5', 2), ('5–7', 2), ('7–9', 3), ('over 9', 1)]
    """
    distinct = sorted(set(values))
    if len(distinct) <= bins:
        return [_bar(f"{v:g}", values.count(v), v, v) for v in distinct]
    q1, _, q3 = statistics.quantiles(values, n=4)
    fences = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
    low = min(v for v in distinct if v >= fences[0])  # the whiskers: the farthest answers
    high = max(v for v in distinct if v <= fences[1])  # within the fences
    inside = [v for v in values if low <= v <= high]
    bars = []
    if len(inside) < len(values) and any(v < low for v in values):
        bars.append(_bar(f"under {low:.3g}", sum(v < low for v in values), None, low))
    if high == low:  # most answers agree: one bar for them
        bars.append(_bar(f"{low:g}", len(inside), low, low))
    else:
        width = (high - low) / bins
        counts = [0] * bins
        for value in inside:
            counts[min(bins - 1, int((value - low) / width))] += 1
        for i, n in enumerate(counts):
            start, end = low + i * width, low + (i + 1) * width
            bars.append(_bar(f"{start:.3g}–{end:.3g}", n, start, end))
    if any(v > high for v in values):
        bars.append(_bar(f"over {high:.3g}", sum(v > high for v in values), high, None))
    return bars
