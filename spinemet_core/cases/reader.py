"""Reading a case file's YAML strictly, with ruamel.yaml (safe, pure-Python loader).

A case file is plain data, so everything YAML offers beyond plain data is refused,
each with the line and column where it starts: duplicate keys, anchors and aliases
(which also rules out "billion laughs" expansion), merge keys (``<<``), explicit
tags, non-text keys, nesting deeper than :data:`MAX_DEPTH`, more than one document,
and control characters. A file over :data:`MAX_BYTES` is refused before it is
parsed, one of more than :data:`MAX_NODES` keys and values before it is built. The
document is checked as a stream of parser events first (no recursion, stopped at the
first problem), so no file can make the reader hang, recurse or grow in memory; only
then is it built.
"""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
)

from ..errors import CaseFormatError
from ._strict import brief

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "parse_document", "read_document"]

MAX_BYTES = 256 * 1024
"""Largest case file read, in bytes (256 kB; the largest case of the bank is about 6 kB)."""
MAX_DEPTH = 32
"""Deepest nesting of mappings and lists (a case needs 5)."""
MAX_NODES = 20_000
"""Most keys and values in one file (the largest case has about 300)."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters: every C0/C1 control but tab and line breaks, and the bidi overrides."""


class _Refused(Exception):
    def __init__(self, where: str, reason: str, mark, note: str = "") -> None:
        super().__init__(reason)
        self.where, self.reason, self.mark, self.note = where, reason, mark, note


def _at(mark) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}"


def read_document(path: str | Path, lines: dict[str, str] | None = None) -> object:
    """The plain data of the case file at ``path``; ``lines`` as in :func:`parse_document`.

    Raises
    ------
    CaseFormatError
        The file cannot be read, is larger than :data:`MAX_BYTES`, or is not strict YAML;
        each problem gives its line and column.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CaseFormatError(str(path), [("/", f"cannot read the file: {exc}")]) from None
    return parse_document(raw, str(path), lines)


def parse_document(
    raw: bytes | str, source: str = "", lines: dict[str, str] | None = None
) -> object:
    """The plain data of a case document given as bytes (UTF-8) or text.

    A ``lines`` mapping given is filled with where each value starts, by its path in
    the document: ``{"questions/0/key": "line 12, column 10", ...}``.

    >>> parse_document(b"id: a\\nquestions: []\\n")
    {'id': 'a', 'questions': []}
    >>> parse_document("a: 1\\na: 2\\n")
    Traceback (most recent call last):
    ...
    spinemet_core.errors.CaseFormatError: <case>: a: duplicate key 'a' (line 2, column 1; first at line 1, column 1)
    """  # noqa: E501
    size = len(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    if size > MAX_BYTES:
        reason = f"the file is larger than {MAX_BYTES // 1024} kB; a case file must be smaller"
        raise CaseFormatError(source, [("/", reason)])
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            reason = f"not UTF-8 text (line {line}, column {column})"
            raise CaseFormatError(source, [("/", reason)]) from None
    found = _CONTROL.search(raw)
    if found:
        line = raw.count("\n", 0, found.start()) + 1
        column = found.start() - (raw.rfind("\n", 0, found.start()) + 1) + 1
        reason = (
            f"control character U+{ord(found.group()):04X} is not allowed "
            f"(line {line}, column {column})"
        )
        raise CaseFormatError(source, [("/", reason)])
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        _check_events(yaml.parse(raw), {} if lines is None else lines)
        return yaml.load(raw)
    except _Refused as exc:
        reason = f"{exc.reason} ({_at(exc.mark)}{exc.note})"
        raise CaseFormatError(source, [(exc.where, reason)]) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" ({_at(mark)})" if mark else ""
        reason = brief(exc.problem or exc.context or "invalid YAML", 200, quote=False)
        raise CaseFormatError(source, [("/", f"not valid YAML{where}: {reason}")]) from None
    except (YAMLError, ValueError, OverflowError) as exc:
        # e.g. an integer of more digits than Python converts, a date like 2026-02-31
        reason = f"not valid YAML: {brief(str(exc), 200, quote=False)}"
        raise CaseFormatError(source, [("/", reason)]) from None


def _check_events(events, lines: dict[str, str]) -> None:
    """Walk the parser's events once, keeping the path of the current node in ``lines``."""
    stack: list[dict] = []  # open collections: path, kind, seen keys, next index
    documents = 0
    for count, event in enumerate(events):
        if count > MAX_NODES:
            reason = f"more than {MAX_NODES} keys and values; a case needs a few hundred"
            raise _Refused("/", reason, event.start_mark)
        if isinstance(event, DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused(
                    "/", "a case file holds one document, found another", event.start_mark
                )
        if isinstance(event, CollectionEndEvent):
            stack.pop()
            continue
        if not isinstance(event, NodeEvent):
            continue
        path = _place(event, stack)
        if path is None:  # a mapping key: recorded by _place
            continue
        lines[path] = _at(event.start_mark)
        if isinstance(event, ScalarEvent):
            _refuse_control(path, event)
        name = brief(str(event.anchor), quote=False)
        if isinstance(event, AliasEvent):
            raise _Refused(path, f"aliases (*{name}) are not allowed", event.start_mark)
        if event.anchor is not None:
            raise _Refused(path, f"anchors (&{name}) are not allowed", event.start_mark)
        if event.tag is not None:
            reason = f"explicit tags ({brief(str(event.tag), quote=False)}) are not allowed"
            raise _Refused(path, reason, event.start_mark)
        if isinstance(event, CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                reason = f"nested deeper than {MAX_DEPTH} levels"
                raise _Refused(path, reason, event.start_mark)
            kind = "map" if isinstance(event, MappingStartEvent) else "seq"
            stack.append({"path": path, "kind": kind, "keys": {}, "key": None, "index": 0})


def _place(event, stack: list[dict]) -> str | None:
    """The path of a value node, or ``None`` after recording a mapping key."""
    if not stack:
        return "/"
    parent = stack[-1]
    if parent["kind"] == "seq":
        parent["index"] += 1
        return f"{parent['path']}/{parent['index'] - 1}".lstrip("/")
    if parent["key"] is not None:
        key, parent["key"] = parent["key"], None
        return f"{parent['path']}/{key}".lstrip("/")
    where = parent["path"] if parent["path"] != "/" else "/"
    if not isinstance(event, ScalarEvent) or event.tag is not None or event.anchor is not None:
        what = (
            "an alias" if isinstance(event, AliasEvent) else "a list, a mapping or a tagged value"
        )
        raise _Refused(where, f"a key must be text, found {what}", event.start_mark)
    if event.value == "<<" and event.style is None:
        raise _Refused(where, "merge keys (<<) are not allowed", event.start_mark)
    _refuse_control(where, event)
    key = brief(event.value, quote=False)
    first = parent["keys"].get(event.value)
    if first is not None:
        path = f"{parent['path']}/{key}".lstrip("/")
        reason = f"duplicate key {brief(event.value)}"
        raise _Refused(path, reason, event.start_mark, f"; first at {_at(first)}")
    parent["keys"][event.value] = event.start_mark
    parent["key"] = key
    return None


def _refuse_control(path: str, event) -> None:
    """Refuse a control character that reached a scalar through an escape ("\\x07")."""
    found = _CONTROL.search(event.value)
    if found:
        reason = (
            f"control character U+{ord(found.group()):04X} is not allowed (written as an escape)"
        )
        raise _Refused(path, reason, event.start_mark)
