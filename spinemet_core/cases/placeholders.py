"""Placeholders of a case template, filled from one variant and from the core's results.

``{name}``
    the variable's value as a learner reads it (``70``, ``2.45 mmol/L``, ``yes``; a computed
    number to 2 decimals, ``4.83``).
``{name.say}``, ``{name.value}``, ``{name.unit}``, ``{name.article}``, ``{name.<attribute>}``
    the words the template gives the value, the bare number, its unit, the article that
    opens a sentence before it (``An`` 84-year-old, ``A`` 65-year-old), or an attribute
    of a schedule (``{sched.total_dose}``) or of laboratory factors
    (``{labs.corrected_calcium_mg_dl}``, ``{labs.calcium_above_uln}``).
``{field:instrument}``
    a field of an instrument run on the variant's findings: ``total``, ``band``,
    ``label``, ``value``, the NOMS fields (``summary``, ``radiation``...) and
    ``breakdown`` (the points of *this* variant, item by item).
``{points:instrument.item}``
    the points of one item.

In ``findings`` a value that is exactly one placeholder keeps its type (a number stays
a number), converted to the unit the argument takes (:func:`.rules.plain`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .. import rcc, scores
from ..errors import SpinemetError
from ..schedules import Schedule
from .keys import FIELDS, INSTRUMENTS, compute
from .rules import plain
from .variables import Measured, Variable

__all__ = [
    "CALCULATED",
    "PLACEHOLDER",
    "Context",
    "PlaceholderError",
    "breakdown_text",
    "show",
    "words",
]

PLACEHOLDER = re.compile(
    r"\{(?:(?P<field>[a-z_]+):)?(?P<name>[a-z][a-z0-9_]*)(?:\.(?P<attr>[a-z0-9_]+))?\}"
)
CALCULATED = (
    *dict.fromkeys(name for names in FIELDS.values() for name in names),
    "breakdown",
    "points",
)
"""The fields a ``{field:instrument}`` placeholder may name: those a key may name
(:data:`~spinemet_core.cases.keys.FIELDS`), plus an item breakdown and its points."""
_RECORDS = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}


class PlaceholderError(SpinemetError):
    """A placeholder that cannot be filled; the message says which and why."""


def show(value: Any) -> str:
    """A value as a learner reads it.

    >>> show(True), show(4.5), show(Measured(2.45, "mmol/L"))
    ('yes', '4.5', '2.45 mmol/L')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{round(value, 2):g}"
    if isinstance(value, Schedule):
        return value.name
    if isinstance(value, str):
        return str(value.value) if hasattr(value, "value") else value
    if isinstance(value, Measured | int):
        return str(value)
    raise PlaceholderError(f"a {type(value).__name__} is not shown as text; name an attribute")


class Context:
    """One variant's values, its findings and the core's results, for filling placeholders."""

    def __init__(self, variables: Mapping[str, Variable], values: Mapping[str, Any]) -> None:
        self.variables = variables
        self.values = values
        self.findings: dict[str, dict[str, Any]] = {}

    def attribute(self, name: str, attr: str | None) -> Any:
        """The value of variable ``name`` or of one of its attributes."""
        if name not in self.values:
            raise PlaceholderError(f"{{{name}}} names no variable drawn before it is used")
        value = self.values[name]
        if attr is None:
            return value
        variable = self.variables[name]
        if attr == "say":
            if not variable.say or str(value) not in variable.say:
                raise PlaceholderError(f"{{{name}.say}}: no words given for {show(value)}")
            return variable.say[str(value)]
        if attr == "value" and isinstance(value, Measured):
            return value.value
        if attr == "article":  # "An 84-year-old", "A 65-year-old"
            spoken = show(value)
            vowel = spoken.startswith("8") or spoken in ("11", "18")
            return "An" if vowel else "A"
        if isinstance(value, rcc.labs.LabFactors) and attr in value.flags():
            return value[attr].present
        if attr.startswith("_") or not hasattr(value, attr):
            raise PlaceholderError(f"{{{name}.{attr}}}: the value has no {attr!r}")
        return getattr(value, attr)

    def calculated(self, field: str, instrument: str, item: str | None) -> Any:
        """A field of ``instrument`` run on this variant's findings."""
        if field not in CALCULATED:
            raise PlaceholderError(f"{{{field}:...}}: allowed fields: {', '.join(CALCULATED)}")
        if instrument not in self.findings:
            raise PlaceholderError(f"{{{field}:{instrument}}}: no findings/{instrument}")
        inputs = self.findings[instrument]
        if field == "breakdown":
            return breakdown_text(instrument, inputs)
        if field == "points":
            result = INSTRUMENTS[instrument](**inputs)
            found = [i.points for i in getattr(result, "items", ()) if i.item == item]
            if not found:
                raise PlaceholderError(f"{{points:{instrument}.{item}}}: no such item")
            return found[0]
        try:
            return compute(instrument, field, inputs)
        except (KeyError, AttributeError):
            raise PlaceholderError(f"{{{field}:{instrument}}}: not a field of it") from None

    def fill(self, text: str) -> str:
        """``text`` with every placeholder filled; a brace left over is an error."""

        def one(match: re.Match) -> str:
            field, name, attr = match.group("field", "name", "attr")
            if field:
                return show(self.calculated(field, name, attr))
            return show(self.attribute(name, attr))

        filled = PLACEHOLDER.sub(one, text)
        if "{" in filled or "}" in filled:
            raise PlaceholderError("a brace is left that is not a placeholder")
        return filled

    def typed(self, argument: str, raw: Any) -> Any:
        """A findings value: one whole placeholder keeps its type; other text is filled."""
        if not isinstance(raw, str):
            return raw
        match = PLACEHOLDER.fullmatch(raw.strip())
        if match and not match.group("field"):
            return plain(argument, self.attribute(match.group("name"), match.group("attr")))
        if match:
            return self.calculated(*match.group("field", "name", "attr"))
        return self.fill(raw)


def words(name: str) -> str:
    """An item's or argument's name in words.

    >>> words("ldh_over_1_5_uln")
    'ldh over 1.5 uln'
    """
    return re.sub(r"(\d)_(\d)", r"\1.\2", name).replace("_", " ")


def breakdown_text(instrument: str, inputs: Mapping[str, Any]) -> str:
    """The points of each item for these inputs, then the total; for NOMS the decision trail.

    >>> breakdown_text("tomita", {"growth": "slow", "visceral_mets": "none",
    ...                           "bone_mets": "solitary"})
    'growth (slow) 1 + visceral mets (none) 0 + bone mets (solitary) 1 = 2'
    """
    result = INSTRUMENTS[instrument](**inputs)
    record = _RECORDS.get(instrument)
    if record is not None:
        if record.versions:
            record = record.versions[inputs["version"]]
        argument = {i.name: i.argument for i in record.items}
        parts = [
            f"{words(i.item)} ({show(inputs[argument[i.item]])}) {i.points}"
            for i in result.items
            if i.item in argument
        ]
        return " + ".join(parts) + f" = {result.total}"
    if hasattr(result, "trail"):
        return " ".join(f"{s.pillar}: {s.finding}" for s in result.trail)
    return f"{instrument.replace('_', ' ')} = {round(float(result), 2):g}"
