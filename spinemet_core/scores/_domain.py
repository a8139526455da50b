"""The allowed values of one argument of an instrument: a choice, a flag, a count or a number.

A domain validates a value with the project's ``require_*`` helpers, so every
instrument rejects bad input with the same :class:`~spinemet_core.errors.InvalidInputError`
message (the argument's name and what would have been accepted).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInputError, require_bool, require_choice, require_int, require_number
from ..vocabulary import Primary

__all__ = ["KPS", "MONTHS_TO_TREATMENT", "PRIMARY", "Choice", "Domain", "Flag", "Integer", "Number"]


@dataclass(frozen=True, slots=True)
class Choice:
    """One of ``values``: strings, ``StrEnum`` members or integers (such as a model version)."""

    values: tuple[Any, ...]

    def validate(self, name: str, value: Any) -> Any:
        """Return the member of ``values`` equal to ``value`` (a ``StrEnum`` member for text)."""
        if all(isinstance(v, str) for v in self.values):
            return require_choice(name, value, self.values)
        for member in self.values:
            if value == member and type(value) is type(member):
                return member
        raise InvalidInputError(name, value, ", ".join(str(v) for v in self.values))

    @property
    def finite(self) -> bool:
        """Whether :attr:`values` lists every allowed value (always, for a choice)."""
        return True

    def describe(self) -> str:
        """The allowed values in words, e.g. ``"slow/moderate/rapid"``."""
        return "/".join(str(v) for v in self.values)


@dataclass(frozen=True, slots=True)
class Flag:
    """Exactly ``True`` or ``False``."""

    values: tuple[bool, ...] = (False, True)

    def validate(self, name: str, value: Any) -> bool:
        """Return ``value`` if it is a bool, else raise."""
        return require_bool(name, value)

    @property
    def finite(self) -> bool:
        """Always true: a flag has two values."""
        return True

    def describe(self) -> str:
        """``"true/false"``."""
        return "true/false"


@dataclass(frozen=True, slots=True)
class Integer:
    """A whole number from ``minimum`` to ``maximum`` (``None``: unbounded), on a ``step`` grid."""

    minimum: int
    maximum: int | None = None
    step: int | None = None

    def validate(self, name: str, value: Any) -> int:
        """Return ``value`` if it is an int within the bounds and on the grid, else raise."""
        return require_int(name, value, minimum=self.minimum, maximum=self.maximum, step=self.step)

    @property
    def finite(self) -> bool:
        """Whether the range has an upper bound."""
        return self.maximum is not None

    def describe(self) -> str:
        """The range in words, e.g. ``"10-100, step 10"`` or ``"0 or more"``."""
        if self.maximum is None:
            return f"{self.minimum} or more"
        step = f", step {self.step}" if self.step and self.step != 1 else ""
        return f"{self.minimum}-{self.maximum}{step}"

    @property
    def values(self) -> tuple[int, ...]:
        """Every allowed value of a bounded range, in order."""
        if self.maximum is None:
            raise InvalidInputError("maximum", None, "an upper bound to list the values")
        return tuple(range(self.minimum, self.maximum + 1, self.step or 1))


@dataclass(frozen=True, slots=True)
class Number:
    """A finite real number from ``minimum`` to ``maximum`` (plausibility, not a cut-off)."""

    minimum: float
    maximum: float

    def validate(self, name: str, value: Any) -> float:
        """Return ``value`` as a float within the bounds, else raise."""
        return require_number(name, value, minimum=self.minimum, maximum=self.maximum)

    @property
    def finite(self) -> bool:
        """Never: a real range cannot be listed."""
        return False

    def describe(self) -> str:
        """The range in words, e.g. ``"a number 0-600"``."""
        return f"a number {self.minimum:g}-{self.maximum:g}"


Domain = Choice | Flag | Integer | Number
"""Any of the four kinds of argument."""

KPS = Integer(minimum=10, maximum=100, step=10)
"""Karnofsky performance status [%]: 10-100 in steps of 10, as every instrument here records it."""

MONTHS_TO_TREATMENT = Number(minimum=0, maximum=600)
"""Months from diagnosis to the start of systemic treatment: a plausibility range (IMDC, MSKCC)."""

PRIMARY = Choice(tuple(Primary))
"""Every primary of the vocabulary; an instrument that does not list one scores it as "others"."""
