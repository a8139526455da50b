"""Saved quiz progress: reading a progress file without trusting it.

A progress file is JSON written by :meth:`spinemet_core.quiz.QuizSession.export`. Reading
one refuses, with a :class:`ProgressError` in words for the learner, anything larger than
:data:`MAX_PROGRESS_BYTES`, nested deeper than the quiz writes, not JSON, foreign, from
another version, changed after saving (its checksum) or from another bank; answers are
re-graded, never trusted.

Version 2 may also hold, written by :func:`spinemet_core.quiz_templates.export_progress`,
``variants`` (each template variant's case id, template and seed), ``attempt_seed`` and
``history`` (one :func:`~spinemet_core.quiz_templates.session_record` per earlier session);
a file without them is read as before, and each is checked when present.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

from .cases._strict import brief
from .cases.model import Case
from .errors import InvalidInputError, SpinemetError, require_int

__all__ = [
    "MAX_PROGRESS_BYTES",
    "PROGRESS_FORMAT",
    "PROGRESS_VERSION",
    "READABLE_VERSIONS",
    "ProgressError",
    "brief",
    "checksum",
    "read_history",
    "read_json",
    "read_seed",
    "rebuild",
]

PROGRESS_FORMAT = "spinemet-quiz-progress"
PROGRESS_VERSION = 2
"""Version written: 2 adds ``settings.count`` and ``settings.variant_seed`` to version 1."""
READABLE_VERSIONS = (1, 2)
"""Versions read (a version 1 file holds every question of its selection, no variant seed)."""
MAX_PROGRESS_BYTES = 512 * 1024
"""Largest progress file read, in bytes (a whole bank's answers take about 30 kB)."""
MAX_HISTORY = 100
"""Most earlier sessions a progress file keeps in its history (the newest are kept)."""
_COUNTS = ("questions", "answered", "correct", "confident_but_wrong")
_RECORD_KEYS = {"label", "mode", "seed", "attempt_seed", "by_objective"}
_MAX_NESTING = 8
"""Deepest nesting of lists and objects in a progress file (the quiz writes 4)."""


class ProgressError(SpinemetError):
    """A progress file cannot be imported (malformed, foreign, tampered, huge, deeply nested,
    or from another bank); the message says why, in words for the learner."""


def read_json(raw) -> object:
    """The JSON document of a file, refusing what is too large or too deeply nested."""
    size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
    if size > MAX_PROGRESS_BYTES:
        raise ProgressError(
            f"the file is larger than {MAX_PROGRESS_BYTES // 1024} kB; "
            "a progress file saved by the quiz is much smaller"
        )
    try:
        text = raw if isinstance(raw, str) else bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise ProgressError(_not_json()) from None
    if _nesting(text) > _MAX_NESTING:
        raise ProgressError(f"the file is nested deeper than {_MAX_NESTING} levels")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:  # where the file stops being JSON, and why
        raise ProgressError(
            _not_json(f" (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        ) from None
    except (ValueError, RecursionError):
        raise ProgressError(_not_json()) from None


def _not_json(where: str = "") -> str:
    return f"this file is not JSON{where}; choose a file saved by the quiz (spinemet-progress.json)"


def _no_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _nesting(text: str) -> int:
    """How deep brackets nest outside JSON strings; stops counting past the limit."""
    depth = deepest = 0
    for token in re.finditer(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > _MAX_NESTING:
                break
        elif mark in "]}":
            depth -= 1
    return deepest


def rebuild(cls, data: dict, cases: Sequence[Case]):
    """The session a checksummed progress document describes, re-graded against ``cases``."""
    settings = data["settings"]
    session = cls(
        cases,
        mode=settings["mode"],
        seed=settings["seed"],
        topics=_strings("topics", settings["topics"]),
        difficulties=_strings("difficulties", settings["difficulties"]),
        count=settings["count"] if data["version"] >= 2 else None,
    )
    variant_seed = settings["variant_seed"] if data["version"] >= 2 else None
    if variant_seed is not None:
        require_int("variant_seed", variant_seed, minimum=0, maximum=10**9)
    session.variant_seed = variant_seed
    if [list(i) for i in session.items] != data["items"]:
        raise ProgressError(
            "this progress belongs to a different case bank or selection; it was not loaded"
        )
    positions = {item: n for n, item in enumerate(session.items)}
    responses = data["responses"]
    if not isinstance(responses, list):
        raise ProgressError("the progress file's responses are not a list")
    for r in responses:
        where = (r["case"], r["question"])
        if where not in positions:
            raise ProgressError(f"an answer names a question not in this quiz: {brief(where)}")
        session.answer(positions[where], r["answer"], r["confidence"])
    revealed = data["revealed"]
    if not isinstance(revealed, list) or not all(
        isinstance(k, list) and tuple(k) in positions for k in revealed
    ):
        raise ProgressError("the progress file's revealed questions are not in this quiz")
    session.revealed = {tuple(k) for k in revealed}
    if not isinstance(data["finished"], bool):
        raise ProgressError("the progress file's 'finished' is not true or false")
    session.finished = data["finished"]
    return session


def _strings(name: str, value) -> list:
    if not isinstance(value, list):
        raise InvalidInputError(name, brief(value), "a list of names")
    return value


def checksum(body: dict) -> str:
    """The SHA-256 of a progress document without its checksum (canonical JSON)."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_seed(name: str, value) -> int | None:
    """A recorded seed: ``None`` or a whole number from 0 to 10**9, else :class:`ProgressError`."""
    if value is not None and (type(value) is not int or not 0 <= value <= 10**9):
        raise ProgressError(f"the progress file's {name} is not a seed: {brief(value)}")
    return value


def read_history(value) -> list[dict]:
    """The ``history`` of a progress file, checked record by record: a list of at most
    :data:`MAX_HISTORY` dicts, each with a ``label`` (text) and ``by_objective`` (objective ->
    whole-number counts ``questions >= answered >= correct``); else :class:`ProgressError`
    naming the first bad record (counted from 1)."""
    if not isinstance(value, list) or len(value) > MAX_HISTORY:
        raise ProgressError(f"the progress file's history is not a list of at most {MAX_HISTORY}")
    for n, record in enumerate(value, 1):
        if not _is_record(record):
            raise ProgressError(
                f"the progress file's history record {n} is not a session record: {brief(record)}"
            )
    return value


def _is_record(record) -> bool:
    if not isinstance(record, dict) or not {"label", "by_objective"} <= set(record):
        return False
    if set(record) - _RECORD_KEYS or not isinstance(record["label"], str):
        return False
    objectives = record["by_objective"]
    if not isinstance(objectives, dict):
        return False
    for name, counts in objectives.items():
        if not isinstance(counts, dict) or set(counts) != set(_COUNTS):
            return False
        values = [counts[k] for k in _COUNTS]
        if not all(type(v) is int and v >= 0 for v in values) or not (
            values[0] >= values[1] >= values[2] >= 0 and values[1] >= values[3]
        ):
            return False
        if not isinstance(name, str):
            return False
    return True
