"""Strict loading of case files: YAML -> dict -> frozen :class:`~.model.Case`.

:func:`parse_case_data` is pure and reports every problem it finds with its
path inside the document (e.g. ``questions/2/choices/1``). :func:`load_case`
and :func:`load_bank` add the file name; nothing here lets a traceback escape
for a malformed file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import yaml

from ..errors import CaseFormatError, SpinemetError
from ..references import REFERENCES
from .keys import INSTRUMENTS, allowed_fields, compute, format_value
from .model import DIFFICULTIES, QUESTION_TYPES, TOPICS, AnswerKey, Case, Choice, Question

__all__ = [
    "CASE_KEYS",
    "CHOICE_KEYS",
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
)
QUESTION_KEYS = (
    "id",
    "type",
    "prompt",
    "choices",
    "answer",
    "tolerance",
    "key",
    "explanation",
    "citekeys",
)
CHOICE_KEYS = ("text", "correct", "feedback")
KEY_KEYS = ("instrument", "field")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,60}$")
_QID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")

Problem = tuple[str, str, str]  # (file, path, reason)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def add(self, path: str, reason: str) -> None:
        self.problems.append((path or "/", reason))


def _keys(data, allowed, required, path, out: _Collector) -> bool:
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


def _text(data, key, path, out, *, min_length=1) -> str:
    value = data.get(key)
    where = f"{path}/{key}".lstrip("/")
    if not isinstance(value, str) or len(value.strip()) < min_length:
        out.add(where, f"expected text of at least {min_length} characters")
        return ""
    return value


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _choices(raw, path, out) -> tuple[Choice, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        out.add(path, "expected a list of at least 2 choices")
        return ()
    choices = []
    for i, item in enumerate(raw):
        where = f"{path}/{i}"
        if not _keys(item, CHOICE_KEYS, CHOICE_KEYS, where, out):
            continue
        if not isinstance(item.get("correct"), bool):
            out.add(f"{where}/correct", "expected true or false")
        text = _text(item, "text", where, out) if "text" in item else ""
        feedback = _text(item, "feedback", where, out, min_length=10) if "feedback" in item else ""
        choices.append(Choice(text=text, correct=item.get("correct") is True, feedback=feedback))
    texts = [c.text for c in choices]
    if len(set(texts)) != len(texts):
        out.add(path, "choice texts must be unique")
    return tuple(choices)


def _question(raw, path, findings, out) -> Question | None:
    if not _keys(
        raw, QUESTION_KEYS, ("id", "type", "prompt", "explanation", "citekeys"), path, out
    ):
        return None
    qtype = raw.get("type")
    if qtype not in QUESTION_TYPES:
        out.add(f"{path}/type", f"got {qtype!r}; allowed: {', '.join(QUESTION_TYPES)}")
        return None
    qid = raw.get("id")
    if not isinstance(qid, str) or not _QID.match(qid):
        out.add(f"{path}/id", "expected an id of lower-case letters, digits and dashes")
    citekeys = raw.get("citekeys")
    if not isinstance(citekeys, list) or not citekeys:
        out.add(f"{path}/citekeys", "expected a non-empty list of citekeys")
        citekeys = []
    for i, key in enumerate(citekeys):
        if not isinstance(key, str) or key not in REFERENCES:
            out.add(f"{path}/citekeys/{i}", f"unknown citekey {key!r}")
    choices: tuple[Choice, ...] = ()
    answer = tolerance = None
    if qtype in ("single_choice", "multiple_choice"):
        for extra in ("answer", "tolerance"):
            if extra in raw:
                out.add(f"{path}/{extra}", f"not used by {qtype} questions")
        choices = _choices(raw.get("choices"), f"{path}/choices", out)
        n_correct = sum(c.correct for c in choices)
        if choices and qtype == "single_choice" and n_correct != 1:
            out.add(
                f"{path}/choices", f"single_choice needs exactly 1 correct choice, got {n_correct}"
            )
        if choices and qtype == "multiple_choice" and n_correct < 1:
            out.add(f"{path}/choices", "multiple_choice needs at least 1 correct choice")
    else:
        if "choices" in raw:
            out.add(f"{path}/choices", "not used by numeric questions")
        answer, tolerance = raw.get("answer"), raw.get("tolerance")
        if not _number(answer):
            out.add(f"{path}/answer", "expected a number")
            answer = None
        if not _number(tolerance) or tolerance < 0:
            out.add(f"{path}/tolerance", "expected a number >= 0")
            tolerance = None
    key = (
        _answer_key(raw.get("key"), f"{path}/key", qtype, findings, choices, answer, tolerance, out)
        if "key" in raw
        else None
    )
    return Question(
        id=qid if isinstance(qid, str) else "",
        type=qtype,
        prompt=_text(raw, "prompt", path, out, min_length=10),
        explanation=_text(raw, "explanation", path, out, min_length=10),
        citekeys=tuple(k for k in citekeys if isinstance(k, str)),
        choices=choices,
        answer=answer,
        tolerance=tolerance,
        key=key,
    )


def _answer_key(raw, path, qtype, findings, choices, answer, tolerance, out):
    if not _keys(raw, KEY_KEYS, KEY_KEYS, path, out):
        return None
    instrument, field = raw.get("instrument"), raw.get("field")
    if qtype == "multiple_choice":
        out.add(path, "multiple_choice questions cannot have a computed key")
        return None
    if not isinstance(instrument, str) or instrument not in INSTRUMENTS:
        out.add(f"{path}/instrument", f"got {instrument!r}; allowed: {', '.join(INSTRUMENTS)}")
        return None
    if field not in allowed_fields(instrument):
        out.add(
            f"{path}/field",
            f"got {field!r}; allowed for {instrument}: {', '.join(allowed_fields(instrument))}",
        )
        return None
    if instrument not in findings:
        out.add(f"{path}/instrument", f"no findings/{instrument} to compute the answer from")
        return None
    value = compute(instrument, field, findings[instrument])
    if qtype == "single_choice":
        stated = next((c.text for c in choices if c.correct), None)
        if stated is not None and stated != format_value(value):
            out.add(
                path,
                f"the core computes {format_value(value)!r} from the findings, but "
                f"the correct choice says {stated!r}",
            )
    elif answer is not None and tolerance is not None and abs(answer - value) > tolerance + 1e-9:
        out.add(
            path,
            f"the core computes {value:g} from the findings, but the answer is "
            f"{answer:g} (tolerance {tolerance:g})",
        )
    return AnswerKey(instrument=instrument, field=field)


def _findings(raw, out) -> dict:
    if not isinstance(raw, Mapping) or not raw:
        out.add("findings", "expected a non-empty mapping of instrument -> inputs")
        return {}
    findings = {}
    for name, inputs in raw.items():
        where = f"findings/{name}"
        if name not in INSTRUMENTS:
            out.add(where, f"unknown instrument; allowed: {', '.join(INSTRUMENTS)}")
            continue
        if not isinstance(inputs, Mapping):
            out.add(where, "expected a mapping of argument -> value")
            continue
        try:
            INSTRUMENTS[name](**inputs)
        except SpinemetError as exc:
            out.add(f"{where}/{getattr(exc, 'field', '')}".rstrip("/"), str(exc))
            continue
        except TypeError as exc:
            out.add(where, f"wrong arguments: {exc}")
            continue
        findings[name] = MappingProxyType(dict(inputs))
    return findings


def parse_case_data(data, source: str = "") -> Case:
    """Build a :class:`Case` from a parsed document, or raise :class:`CaseFormatError`.

    The error's ``problems`` lists every ``(path, reason)`` found.
    """
    out = _Collector()
    if not _keys(data, CASE_KEYS, CASE_KEYS, "", out):
        raise CaseFormatError(source, out.problems)
    cid = data.get("id")
    if not isinstance(cid, str) or not _ID.match(cid):
        out.add("id", "expected an id of lower-case letters, digits and dashes (3-61 long)")
    if data.get("topic") not in TOPICS:
        out.add("topic", f"got {data.get('topic')!r}; allowed: {', '.join(TOPICS)}")
    if data.get("difficulty") not in DIFFICULTIES:
        out.add("difficulty", f"got {data.get('difficulty')!r}; allowed: {', '.join(DIFFICULTIES)}")
    objectives = data.get("objectives")
    if (
        not isinstance(objectives, list)
        or not objectives
        or not all(isinstance(o, str) and o.strip() for o in objectives)
    ):
        out.add("objectives", "expected a non-empty list of learning-objective tags")
        objectives = []
    findings = _findings(data.get("findings"), out)
    questions = []
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        out.add("questions", "expected a non-empty list of questions")
        raw_questions = []
    for i, raw in enumerate(raw_questions):
        q = _question(raw, f"questions/{i}", findings, out)
        if q is not None:
            questions.append(q)
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        out.add("questions", "question ids must be unique within a case")
    case = Case(
        id=cid if isinstance(cid, str) else "",
        topic=data.get("topic"),
        title=_text(data, "title", "", out, min_length=5),
        difficulty=data.get("difficulty"),
        objectives=tuple(objectives),
        vignette=_text(data, "vignette", "", out, min_length=40),
        findings=MappingProxyType(findings),
        questions=tuple(questions),
        source=source,
    )
    if out.problems:
        raise CaseFormatError(source, out.problems)
    return case


def load_case(path: str | Path) -> Case:
    """Read and parse one case file; the id must match the file name, the topic its folder."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFormatError(str(path), [("/", f"cannot read the file: {exc}")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        reason = getattr(exc, "problem", None) or "invalid YAML"
        raise CaseFormatError(str(path), [("/", f"not valid YAML{where}: {reason}")]) from None
    case = parse_case_data(data, str(path))
    problems = []
    if case.id != path.stem:
        problems.append(("id", f"{case.id!r} does not match the file name {path.stem!r}"))
    if path.parent.name in TOPICS and path.parent.name != case.topic:
        problems.append(("topic", f"{case.topic!r} does not match the folder {path.parent.name!r}"))
    if problems:
        raise CaseFormatError(str(path), problems)
    return case


def load_bank(folder: str | Path) -> tuple[list[Case], list[Problem]]:
    """Every ``*.yaml`` case under ``folder``: the valid cases and the problems of the rest."""
    cases, problems = [], []
    seen: dict[str, str] = {}
    for path in sorted(Path(folder).rglob("*.yaml")):
        if "schema" in path.parts:
            continue
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
