"""Strict parsing of a case's questions and choices, and the check of computed keys.

A question's ``key`` names an instrument whose inputs are in the case's
``findings`` and a field of its result; the core computes it here and the stated
answer must agree (see :func:`~.answers.agrees`), so a question cannot teach a
wrong number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..fidelity import STATUSES, Fidelity
from ..references import REFERENCES
from ._strict import Collector, brief, is_number, read_keys, read_text
from .answers import agrees, shown
from .keys import INSTRUMENTS, allowed_fields, compute
from .model import QUESTION_TYPES, AnswerKey, Choice, Question

__all__ = ["CHOICE_KEYS", "KEY_KEYS", "QUESTION_KEYS", "parse_fidelity", "parse_question"]

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
    "status",
    "secondary",
)
CHOICE_KEYS = ("text", "correct", "feedback")
KEY_KEYS = ("instrument", "field")
QUESTION_REQUIRED = ("id", "type", "prompt", "explanation", "citekeys")
_QID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


def _choices(raw, path: str, out: Collector) -> tuple[Choice, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        out.add(path, "expected a list of at least 2 choices")
        return ()
    choices = []
    for i, item in enumerate(raw):
        where = f"{path}/{i}"
        if not read_keys(item, CHOICE_KEYS, CHOICE_KEYS, where, out):
            continue
        if not isinstance(item.get("correct"), bool):
            out.add(f"{where}/correct", "expected true or false")
        text = read_text(item, "text", where, out) if "text" in item else ""
        feedback = (
            read_text(item, "feedback", where, out, min_length=10) if "feedback" in item else ""
        )
        choices.append(Choice(text=text, correct=item.get("correct") is True, feedback=feedback))
    texts = [c.text for c in choices]
    if len(set(texts)) != len(texts):
        out.add(path, "choice texts must be unique")
    return tuple(choices)


def _citekeys(raw, path: str, out: Collector) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        out.add(path, "expected a non-empty list of citekeys")
        return ()
    for i, key in enumerate(raw):
        if not isinstance(key, str) or key not in REFERENCES:
            out.add(f"{path}/{i}", f"unknown citekey {brief(key)}")
    return tuple(k for k in raw if isinstance(k, str))


def parse_fidelity(raw, path: str, out: Collector, default: Fidelity | None = None):
    """The ``status`` (and ``secondary`` source) given in ``raw``, else ``default``."""
    if "status" not in raw:
        if "secondary" in raw:
            out.add(f"{path}/secondary".lstrip("/"), "only a status of secondary names one")
        return default
    status, source = raw.get("status"), raw.get("secondary", "")
    if status not in STATUSES:
        out.add(
            f"{path}/status".lstrip("/"), f"got {brief(status)}; allowed: {', '.join(STATUSES)}"
        )
        return default
    if (status == "secondary") != ("secondary" in raw) or not isinstance(source, str):
        reason = "a status of secondary names its source here, and only then"
        out.add(f"{path}/secondary".lstrip("/"), reason)
        return default
    return Fidelity(status, source.strip())


def _tolerance(raw, path: str, out: Collector) -> float | None:
    tolerance = raw.get("tolerance")
    if not is_number(tolerance) or tolerance < 0:
        out.add(f"{path}/tolerance", "expected a number >= 0")
        return None
    return tolerance


def parse_question(
    raw, path: str, findings, out: Collector, default: Fidelity | None = None
) -> Question | None:
    """One question of a case, or ``None`` when it is too broken to build.

    ``default`` is the case's status, used when the question gives none.
    """
    if not read_keys(raw, QUESTION_KEYS, QUESTION_REQUIRED, path, out):
        return None
    qtype = raw.get("type")
    if qtype not in QUESTION_TYPES:
        out.add(f"{path}/type", f"got {brief(qtype)}; allowed: {', '.join(QUESTION_TYPES)}")
        return None
    qid = raw.get("id")
    if not isinstance(qid, str) or not _QID.match(qid):
        out.add(f"{path}/id", "expected an id of lower-case letters, digits and dashes")
    citekeys = _citekeys(raw.get("citekeys"), f"{path}/citekeys", out)
    choices: tuple[Choice, ...] = ()
    answer = tolerance = None
    if qtype == "numeric":
        if "choices" in raw:
            out.add(f"{path}/choices", "not used by numeric questions")
        answer = raw.get("answer")
        if not is_number(answer):
            out.add(f"{path}/answer", "expected a number")
            answer = None
        tolerance = _tolerance(raw, path, out)
    else:
        unused = ("answer", "tolerance") if qtype == "multiple_choice" else ("answer",)
        for extra in unused:
            if extra in raw:
                out.add(f"{path}/{extra}", f"not used by {qtype} questions")
        if qtype == "single_choice" and "tolerance" in raw:
            if "key" not in raw:
                out.add(f"{path}/tolerance", "only a computed key of a single_choice has one")
            tolerance = _tolerance(raw, path, out)
        choices = _choices(raw.get("choices"), f"{path}/choices", out)
        n_correct = sum(c.correct for c in choices)
        if choices and qtype == "single_choice" and n_correct != 1:
            out.add(
                f"{path}/choices", f"single_choice needs exactly 1 correct choice, got {n_correct}"
            )
        if choices and qtype == "multiple_choice" and n_correct < 1:
            out.add(f"{path}/choices", "multiple_choice needs at least 1 correct choice")
    question = Question(
        id=qid if isinstance(qid, str) else "",
        type=qtype,
        prompt=read_text(raw, "prompt", path, out, min_length=10),
        explanation=read_text(raw, "explanation", path, out, min_length=10),
        citekeys=citekeys,
        choices=choices,
        answer=answer,
        tolerance=tolerance,
        fidelity=parse_fidelity(raw, path, out, default),
    )
    if "key" not in raw:
        return question
    key = _answer_key(raw.get("key"), f"{path}/key", question, findings, out)
    return replace(question, key=key)


def _answer_key(raw, path: str, question: Question, findings, out: Collector):
    if not read_keys(raw, KEY_KEYS, KEY_KEYS, path, out):
        return None
    instrument, field = raw.get("instrument"), raw.get("field")
    if question.type == "multiple_choice":
        out.add(path, "multiple_choice questions cannot have a computed key")
        return None
    if not isinstance(instrument, str) or instrument not in INSTRUMENTS:
        out.add(f"{path}/instrument", f"got {brief(instrument)}; allowed: {', '.join(INSTRUMENTS)}")
        return None
    if field not in allowed_fields(instrument):
        out.add(
            f"{path}/field",
            f"got {brief(field)}; allowed for {instrument}: "
            + ", ".join(allowed_fields(instrument)),
        )
        return None
    if findings.get(instrument) is None:  # None: the findings were refused, already reported
        if instrument not in findings:
            out.add(f"{path}/instrument", f"no findings/{instrument} to compute the answer from")
        return None
    value = compute(instrument, field, findings[instrument])
    if question.type == "single_choice":
        _check_choices(value, question, path, out)
    elif (
        question.answer is not None
        and question.tolerance is not None
        and abs(question.answer - value) > question.tolerance + 1e-9
    ):
        out.add(
            path,
            f"the core computes {value:g} from the findings, but the answer is "
            f"{question.answer:g} (tolerance {question.tolerance:g})",
        )
    return AnswerKey(instrument=instrument, field=field)


def _check_choices(value, question: Question, path: str, out: Collector) -> None:
    for choice in question.choices:
        agreeing = agrees(value, choice.text, question.tolerance)
        if choice.correct and not agreeing:
            out.add(
                path,
                f"the core computes {shown(value)!r} from the findings, but "
                f"the correct choice says {brief(choice.text, 120)}",
            )
        elif agreeing and not choice.correct:
            out.add(
                path,
                f"the wrong choice {brief(choice.text, 120)} also agrees with the core's value",
            )
