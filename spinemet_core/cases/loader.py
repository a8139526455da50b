"""Strict loading of case files: YAML -> dict -> frozen :class:`~.model.Case`.

The YAML itself is read by :mod:`.reader` (ruamel.yaml, refusing duplicate keys,
aliases, control characters, deep nesting and files over its size limit).

:func:`parse_case_data` is pure and reports every problem it finds with its
path inside the document (e.g. ``questions/2/choices/1``). :func:`load_case`
and :func:`load_bank` add the file name; nothing here lets a traceback escape
for a malformed file. Questions are read by :mod:`.questions`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from ..errors import CaseFormatError, InvalidInputError, SpinemetError
from ..units import argument_value
from ._strict import Collector, brief, read_keys, read_text
from .bands import quoted_band_problems
from .keys import INSTRUMENTS
from .model import DIFFICULTIES, TOPICS, Case
from .questions import CHOICE_KEYS, KEY_KEYS, QUESTION_KEYS, parse_fidelity, parse_question
from .reader import read_document

__all__ = [
    "CASE_KEYS",
    "CASE_REQUIRED",
    "CHOICE_KEYS",
    "KEY_KEYS",
    "QUESTION_KEYS",
    "Problem",
    "load_bank",
    "load_case",
    "parse_case_data",
]

CASE_KEYS = (
    "id",
    "topic",
    "title",
    "difficulty",
    "objectives",
    "vignette",
    "findings",
    "questions",
    "status",
    "secondary",
)
CASE_REQUIRED = tuple(k for k in CASE_KEYS if k not in ("findings", "status", "secondary"))
"""``findings`` may be left out by a case whose questions compute nothing
(e.g. a check-yourself question on a trial's result); ``status`` (and ``secondary``) give
the status of every explanation of the case that does not give its own."""
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,60}$")

Problem = tuple[str, str, str]  # (file, path, reason)


def _findings(raw, out: Collector) -> dict:
    """Valid inputs by instrument; a known instrument whose inputs are refused maps to None."""
    if not isinstance(raw, Mapping) or not raw:
        out.add("findings", "expected a non-empty mapping of instrument -> inputs")
        return {}
    findings = {}
    for name, inputs in raw.items():
        where = f"findings/{brief(name, quote=False)}"
        if name not in INSTRUMENTS:
            out.add(where, f"unknown instrument; allowed: {', '.join(INSTRUMENTS)}")
            continue
        findings[name] = None
        if not isinstance(inputs, Mapping):
            out.add(where, "expected a mapping of argument -> value")
            continue
        try:
            inputs = {arg: argument_value(arg, value) for arg, value in inputs.items()}
            INSTRUMENTS[name](**inputs)
        except InvalidInputError as exc:
            field = brief(exc.field, quote=False)
            reason = (
                getattr(exc, "message", None) or f"got {brief(exc.value)}; allowed: {exc.allowed}"
            )
            out.add(f"{where}/{field}".rstrip("/"), f"{field}: {brief(reason, 300, quote=False)}")
            continue
        except SpinemetError as exc:
            out.add(where, brief(str(exc), 300, quote=False))
            continue
        except TypeError as exc:
            out.add(where, f"wrong arguments: {brief(str(exc), 200, quote=False)}")
            continue
        findings[name] = MappingProxyType(dict(inputs))
    return findings


def parse_case_data(data, source: str = "") -> Case:
    """Build a :class:`Case` from a parsed document, or raise :class:`CaseFormatError`.

    The error's ``problems`` lists every ``(path, reason)`` found.
    """
    out = Collector()
    if not read_keys(data, CASE_KEYS, CASE_REQUIRED, "", out):
        raise CaseFormatError(source, out.report())
    cid = data.get("id")
    if not isinstance(cid, str) or not _ID.match(cid):
        out.add("id", "expected an id of lower-case letters, digits and dashes (3-61 long)")
    if data.get("topic") not in TOPICS:
        out.add("topic", f"got {brief(data.get('topic'))}; allowed: {', '.join(TOPICS)}")
    if data.get("difficulty") not in DIFFICULTIES:
        out.add(
            "difficulty", f"got {brief(data.get('difficulty'))}; allowed: {', '.join(DIFFICULTIES)}"
        )
    objectives = data.get("objectives")
    if (
        not isinstance(objectives, list)
        or not objectives
        or not all(isinstance(o, str) and o.strip() for o in objectives)
    ):
        out.add("objectives", "expected a non-empty list of learning-objective tags")
        objectives = []
    findings = _findings(data["findings"], out) if "findings" in data else {}
    questions = []
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        out.add("questions", "expected a non-empty list of questions")
        raw_questions = []
    default = parse_fidelity(data, "", out)
    for i, raw in enumerate(raw_questions):
        q = parse_question(raw, f"questions/{i}", findings, out, default)
        if q is not None:
            questions.append(q)
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        out.add("questions", "question ids must be unique within a case")
    case = Case(
        id=cid if isinstance(cid, str) else "",
        topic=data.get("topic"),
        title=read_text(data, "title", "", out, min_length=5),
        difficulty=data.get("difficulty"),
        objectives=tuple(objectives),
        vignette=read_text(data, "vignette", "", out, min_length=40),
        findings=MappingProxyType({k: v for k, v in findings.items() if v is not None}),
        questions=tuple(questions),
        source=source,
    )
    if not out.problems:
        for where, reason in quoted_band_problems(case):
            out.add(where, reason)
    if out.problems:
        raise CaseFormatError(source, out.report())
    return case


def load_case(path: str | Path) -> Case:
    """Read and parse one case file; the id must match the file name, the topic its folder.

    Raises :class:`CaseFormatError` naming the file and, for each problem, its path inside
    the document or its line and column.
    """
    path = Path(path)
    lines: dict[str, str] = {}
    data = read_document(path, lines)
    try:
        case = parse_case_data(data, str(path))
    except CaseFormatError as exc:
        raise CaseFormatError(str(path), [_located(p, lines) for p in exc.problems]) from None
    problems = []
    if case.id != path.stem:
        problems.append(("id", f"{brief(case.id)} does not match the file name {path.stem!r}"))
    if path.parent.name != case.topic:
        reason = f"{brief(case.topic)} does not match the folder {path.parent.name!r}"
        problems.append(("topic", f"{reason}; a case lives in the folder named by its topic"))
    if problems:
        raise CaseFormatError(str(path), [_located(p, lines) for p in problems])
    return case


def _located(problem: tuple[str, str], lines: Mapping[str, str]) -> tuple[str, str]:
    """The problem with the line of the nearest enclosing value added to its reason."""
    where, reason = problem
    parts = where.split("/")
    for n in range(len(parts), 0, -1):
        line = lines.get("/".join(parts[:n]))
        if line is not None:
            return where, f"{reason} ({line})"
    return where, reason


def load_bank(folder: str | Path) -> tuple[list[Case], list[Problem]]:
    """Every ``*.yaml`` case under ``folder`` (or the one file ``folder``): the valid cases
    and the problems of the rest (a ``*.yml`` file is reported, not skipped). Files in a
    ``templates`` folder are templates, read by :func:`.templates.load_templates`."""
    folder = Path(folder)
    found = (
        [folder] if folder.is_file() else sorted([*folder.rglob("*.yaml"), *folder.rglob("*.yml")])
    )
    cases, problems = [], []
    paths = [path for path in found if path.suffix == ".yaml"]
    for path in (path for path in found if path.suffix != ".yaml"):
        problems.append((str(path), "/", "not read: a case file is named <id>.yaml"))
    seen: dict[str, str] = {}
    for path in paths:
        if {"schema", "templates"} & set(path.relative_to(folder).parts):
            continue  # the JSON Schema, and templates (read by .templates.load_templates)
        try:
            case = load_case(path)
        except CaseFormatError as exc:
            problems.extend((str(path), where, reason) for where, reason in exc.problems)
            continue
        if case.id in seen:
            problems.append((str(path), "id", f"duplicate case id, also in {seen[case.id]}"))
            continue
        seen[case.id] = str(path)
        cases.append(case)
    return cases, problems
