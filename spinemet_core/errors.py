"""The project's exceptions.

Every public function of :mod:`spinemet_core` that receives bad input raises
:class:`InvalidInputError`. Its message always names the offending argument and
lists what would have been accepted, so a learner (or a program calling the
core) can correct the input without reading the source.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "CaseFormatError",
    "InvalidInputError",
    "SpinemetError",
    "require_bool",
    "require_choice",
    "require_int",
    "require_number",
    "shown",
]

MSG_INVALID = "{name}: got {value!r}; allowed: {allowed}"


class SpinemetError(Exception):
    """Base class of every error raised on purpose by spinemet_core."""


class InvalidInputError(SpinemetError, ValueError):
    """An argument is outside its documented set of values.

    Attributes
    ----------
    field : str
        Name of the offending argument.
    value : object
        The value that was rejected.
    allowed : str
        Human-readable description of the accepted values.
    """

    def __init__(self, field: str, value: Any, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(MSG_INVALID.format(name=field, value=_Shown(value), allowed=allowed))


_MAX_SHOWN = 60
"""Longest value (its repr, in characters) an error message prints."""


class _Shown:
    """A value as an error message shows it (:func:`shown`)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        return shown(self.value)


def shown(value: Any, limit: int = _MAX_SHOWN) -> str:
    """``repr(value)`` cut to ``limit`` characters, for an error message.

    A huge integer (Python refuses to print one of over 4300 digits, also inside a
    container) is described instead.

    >>> shown("x" * 100, 10), shown(10**5000)
    ("'xxxxxx...", '<an integer of about 5001 digits>')
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 4 * limit:
        return f"<an integer of about {int(value.bit_length() * 0.30103) + 1} digits>"
    try:
        text = repr(value)
    except ValueError:  # a huge integer inside a container
        text = f"<a {type(value).__name__} too large to print>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


class CaseFormatError(SpinemetError):
    """A case file is malformed.

    Attributes
    ----------
    source : str
        The file (or other source) of the document.
    problems : list of (path, reason)
        Every problem found, each with its path inside the document.
    """

    def __init__(self, source: str, problems: list[tuple[str, str]]) -> None:
        self.source = source
        self.problems = list(problems)
        lines = "; ".join(f"{where}: {reason}" for where, reason in self.problems)
        super().__init__(f"{source or '<case>'}: {lines}")


def _describe(options: Iterable[Any]) -> str:
    return ", ".join(repr(str(o)) if not isinstance(o, bool) else repr(o) for o in options)


def require_choice(name: str, value: Any, options: Iterable[str]) -> str:
    """Return ``value`` as one of ``options`` (strings or ``StrEnum`` members) or raise.

    >>> require_choice("pain", "none", ["mechanical", "occasional", "none"])
    'none'
    """
    options = tuple(options)
    if isinstance(value, str) and not isinstance(value, bool):
        for option in options:
            if value == option:
                return option
    raise InvalidInputError(name, value, _describe(options))


def require_bool(name: str, value: Any) -> bool:
    """Return ``value`` if it is exactly ``True`` or ``False``, else raise."""
    if isinstance(value, bool):
        return value
    raise InvalidInputError(name, value, "True or False")


def require_int(
    name: str,
    value: Any,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    step: int | None = None,
) -> int:
    """Return ``value`` if it is an integer within the bounds (and on the step grid), else raise.

    Booleans and floats are rejected, even ``3.0``: a count is a whole number.

    >>> require_int("kps", 70, minimum=10, maximum=100, step=10)
    70
    """
    allowed = _int_rule(minimum, maximum, step)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(name, value, allowed)
    if minimum is not None and value < minimum:
        raise InvalidInputError(name, value, allowed)
    if maximum is not None and value > maximum:
        raise InvalidInputError(name, value, allowed)
    if step is not None and (value - (minimum or 0)) % step:
        raise InvalidInputError(name, value, allowed)
    return value


def require_number(
    name: str, value: Any, *, minimum: float | None = None, maximum: float | None = None
) -> float:
    """Return ``value`` as a float if it is a finite real number within the bounds, else raise."""
    allowed = _number_range(minimum, maximum)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(name, value, allowed)
    try:
        number = float(value)
    except OverflowError:  # an int beyond the range of a float
        raise InvalidInputError(name, value, allowed) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InvalidInputError(name, value, allowed)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise InvalidInputError(name, value, allowed)
    return number


def _int_rule(minimum: int | None, maximum: int | None, step: int | None) -> str:
    if minimum is not None and maximum is not None:
        rule = f"an integer from {minimum} to {maximum}"
    elif minimum is not None:
        rule = f"an integer >= {minimum}"
    elif maximum is not None:
        rule = f"an integer <= {maximum}"
    else:
        rule = "an integer"
    if step:
        rule += f" in steps of {step}"
    return rule


def _number_range(minimum: float | None, maximum: float | None) -> str:
    """The allowed range in words, never "inf": "a number from 0 to 20", "a number of 0 or more".

    >>> _number_range(0, None), _number_range(None, 5.5), _number_range(None, float("inf"))
    ('a number of 0 or more', 'a number of 5.5 or less', 'a finite number')
    """
    low = None if minimum is None or minimum == float("-inf") else f"{minimum:g}"
    high = None if maximum is None or maximum == float("inf") else f"{maximum:g}"
    if low is not None and high is not None:
        return f"a number from {low} to {high}"
    if low is not None:
        return f"a number of {low} or more"
    if high is not None:
        return f"a number of {high} or less"
    return "a finite number"
