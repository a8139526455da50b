"""Point tables as data: an item reads one keyword argument and awards the points of one option."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInputError
from ._domain import Choice, Domain, Flag, Integer

__all__ = ["Item", "Option"]


@dataclass(frozen=True, slots=True)
class Option:
    """One row of a point table.

    An option matches a value either by membership (``members``) or by numeric
    bounds: ``lo`` and ``hi`` inclusive, ``above`` and ``below`` exclusive (an
    unset bound does not limit; ``lo=3`` alone means "3 or more").
    """

    label: str
    points: int
    members: tuple[Any, ...] = ()
    lo: float | None = None
    hi: float | None = None
    below: float | None = None
    above: float | None = None

    def matches(self, value: Any) -> bool:
        """Whether this option applies to ``value``."""
        if self.members:
            return any(value == m and type(value) is type(m) for m in self.members)
        return (
            (self.lo is None or value >= self.lo)
            and (self.hi is None or value <= self.hi)
            and (self.below is None or value < self.below)
            and (self.above is None or value > self.above)
        )

    @property
    def bounds(self) -> tuple[float, ...]:
        """The numeric edges this option names (empty for a membership option)."""
        return tuple(b for b in (self.lo, self.hi, self.below, self.above) if b is not None)


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a score: a name, a published heading, the argument it reads and its options.

    Attributes
    ----------
    name : str
        The item's key in :attr:`ScoreResult.points <spinemet_core.results.ScoreResult.points>`.
    heading : str
        The published heading.
    options : tuple of Option
        The rows of the table, each with its points.
    argument : str
        The keyword argument of the public function that the item reads
        (defaults to ``name``).
    domain : Choice, Flag, Integer or Number
        The allowed values of that argument. Derived from the options when not
        given: membership options give a :class:`Choice` (a :class:`Flag` when
        the members are booleans); ``lo``/``hi`` options give an
        :class:`Integer` from the lowest ``lo`` to the highest ``hi`` (no upper
        bound when an option is open-ended). A step or a real number must be
        given explicitly.
    """

    name: str
    heading: str
    options: tuple[Option, ...]
    argument: str = ""
    domain: Domain | None = None

    def __post_init__(self) -> None:
        if not self.argument:
            object.__setattr__(self, "argument", self.name)
        if self.domain is None:
            object.__setattr__(self, "domain", _derive(self))

    def option_for(self, value: Any) -> Option:
        """The option that applies to an (already validated) value."""
        for option in self.options:
            if option.matches(value):
                return option
        raise InvalidInputError(self.name, value, "; ".join(o.label for o in self.options))

    def representative_values(self) -> tuple[Any, ...]:
        """Allowed values of the argument that together reach every option.

        Every value of a finite domain; for an open count, every value up to
        its highest edge (which stands for "or more"); for a real number, the
        domain's bounds and every option edge inside them.
        """
        if self.domain.finite:
            return tuple(self.domain.values)
        edges = [b for o in self.options for b in o.bounds]
        if isinstance(self.domain, Integer):
            return tuple(range(self.domain.minimum, int(max(edges)) + 1, self.domain.step or 1))
        low, high = self.domain.minimum, self.domain.maximum
        return tuple(sorted({low, high, *(e for e in edges if low <= e <= high)}))


def _derive(item: Item) -> Domain:
    options = item.options
    if all(o.members for o in options):
        members = tuple(dict.fromkeys(m for o in options for m in o.members))
        if all(isinstance(m, bool) for m in members):
            return Flag()
        return Choice(members)
    if all(not o.members and o.lo is not None and o.below is o.above is None for o in options):
        highs = [o.hi for o in options]
        return Integer(
            minimum=int(min(o.lo for o in options)),
            maximum=None if None in highs else int(max(highs)),
        )
    raise InvalidInputError(
        "domain", None, f"an explicit domain for item {item.name!r} (a step or real bounds)"
    )
