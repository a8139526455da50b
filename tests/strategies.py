"""Hypothesis strategies shared by the property-based tests: mutated real case files and
untrusted progress files."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from spinemet_core.progress import checksum

ROOT = Path(__file__).parents[1]


def bounded(max_examples: int) -> settings:
    """Settings of every property test here: a modest, fixed set of examples (derandomized,
    so the unit suite is as fast and as repeatable as the rest), no deadline, no database."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


CASE_FILES = sorted((ROOT / "cases").rglob("*.yaml")) + sorted(
    (ROOT / "spinemet_core" / "data" / "checks").rglob("*.yaml")
)
CASE_FILES = [p for p in CASE_FILES if "schema" not in p.parts]

# Text that YAML treats specially, control characters and odd values.
JUNK = st.sampled_from(
    [
        "&a ",
        "*a",
        "<<: ",
        "!!binary ",
        "!!python/object:os.system ",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "- ",
        "? ",
        "---\n",
        "\t",
        "\x00",
        "\x1b[2J",
        "\u202e",
        "\x85",
        "'",
        '"',
        "#",
        "\n  ",
        "9" * 5000,
        "2026-02-31",
        ".nan",
        "-.inf",
        "~",
        "yes",
        "0x1F",
        "1e999",
    ]
)
PLAIN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
"""Any JSON-like value (also NaN and infinities)."""


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


@st.composite
def _text_mutation(draw, text: str) -> str:
    lines = _lines(text)
    kind = draw(st.sampled_from(["drop", "duplicate", "junk", "value"]))
    n = draw(st.integers(min_value=0, max_value=len(lines) - 1))
    if kind == "drop":
        del lines[n]
    elif kind == "duplicate":  # a repeated line repeats its key
        lines.insert(draw(st.integers(0, len(lines))), lines[n])
    elif kind == "junk":
        position = draw(st.integers(0, len(lines[n])))
        junk = draw(st.lists(JUNK | st.text(max_size=8), min_size=1, max_size=4))
        lines[n] = lines[n][:position] + "".join(junk) + lines[n][position:]
    else:  # a new value after the first colon of the line
        head, colon, _tail = lines[n].partition(": ")
        if colon:
            value = draw(JUNK | st.text(max_size=20).map(json.dumps))
            lines[n] = f"{head}: {value}\n"
    return "".join(lines)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


@st.composite
def _data_mutation(draw, text: str) -> str:
    """Parse, drop a key or change (retype) a node, and write the document again."""
    yaml = YAML(typ="safe", pure=True)
    doc = yaml.load(text)
    paths = [p for p in _paths(doc) if p]
    if not paths:
        return text
    path = draw(st.sampled_from(paths))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(PLAIN)
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


@st.composite
def mutated_case_files(draw) -> tuple[Path, str]:
    """A real case file and its text after one to three random mutations."""
    path = draw(st.sampled_from(CASE_FILES))
    text = path.read_text(encoding="utf-8")
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        if draw(st.booleans()):
            text = draw(_text_mutation(text))
        else:
            try:
                text = draw(_data_mutation(text))
            except Exception:  # an earlier text mutation made it unreadable: keep it
                continue
    return path, text


def signed(document: dict) -> dict:
    """``document`` with a valid checksum, as if the quiz had saved it."""
    body = {k: v for k, v in document.items() if k != "checksum"}
    return {**body, "checksum": checksum(body)}


@st.composite
def tampered_progress(draw, export: dict) -> dict:
    """A saved progress document with one node replaced by any value, re-signed or not,
    so that both the checksum and the checks behind it are exercised."""
    doc = copy.deepcopy(export)
    paths = [p for p in _paths(doc) if p and p[0] != "checksum"]
    path = draw(st.sampled_from(paths))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = draw(PLAIN)
    return signed(doc) if draw(st.booleans()) else doc


PROGRESS_BYTES = (
    st.binary(max_size=2048)
    | PLAIN.map(lambda v: json.dumps(v).encode())
    | st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n)
)
"""Random bytes, random JSON, and brackets nested up to 3000 deep."""
