"""Small strict readers shared by the case parser: every problem is kept with its path."""

from __future__ import annotations

import math
from collections.abc import Mapping

__all__ = ["Collector", "is_number", "read_keys", "read_text"]


class Collector:
    """The ``(path, reason)`` problems found while parsing one document."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def add(self, path: str, reason: str) -> None:
        """Record one problem; the document's root is written ``/``."""
        self.problems.append((path or "/", reason))


def read_keys(data, allowed, required, path: str, out: Collector) -> bool:
    """Whether ``data`` is a mapping; report unknown and missing keys."""
    if not isinstance(data, Mapping):
        out.add(path, f"expected a mapping, got {type(data).__name__}")
        return False
    for key in data:
        if key not in allowed:
            out.add(
                f"{path}/{key}".lstrip("/"), f"unknown key {key!r}; allowed: {', '.join(allowed)}"
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
