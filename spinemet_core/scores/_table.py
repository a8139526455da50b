"""Small building blocks for point tables: an item is a tuple of options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInputError
from ..results import Band, ItemScore, ScoreResult, find_band

__all__ = ["Item", "Option", "score_items"]


@dataclass(frozen=True, slots=True)
class Option:
    """One row of a point table.

    An option matches an input either by membership (``members``) or, for
    counts and percentages, by an inclusive numeric range ``lo``..``hi``
    (``hi=None`` means "or more").
    """

    label: str
    points: int
    members: tuple[Any, ...] = ()
    lo: int | None = None
    hi: int | None = None

    def matches(self, value: Any) -> bool:
        """Whether this option applies to ``value``."""
        if self.members:
            return any(value == m and type(value) is type(m) for m in self.members)
        return self.lo <= value and (self.hi is None or value <= self.hi)


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a score: a name, a published heading and its options."""

    name: str
    heading: str
    options: tuple[Option, ...]

    def option_for(self, value: Any) -> Option:
        """The option that applies to an (already validated) value."""
        for option in self.options:
            if option.matches(value):
                return option
        raise InvalidInputError(self.name, value, "; ".join(o.label for o in self.options))


def score_items(
    instrument: str,
    table: tuple[Item, ...],
    values: dict[str, Any],
    bands: tuple[Band, ...],
    reference: str,
) -> ScoreResult:
    """Look every value up in its item and build the :class:`ScoreResult`."""
    items = []
    for item in table:
        option = item.option_for(values[item.name])
        items.append(ItemScore(item=item.name, option=option.label, points=option.points))
    total = sum(i.points for i in items)
    return ScoreResult(
        instrument=instrument,
        items=tuple(items),
        total=total,
        band=find_band(bands, total),
        reference=reference,
    )
