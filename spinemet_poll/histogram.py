"""The presenter's bars for a numeric question: a histogram that one wild answer cannot spoil."""

from __future__ import annotations

import math
import statistics

__all__ = ["histogram"]


def _bar(label: str, members: list[tuple[float, bool]], low, high) -> dict:
    return {
        "label": label,
        "count": len(members),
        "right": sum(right for _value, right in members),
        "low": low,
        "high": high,
    }


def _text(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def histogram(values: list[float], right: list[bool] | None = None, bins: int = 8) -> list[dict]:
    """Bars of a numeric answer, each ``{"label", "count", "right", "low", "high"}``: how
    many answers it holds, how many of them the core graded right (``right`` gives each
    answer's grade), and its interval (``None`` for an open end).

    At most ``bins`` distinct values: one bar per value. Otherwise up to ``bins`` bars from
    the lowest to the highest answer within Tukey's fences (1.5 interquartile ranges
    beyond the quartiles), and one bar each for the answers below and above them, so that
    one wild answer does not squeeze the room's answers into a single bar. Whole-number
    answers get whole-number bars (``"3–5"`` holds 3, 4 and 5); others equal widths
    labelled with as many decimals as tell neighbours apart.

    >>> [(b["label"], b["count"]) for b in histogram([2.0, 2.0, 3.5])]
    [('2', 2), ('3.5', 1)]
    >>> [(b["label"], b["count"]) for b in histogram([*range(1, 10), 1000.0], bins=4)]
    [('1–3', 3), ('4–6', 3), ('7–9', 3), ('over 9', 1)]
    """
    pairs = list(zip(values, right or [False] * len(values), strict=True))
    distinct = sorted(set(values))
    if len(distinct) <= bins:
        return [_bar(f"{v:g}", [p for p in pairs if p[0] == v], v, v) for v in distinct]
    q1, _, q3 = statistics.quantiles(values, n=4)
    fences = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
    low = min(v for v in distinct if v >= fences[0])  # the whiskers: the farthest answers
    high = max(v for v in distinct if v <= fences[1])  # within the fences
    whole = all(float(v).is_integer() for v in values)
    if whole:
        width = math.ceil((high - low + 1) / bins)
        edges = [
            (start, min(high, start + width - 1)) for start in range(int(low), int(high) + 1, width)
        ]
        decimals = 0
    else:
        width = (high - low) / bins if high > low else 0
        edges = (
            [(low + i * width, low + (i + 1) * width) for i in range(bins)]
            if width
            else [(low, low)]
        )
        # The fewest decimals (at most 6) that keep each bar's two ends apart.
        decimals = next(
            (d for d in range(7) if all(_text(a, d) != _text(b, d) for a, b in edges if a != b)), 6
        )
    bars = []
    below = [p for p in pairs if p[0] < low]
    if below:
        bars.append(_bar(f"under {_text(low, decimals)}", below, None, low))
    for i, (start, end) in enumerate(edges):
        last = i == len(edges) - 1
        members = [
            p for p in pairs if start <= p[0] and (p[0] <= end if whole or last else p[0] < end)
        ]
        label = (
            _text(start, decimals)
            if start == end
            else f"{_text(start, decimals)}–{_text(end, decimals)}"
        )
        bars.append(_bar(label, members, start, end))
    above = [p for p in pairs if p[0] > high]
    if above:
        bars.append(_bar(f"over {_text(high, decimals)}", above, high, None))
    return bars
