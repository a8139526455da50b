"""The variables of a case template: what may vary, read strictly and drawn from a seed.

A variable is declared by one *kind* key, with the modifiers that kind takes:

``int: [low, high]`` (``step``, ``unit``)
    a whole number on a grid, e.g. an age in years.
``float: [low, high]`` with ``step`` (``unit``)
    a number on a grid, e.g. a laboratory value; a unit of a laboratory analyte
    (:data:`spinemet_core.units.ANALYTES`) is converted by the loader as in a case.
``choice: [values]`` (``say``)
    one of a list the author writes (never a clinical list: see ``steps``).
``steps: instrument.argument`` (``min``, ``max``, ``only``, ``say``)
    one of the allowed values of an instrument's argument, read from the registry
    (:data:`spinemet_core.scores.INSTRUMENTS`, :data:`spinemet_core.rcc.RISK_MODELS`,
    and :data:`NOMS_DOMAINS` for ``noms``), e.g. ``tokuhashi_revised.kps`` gives the KPS
    steps 10-100 and ``noms.escc_grade`` the six Bilsky grades.
``schedule: cEBRT | SBRT | any`` (``fractions``)
    a published fractionation schedule of :data:`spinemet_core.schedules.SCHEDULES`.
``derive: function`` with ``args`` (``say``)
    a value the core derives from other variables (:data:`.rules.DERIVATIONS`).
``compute: {instrument, field}``
    a field the core computes from the variant's findings (e.g. the SINS total that
    feeds the NOMS framework), as :func:`.keys.compute` does for an answer key.

``say`` maps each value to the words a vignette uses for it (``{pain.say}``).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import rcc, scores
from ..escc import EsccGrade
from ..noms_rules import RADIOSENSITIVITIES
from ..schedules import SCHEDULES
from ..scores._domain import PRIMARY, Choice, Flag
from ._strict import Collector, brief, is_number

__all__ = ["KINDS", "MODIFIERS", "NOMS_DOMAINS", "Measured", "Variable", "parse_variables"]

MODIFIERS: dict[str, tuple[str, ...]] = {
    "int": ("step", "unit"),
    "float": ("step", "unit"),
    "choice": ("say",),
    "steps": ("min", "max", "only", "say"),
    "schedule": ("fractions",),
    "derive": ("args", "say"),
    "compute": (),
}
"""Each kind of variable and the modifiers it accepts."""
KINDS = tuple(MODIFIERS)
TECHNIQUES = ("any", *dict.fromkeys(s.technique for s in SCHEDULES))
_NAME = "^[a-z][a-z0-9_]{0,30}$"


@dataclass(frozen=True, slots=True)
class Measured:
    """A number with the unit it is written in (``2.45 mmol/L``)."""

    value: float
    unit: str

    def __str__(self) -> str:
        return f"{self.value:g} {self.unit}"


@dataclass(frozen=True, slots=True)
class Variable:
    """One declared variable: its name, kind, the values it may take (drawn kinds) and
    its modifiers; ``spec`` keeps the raw declaration for derived kinds."""

    name: str
    kind: str
    values: tuple[Any, ...] = ()
    unit: str = ""
    say: Mapping[str, str] | None = None
    spec: Mapping[str, Any] | None = None

    @property
    def drawn(self) -> bool:
        """Whether the value is drawn at random (else derived or computed)."""
        return self.kind not in ("derive", "compute")

    def draw(self, rng: random.Random) -> Any:
        """One value, drawn with ``rng`` (a list index, so independent of the platform)."""
        value = self.values[rng.randrange(len(self.values))]
        return Measured(value, self.unit) if self.unit and self.kind == "float" else value


NOMS_DOMAINS = {
    "escc_grade": Choice(tuple(g.value for g in EsccGrade)),
    "myelopathy": Flag(),
    "fit_for_surgery": Flag(),
    "primary": PRIMARY,
    "radiosensitivity": Choice(RADIOSENSITIVITIES),
}
"""The allowed values of the NOMS framework's arguments (:func:`spinemet_core.noms.recommend`),
from :mod:`spinemet_core.escc` and :mod:`spinemet_core.noms_rules`, for ``steps: noms.<arg>``."""


def _registry_domain(ref, path: str, out: Collector):
    registered = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}
    instrument, _, argument = str(ref).partition(".")
    record = registered.get(instrument)
    domain = record.arguments.get(argument) if record else None
    if instrument == "noms":
        domain = NOMS_DOMAINS.get(argument)
    if domain is None or not domain.finite:
        out.add(path, f"{brief(ref)} is not instrument.argument of a listed domain")
        return None
    return domain


def _grid(raw, step, path: str, out: Collector, whole: bool) -> tuple:
    ok = isinstance(raw, list) and len(raw) == 2 and all(is_number(v) for v in raw)
    if not ok or raw[0] > raw[1] or (whole and not all(isinstance(v, int) for v in raw)):
        out.add(path, "expected [low, high] numbers with low <= high")
        return ()
    step = 1 if step is None and whole else step
    if not is_number(step) or step <= 0 or (whole and not isinstance(step, int)):
        out.add(f"{path.rsplit('/', 1)[0]}/step", "expected a step > 0 (whole for int)")
        return ()
    count = math.floor((raw[1] - raw[0]) / step + 1e-9) + 1
    if count > 10_000:
        out.add(path, "more than 10 000 values on this grid; use a larger step")
        return ()
    digits = max(0, -math.floor(math.log10(step))) + 2 if not whole else 0
    return tuple(
        raw[0] + k * step if whole else round(raw[0] + k * step, digits) for k in range(count)
    )


def _steps(spec, domain, path: str, out: Collector) -> tuple:
    values = tuple(domain.values)
    low, high, only = spec.get("min"), spec.get("max"), spec.get("only")
    for bound, name in ((low, "min"), (high, "max")):
        if bound is not None and not is_number(bound):
            out.add(f"{path}/{name}", "expected a number")
            return ()
    if low is not None or high is not None:
        values = tuple(
            v
            for v in values
            if is_number(v) and (low is None or v >= low) and (high is None or v <= high)
        )
    if only is not None:
        if not isinstance(only, list) or not all(o in domain.values for o in only):
            out.add(f"{path}/only", f"expected a list of allowed values: {domain.describe()}")
            return ()
        values = tuple(v for v in values if v in only)
    if not values:
        out.add(path, "no allowed value is left")
    return values


def _say(spec, values, path: str, out: Collector):
    say = spec.get("say")
    if say is None:
        return None
    if not isinstance(say, Mapping) or not all(isinstance(t, str) for t in say.values()):
        out.add(f"{path}/say", "expected a mapping of value -> words")
        return None
    words = {str(k): v for k, v in say.items()}
    missing = [str(v) for v in values if str(v) not in words]
    if missing:
        out.add(f"{path}/say", f"no words for {', '.join(missing[:5])}")
    return words


def _variable(name: str, spec, path: str, out: Collector) -> Variable | None:
    kinds = [k for k in KINDS if isinstance(spec, Mapping) and k in spec]
    if len(kinds) != 1:
        out.add(path, f"expected a mapping with exactly one kind: {', '.join(KINDS)}")
        return None
    kind = kinds[0]
    for key in spec:
        if key != kind and key not in MODIFIERS[kind]:
            out.add(f"{path}/{brief(key, quote=False)}", f"unknown key for a {kind} variable")
    raw, values, unit = spec[kind], (), spec.get("unit", "")
    if not isinstance(unit, str):
        out.add(f"{path}/unit", "expected text")
        unit = ""
    if kind in ("int", "float"):
        values = _grid(raw, spec.get("step"), f"{path}/{kind}", out, kind == "int")
    elif kind == "choice":
        scalars = isinstance(raw, list) and all(isinstance(v, str | int) for v in raw)
        if not raw or not scalars or len(set(raw)) != len(raw):
            out.add(
                f"{path}/choice", "expected a list of distinct texts, whole numbers or true/false"
            )
        else:
            values = tuple(raw)
    elif kind == "steps":
        domain = _registry_domain(raw, f"{path}/steps", out)
        values = _steps(spec, domain, path, out) if domain else ()
    elif kind == "schedule":
        values = _schedules(raw, spec.get("fractions"), path, out)
    say = _say(spec, values, path, out) if kind in ("choice", "steps") else spec.get("say")
    return Variable(name, kind, values, unit, say, dict(spec))


def _schedules(technique, fractions, path: str, out: Collector) -> tuple:
    if technique not in TECHNIQUES:
        out.add(f"{path}/schedule", f"got {brief(technique)}; allowed: {', '.join(TECHNIQUES)}")
        return ()
    if fractions is not None and not (
        isinstance(fractions, list) and all(isinstance(f, int) for f in fractions)
    ):
        out.add(f"{path}/fractions", "expected a list of whole numbers")
        return ()
    found = tuple(
        s
        for s in SCHEDULES
        if technique in ("any", s.technique) and (fractions is None or s.fractions in fractions)
    )
    if not found:
        out.add(path, "no published schedule matches")
    return found


def parse_variables(raw, out: Collector) -> dict[str, Variable]:
    """The template's ``variables`` mapping, name -> :class:`Variable`, in file order."""
    if not isinstance(raw, Mapping) or not raw:
        out.add("variables", "expected a non-empty mapping of name -> variable")
        return {}
    found = {}
    for name, spec in raw.items():
        path = f"variables/{brief(name, quote=False)}"
        if not isinstance(name, str) or not re.match(_NAME, name):
            out.add(path, "expected a name of lower-case letters, digits and _")
            continue
        variable = _variable(name, spec, path, out)
        if variable is not None:
            found[name] = variable
    return found
