"""Small strict readers shared by the case parser: every problem is kept with its path."""

from __future__ import annotations

import math
from collections.abc import Mapping

__all__ = ["SHOWN", "Collector", "brief", "is_number", "read_keys", "read_text"]

SHOWN = 60
"""How many characters of a value an error message shows at most."""
MAX_PROBLEMS = 50
"""How many problems of one document are kept; the rest are counted."""


class Collector:
    """The ``(path, reason)`` problems found while parsing one document."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []
        self.more = 0

    def add(self, path: str, reason: str) -> None:
        """Record one problem; the document's root is written ``/``.

        Past :data:`MAX_PROBLEMS`, problems are only counted; :meth:`report` says how many.
        """
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
            return
        self.problems.append((path or "/", reason))

    def report(self) -> list[tuple[str, str]]:
        """The problems kept, and a last line counting those left out."""
        if not self.more:
            return list(self.problems)
        return [*self.problems, ("/", f"and {self.more} more problem(s) not shown")]


def brief(value, limit: int = SHOWN, *, quote: bool = True) -> str:
    """``repr(value)`` (or ``str`` with ``quote=False``) cut to ``limit`` characters with
    an ellipsis, so an error message never prints a whole huge value.

    >>> brief("x" * 100, 10)
    "'xxxxxxxx…"
    >>> brief(12), brief("C1")
    ('12', "'C1'")
    """
    try:
        text = repr(value) if quote else str(value)
    except ValueError:  # an integer too long to write out
        return "<a number too long to show>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_keys(data, allowed, required, path: str, out: Collector) -> bool:
    """Whether ``data`` is a mapping; report unknown and missing keys."""
    if not isinstance(data, Mapping):
        out.add(path, f"expected a mapping, got {type(data).__name__}")
        return False
    for key in data:
        if key not in allowed:
            out.add(
                f"{path}/{brief(key, quote=False)}".lstrip("/"),
                f"unknown key {brief(key)}; allowed: {', '.join(allowed)}",
            )
    for key in required:
        if key not in data:
            out.add(path, f"missing required key {key!r}")
    return True


def read_text(data, key: str, path: str, out: Collector, *, min_length: int = 1) -> str:
    """The text under ``key``, or ``""`` after reporting why it is not acceptable."""
    value = data.get(key)
    where = f"{path}/{key}".lstrip("/")
    if not isinstance(value, str) or len(value.strip()) < min_length:
        out.add(where, f"expected text of at least {min_length} characters")
        return ""
    return value


def is_number(value) -> bool:
    """A finite int or float that is not a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
