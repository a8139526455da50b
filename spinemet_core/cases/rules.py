"""What a template may derive from its variables, and the constraints that keep a variant coherent.

Both are registries of the core's own functions, so a template never restates a clinical
rule: ECOG is checked against KPS with :func:`spinemet_core.performance.performance_check`,
myelopathy against the ESCC group of :mod:`spinemet_core.escc`, the Tomita growth class
of a primary is :func:`spinemet_core.vocabulary.tomita_growth`, and so on.

A constraint is one mapping in the template's ``constraints`` list::

    - {rule: performance_agrees, kps: kps, ecog: ecog}
    - {rule: myelopathy_needs_compression, myelopathy: myelopathy, escc_grade: escc}
    - {rule: at_most, left: foci, right: 4}
    - {rule: implies, if: {frankel: [A, B, C]}, then: {kps: {max: 50}}}

An argument that names a variable takes its value; anything else is a literal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import rcc, vocabulary
from ..errors import require_choice
from ..escc import escc_group
from ..performance import performance_check
from ..radiobiology import ALPHA_BETA
from ..units import ARGUMENT_ANALYTES, argument_value
from ._strict import Collector, brief, is_number
from .variables import Measured

__all__ = ["CONSTRAINTS", "DERIVATIONS", "Constraint", "parse_constraints", "plain"]


def alpha_beta(tissue: str) -> float:
    """The conventional alpha/beta ratio [Gy] of a tissue, from
    :data:`spinemet_core.radiobiology.ALPHA_BETA`.

    >>> alpha_beta("spinal cord")
    2.0
    """
    return ALPHA_BETA[require_choice("tissue", tissue, tuple(ALPHA_BETA))]


DERIVATIONS: dict[str, Callable[..., Any]] = {
    "alpha_beta": alpha_beta,
    "tomita_growth": vocabulary.tomita_growth,
    "katagiri_growth": vocabulary.katagiri_growth,
    "radiosensitivity": vocabulary.radiosensitivity,
    "sins_location": vocabulary.sins_location,
    "escc_group": escc_group,
    "corrected_calcium": rcc.corrected_calcium,
    "factors_from_labs": rcc.factors_from_labs,
}
"""Name (as written after ``derive:``) -> the core function a derived variable calls."""


def _performance(kps, ecog) -> bool:
    return performance_check(kps=kps, ecog=ecog).consistent


def _myelopathy(myelopathy, escc_grade) -> bool:
    return not myelopathy or escc_group(escc_grade) == "high"


def _at_most(left, right) -> bool:
    return left <= right


CONSTRAINTS: dict[str, tuple[tuple[str, ...], Callable[..., bool], str]] = {
    "performance_agrees": (
        ("kps", "ecog"),
        _performance,
        "ECOG agrees with KPS (spinemet_core.performance, the flag's conversion)",
    ),
    "myelopathy_needs_compression": (
        ("myelopathy", "escc_grade"),
        _myelopathy,
        "myelopathy only with high-grade cord compression (spinemet_core.escc groups)",
    ),
    "at_most": (("left", "right"), _at_most, "left <= right"),
}
"""Rule name -> (its arguments, the check, what it keeps true); ``implies`` is read apart."""


def plain(name: str, value: Any) -> Any:
    """A variable's value as a core argument ``name`` takes it (a measured laboratory
    value converted to the argument's unit, any other measured number bare)."""
    if isinstance(value, Measured):
        if name in ARGUMENT_ANALYTES:
            return argument_value(name, {"value": value.value, "unit": value.unit})
        return value.value
    return value


def resolve(argument: Any, values: Mapping[str, Any]) -> Any:
    """The value of a variable named by ``argument``, else ``argument`` itself."""
    return values[argument] if isinstance(argument, str) and argument in values else argument


@dataclass(frozen=True, slots=True)
class Constraint:
    """One constraint of a template: its rule and the raw arguments."""

    rule: str
    arguments: Mapping[str, Any]

    def holds(self, values: Mapping[str, Any]) -> bool:
        """Whether the drawn ``values`` keep this constraint."""
        if self.rule == "implies":
            premise = self.arguments["if"]
            if not all(_fits(values[k], v) for k, v in premise.items()):
                return True
            return all(_fits(values[k], v) for k, v in self.arguments["then"].items())
        names, check, _what = CONSTRAINTS[self.rule]
        return check(*(plain(n, resolve(self.arguments[n], values)) for n in names))


def _fits(value: Any, allowed: Any) -> bool:
    value = value.value if isinstance(value, Measured) else value
    if isinstance(allowed, list):
        return value in allowed
    return (allowed.get("min") is None or value >= allowed["min"]) and (
        allowed.get("max") is None or value <= allowed["max"]
    )


def _condition(raw, path: str, names, out: Collector) -> bool:
    if not isinstance(raw, Mapping) or not raw:
        out.add(path, "expected a mapping of variable -> [values] or {min, max}")
        return False
    fine = True
    for key, allowed in raw.items():
        where = f"{path}/{brief(key, quote=False)}"
        if key not in names:
            out.add(where, "not a variable of this template")
            fine = False
        bounds = isinstance(allowed, Mapping) and set(allowed) <= {"min", "max"} and allowed
        if not isinstance(allowed, list) and not (
            bounds and all(is_number(v) for v in allowed.values())
        ):
            out.add(where, "expected a list of values or {min, max}")
            fine = False
    return fine


def parse_constraints(raw, names, out: Collector) -> tuple[Constraint, ...]:
    """The template's ``constraints`` list; every argument naming a variable must exist."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        out.add("constraints", "expected a list of constraints")
        return ()
    found = []
    for i, item in enumerate(raw):
        path = f"constraints/{i}"
        rule = item.get("rule") if isinstance(item, Mapping) else None
        if rule == "implies":
            keys = ("rule", "if", "then")
            if set(item) != set(keys):
                out.add(path, "an implies constraint has exactly: rule, if, then")
            elif _condition(item["if"], f"{path}/if", names, out) & _condition(
                item["then"], f"{path}/then", names, out
            ):
                found.append(Constraint(rule, dict(item)))
            continue
        if rule not in CONSTRAINTS:
            allowed = ", ".join([*CONSTRAINTS, "implies"])
            out.add(f"{path}/rule", f"got {brief(rule)}; allowed: {allowed}")
            continue
        expected = CONSTRAINTS[rule][0]
        if set(item) != {"rule", *expected}:
            out.add(path, f"a {rule} constraint has exactly: rule, {', '.join(expected)}")
            continue
        for name in expected:
            value = item[name]
            if isinstance(value, str) and value not in names:
                out.add(f"{path}/{name}", f"{brief(value)} is not a variable of this template")
        found.append(Constraint(rule, dict(item)))
    return tuple(found)
