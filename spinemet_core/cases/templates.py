"""Case templates: a case file that declares variables instead of fixed findings.

A template lives in ``cases/<topic>/templates/<id>.yaml``. It is read as strictly as a
case (:mod:`.reader`); :func:`draw` turns it and a seed into a :class:`Variant`, whose
``case`` is an ordinary :class:`~.model.Case` built by the case loader from the filled
document (:mod:`.generate`), keys recomputed by the core. The same template and seed
give the same variant on every machine: the draw uses ``random.Random`` seeded with the
text ``"<template id>/<seed>"`` (hashed with SHA-512, independent of ``PYTHONHASHSEED``)
and visits the variables in file order.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import CaseFormatError, SpinemetError, require_int
from ._strict import Collector, brief, read_keys
from .generate import VariantError, check_generated, document
from .keys import INSTRUMENTS, compute
from .loader import CASE_KEYS, CASE_REQUIRED, _located, parse_case_data
from .model import TOPICS, Case
from .placeholders import Context, PlaceholderError
from .reader import read_document
from .rules import DERIVATIONS, Constraint, parse_constraints, plain, resolve
from .variables import Variable, parse_variables

__all__ = [
    "MAX_TRIES",
    "SAMPLE_SEEDS",
    "TEMPLATE_KEYS",
    "Template",
    "Variant",
    "draw",
    "load_template",
    "load_templates",
    "parse_template_data",
    "validate_template",
    "variant_id",
]

TEMPLATE_KEYS = (*CASE_KEYS, "variables", "constraints")
TEMPLATE_REQUIRED = (*CASE_REQUIRED, "variables", "findings")
SAMPLE_SEEDS = range(200)
"""The seeds the validator draws from every template (200 variants each)."""
MAX_TRIES = 500
"""Draws tried for one seed before the constraints are declared impossible to meet."""
_ID = re.compile(r"^[a-z0-9](?!.*--)[a-z0-9-]{2,44}$")


@dataclass(frozen=True, slots=True)
class Template:
    """A parsed template: its variables, constraints and the raw document they fill."""

    id: str
    topic: str
    difficulty: str
    objectives: tuple[str, ...]
    variables: Mapping[str, Variable]
    constraints: tuple[Constraint, ...]
    data: Mapping[str, Any] = field(repr=False)
    source: str = ""
    lines: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Variant:
    """One variant: the template, the seed, the drawn values and the case they make.

    ``distractors`` maps a question id to ``(choice text, named error)`` pairs.
    """

    template_id: str
    seed: int
    values: Mapping[str, Any]
    case: Case
    distractors: Mapping[str, tuple[tuple[str, str], ...]]


def variant_id(template_id: str, seed: int) -> str:
    """The case id of a variant, ``"<template id>--<seed>"``.

    >>> variant_id("tpl-sins", 7)
    'tpl-sins--7'
    """
    return f"{template_id}--{seed}"


def _values(template: Template, rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    ctx = Context(template.variables, values)
    for name, variable in template.variables.items():
        where = f"variables/{name}"
        try:
            if variable.drawn:
                values[name] = variable.draw(rng)
            elif variable.kind == "derive":
                args = {k: plain(k, resolve(v, values)) for k, v in variable.spec["args"].items()}
                values[name] = DERIVATIONS[variable.spec["derive"]](**args)
            else:
                target = variable.spec["compute"]
                for instrument, raw in template.data["findings"].items():  # those it may read
                    ctx.findings[instrument] = {a: ctx.typed(a, v) for a, v in raw.items()}
                    if instrument == target["instrument"]:
                        break
                values[name] = compute(
                    target["instrument"], target["field"], ctx.findings[instrument]
                )
        except PlaceholderError as exc:
            raise VariantError(where, str(exc)) from None
        except (SpinemetError, TypeError, KeyError, ValueError, AttributeError) as exc:
            raise VariantError(
                where, f"cannot be derived: {brief(str(exc), 200, quote=False)}"
            ) from None
    return values


def draw(template: Template, seed: int) -> Variant:
    """The variant of ``template`` for ``seed`` (a whole number >= 0).

    Raises
    ------
    VariantError
        No draw meets the constraints within :data:`MAX_TRIES`, or the variant cannot be
        built (``where`` is the path in the template).
    CaseFormatError
        The built case fails a check of the case loader (with the template's lines).
    InvalidInputError
        ``seed`` is not a whole number >= 0.
    """
    seed = require_int("seed", seed, minimum=0)
    rng = random.Random(f"{template.id}/{seed}")
    for _ in range(MAX_TRIES):
        values = _values(template, rng)
        if all(c.holds(values) for c in template.constraints):
            break
    else:
        raise VariantError("constraints", f"no variant meets them in {MAX_TRIES} draws")
    ctx = Context(template.variables, values)
    case_id = variant_id(template.id, seed)
    data, named = document(template.data, ctx, case_id)
    try:
        case = parse_case_data(data, template.source)
    except CaseFormatError as exc:
        problems = [_located((w, f"seed {seed}: {r}"), template.lines) for w, r in exc.problems]
        raise CaseFormatError(template.source, problems) from None
    return Variant(template.id, seed, MappingProxyType(values), case, MappingProxyType(named))


def parse_template_data(data, source: str = "", lines: Mapping[str, str] | None = None) -> Template:
    """Build a :class:`Template` from a parsed document, or raise :class:`CaseFormatError`.

    Checks the template's own parts (variables, constraints, derivations, generated
    choices), then draws the variant of seed 0, which must pass every case check.
    """
    out = Collector()
    if not read_keys(data, TEMPLATE_KEYS, TEMPLATE_REQUIRED, "", out):
        raise CaseFormatError(source, out.report())
    tid = data.get("id")
    if not isinstance(tid, str) or not _ID.match(tid):
        out.add("id", "expected an id of lower-case letters, digits and single dashes (3-45 long)")
    variables = parse_variables(data.get("variables"), out)
    constraints = parse_constraints(data.get("constraints"), set(variables), out)
    findings = data.get("findings")
    if not isinstance(findings, Mapping) or not all(
        k in INSTRUMENTS and isinstance(v, Mapping) for k, v in findings.items()
    ):
        out.add("findings", f"expected instrument -> inputs; instruments: {', '.join(INSTRUMENTS)}")
    for name, variable in variables.items():
        spec, where = variable.spec, f"variables/{name}"
        if variable.kind == "derive" and (
            spec["derive"] not in DERIVATIONS or not isinstance(spec.get("args"), Mapping)
        ):
            out.add(where, f"derive one of {', '.join(DERIVATIONS)}, with args")
        compute_spec = spec.get("compute")
        if variable.kind == "compute" and not (
            isinstance(compute_spec, Mapping)
            and set(compute_spec) == {"instrument", "field"}
            and isinstance(findings, Mapping)
            and compute_spec["instrument"] in findings
        ):
            out.add(where, "compute: {instrument, field} of an instrument in findings")
    check_generated(data.get("questions"), out)
    if data.get("topic") not in TOPICS:
        out.add("topic", f"got {brief(data.get('topic'))}; allowed: {', '.join(TOPICS)}")
    objectives = data.get("objectives")
    template = Template(
        id=tid if isinstance(tid, str) else "",
        topic=data.get("topic"),
        difficulty=data.get("difficulty"),
        objectives=tuple(objectives) if isinstance(objectives, list) else (),
        variables=MappingProxyType(variables),
        constraints=constraints,
        data=data,
        source=source,
        lines=MappingProxyType(dict(lines or {})),
    )
    if out.problems:
        raise CaseFormatError(source, [_located(p, template.lines) for p in out.report()])
    try:
        draw(template, 0)
    except VariantError as exc:
        raise CaseFormatError(
            source, [_located((exc.where, f"seed 0: {exc.reason}"), template.lines)]
        ) from None
    return template


def load_template(path: str | Path) -> Template:
    """Read one template file; its id must match the file name and its topic the folder
    above ``templates/``. Raises :class:`CaseFormatError` with lines, like a case."""
    path = Path(path)
    lines: dict[str, str] = {}
    data = read_document(path, lines)
    template = parse_template_data(data, str(path), lines)
    problems = []
    if template.id != path.stem:
        problems.append(("id", f"{brief(template.id)} does not match the file name {path.stem!r}"))
    if path.parent.name != "templates" or path.parent.parent.name != template.topic:
        problems.append(("topic", f"a template lives in cases/{template.topic}/templates/"))
    if problems:
        raise CaseFormatError(str(path), [_located(p, lines) for p in problems])
    return template


def template_files(place: str | Path) -> list[Path]:
    """The template files of a folder (every ``*.yaml`` inside a ``templates`` folder), or
    the one file given."""
    place = Path(place)
    if place.is_file():
        return [place] if place.parent.name == "templates" else []
    return sorted(
        p for p in place.rglob("*.yaml") if "templates" in p.relative_to(place).parts[:-1]
    )


def load_templates(place: str | Path) -> tuple[list[Template], list[tuple[str, str, str]]]:
    """Every template under ``place``: the valid ones and ``(file, path, reason)`` problems."""
    templates, problems, seen = [], [], {}
    for path in template_files(place):
        try:
            template = load_template(path)
        except CaseFormatError as exc:
            problems.extend((str(path), where, reason) for where, reason in exc.problems)
            continue
        if template.id in seen:
            problems.append(
                (str(path), "id", f"duplicate template id, also in {seen[template.id]}")
            )
            continue
        seen[template.id] = str(path)
        templates.append(template)
    return templates, problems


def validate_template(template: Template, seeds: Iterable[int] = SAMPLE_SEEDS):
    """Draw and check the variant of every seed: ``(number valid, problems)``; each distinct
    problem is reported once, at the first seed that shows it."""
    valid, problems, seen = 0, [], set()
    for seed in seeds:
        try:
            draw(template, seed)
        except VariantError as exc:
            found = [_located((exc.where, f"seed {seed}: {exc.reason}"), template.lines)]
        except CaseFormatError as exc:
            found = list(exc.problems)
        else:
            valid += 1
            continue
        for where, reason in found:
            if (where, re.sub(r"seed \d+: ", "", reason)) not in seen:
                seen.add((where, re.sub(r"seed \d+: ", "", reason)))
                problems.append((template.source, where, reason))
    return valid, problems
