"""Hypothesis strategies shared by the property-based tests: mutated real case files and
untrusted progress files."""

from __future__ import annotations

import copy
import io
import json
import math
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


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*prefix, index))


@st.composite
def _data_mutation(draw, text: str) -> str:
    """Parse, drop a key or change (retype) a node, and write the document again."""
    yaml = YAML(typ="safe", pure=True)
    doc = yaml.load(text)
    places = [p for p in paths(doc) if p]
    if not places:
        return text
    path = draw(st.sampled_from(places))
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
    places = [p for p in paths(doc) if p and p[0] != "checksum"]
    path = draw(st.sampled_from(places))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = draw(PLAIN)
    return signed(doc) if draw(st.booleans()) else doc


@st.composite
def played_sessions(draw, cases):
    """A quiz session over ``cases`` with drawn settings (mode, seed, topics, levels, number
    of questions), some questions answered (any choice, any set, any number) with a drawn
    confidence, some revealed, and possibly finished: everything a session holds."""
    from spinemet_core.cases.model import DIFFICULTIES, TOPICS
    from spinemet_core.quiz import CONFIDENCE, MODES, QuizSession

    session = QuizSession(
        cases,
        mode=draw(st.sampled_from(MODES)),
        seed=draw(st.integers(min_value=0, max_value=10**9)),
        topics=draw(st.lists(st.sampled_from(TOPICS), min_size=1, unique=True)),
        difficulties=draw(st.lists(st.sampled_from(DIFFICULTIES), min_size=1, unique=True)),
        count=draw(st.none() | st.integers(min_value=1, max_value=30)),
    )
    for index in draw(st.lists(st.integers(0, max(len(session) - 1, 0)), unique=True)):
        if not len(session):
            break
        _case, question = session.question(index)
        texts = [c.text for c in question.choices]
        answer = {
            "single_choice": st.sampled_from(texts or ["-"]),
            "multiple_choice": st.lists(st.sampled_from(texts or ["-"]), unique=True),
        }.get(question.type, st.floats(-1e6, 1e6, allow_nan=False))
        session.answer(index, draw(answer), draw(st.sampled_from(CONFIDENCE)))
        if draw(st.booleans()):
            session.reveal(index)
    session.finished = draw(st.booleans())
    return session


PROGRESS_BYTES = (
    st.binary(max_size=2048)
    | PLAIN.map(lambda v: json.dumps(v).encode())
    | st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n)
)
"""Random bytes, random JSON, and brackets nested up to 3000 deep."""


# --- Arguments of the public core functions: valid values and values that must be refused ----

WRONG_VALUES = st.sampled_from(
    [
        None,
        True,
        False,
        float("nan"),
        float("inf"),
        float("-inf"),
        -1,
        -0.5,
        10**400,
        -(10**400),
        2**63,
        1e308,
        -1e308,
        "",
        " ",
        "  spaced out  ",
        "3",
        "none ",
        [],
        [1],
        {},
        {"a": 1},
        (),
        object(),
        b"1",
        1j,
    ]
) | st.just(5000).map(lambda digits: 10**digits)  # too long to print: Python refuses its repr
"""Values of the wrong kind or out of any sane range: None, booleans, NaN, infinities, negatives,
numbers beyond float, text (also with spaces), containers, bytes, complex numbers."""


def _accepts(domain, value) -> bool:
    """Whether ``domain`` (an instrument argument's domain, or :class:`Real`) takes ``value``."""
    from spinemet_core.errors import InvalidInputError

    try:
        domain.validate("x", value)
    except InvalidInputError:
        return False
    return True


def _finite(number: int | float) -> bool:
    """Whether a number is finite as a float (an int beyond float range is not)."""
    try:
        return math.isfinite(float(number))
    except OverflowError:
        return False


class Real:
    """A test-side domain: a finite real number from ``minimum`` (excluded when
    ``exclusive_min``) to ``maximum`` (``inf``: unbounded), for an argument no registry describes.

    It validates as the core does (bools, NaN and infinities refused), so it can filter the
    values drawn for that argument.
    """

    def __init__(self, minimum: float, maximum: float = math.inf, *, exclusive_min=False) -> None:
        self.minimum, self.maximum, self.exclusive_min = minimum, maximum, exclusive_min

    def validate(self, name, value):
        """Return ``value`` if it is a finite number in the range, else raise."""
        from spinemet_core.errors import InvalidInputError

        ok = (
            not isinstance(value, bool)
            and isinstance(value, int | float)
            and _finite(value)
            and (value > self.minimum if self.exclusive_min else value >= self.minimum)
            and value <= self.maximum
        )
        if not ok:
            raise InvalidInputError(name, value, f"{self.minimum} to {self.maximum}")
        return value


class Drawn:
    """A test-side domain given by its two strategies: values to accept and values to refuse."""

    def __init__(self, valid: st.SearchStrategy, invalid: st.SearchStrategy | None = None) -> None:
        self.valid, self.invalid = valid, invalid


def valid_values(domain) -> st.SearchStrategy:
    """Values ``domain`` accepts: its choices, flags, grid integers or finite numbers in range
    (the bounds themselves included)."""
    from spinemet_core.scores._domain import Choice, Flag, Integer, Number

    if isinstance(domain, Choice | Flag):
        return st.sampled_from(domain.values)
    if isinstance(domain, Integer):
        step = domain.step or 1
        top = domain.maximum if domain.maximum is not None else domain.minimum + 10**6
        grid = st.integers(0, (top - domain.minimum) // step)
        return grid.map(lambda k: domain.minimum + k * step)
    if isinstance(domain, Number):
        bounds = st.sampled_from([domain.minimum, domain.maximum])
        return bounds | st.floats(domain.minimum, domain.maximum)
    if isinstance(domain, Real):
        top = min(domain.maximum, 1e300)
        edges = [top] if domain.exclusive_min else [domain.minimum, top]
        return st.sampled_from(edges) | st.floats(
            domain.minimum, top, exclude_min=domain.exclusive_min
        )
    if isinstance(domain, Drawn):
        return domain.valid
    raise TypeError(f"no strategy for {domain!r}")


def _near_misses(domain) -> list:
    """Values next to the allowed ones: other spellings of a choice, a count off its range or its
    grid, a whole number written as a float, a number just outside its bounds."""
    from spinemet_core.scores._domain import Choice, Flag, Integer, Number

    if isinstance(domain, Choice):
        out = []
        for v in domain.values:
            if isinstance(v, str):
                out += [v.upper(), v.lower(), v.title(), f" {v}", f"{v} ", v.replace("_", " ")]
            else:
                out += [str(v), float(v), v + 1]
        return out
    if isinstance(domain, Flag):
        return [0, 1, "true", "False", "yes"]
    if isinstance(domain, Integer):
        out = [domain.minimum - 1, float(domain.minimum), str(domain.minimum)]
        if domain.maximum is not None:
            out += [domain.maximum + 1, domain.maximum + 0.5]
        if domain.step and domain.step > 1:
            out.append(domain.minimum + domain.step // 2)
        return out
    if isinstance(domain, Number | Real):
        out = [domain.minimum - 1e-6, domain.minimum - 1, str(domain.minimum)]
        if getattr(domain, "exclusive_min", False):
            out.append(domain.minimum)
        if math.isfinite(domain.maximum):
            out += [domain.maximum + 1e-6, domain.maximum * 10]
        return out
    raise TypeError(f"no near misses for {domain!r}")


def invalid_values(domain) -> st.SearchStrategy:
    """Values ``domain`` refuses: :data:`WRONG_VALUES` and near misses, each checked against the
    domain itself so that only a value it refuses is drawn."""
    if isinstance(domain, Drawn):
        return domain.invalid
    near = _near_misses(domain)
    pool = WRONG_VALUES | st.sampled_from(near) if near else WRONG_VALUES
    return pool.filter(lambda v: not _accepts(domain, v))


@st.composite
def calls(draw, domains, valid_only: bool = False):
    """Keyword arguments for a function whose arguments have the given domains, and the name of
    the one argument given a refused value (``None`` when every value is valid)."""
    kwargs = {name: draw(valid_values(domain)) for name, domain in domains.items()}
    refusable = sorted(n for n, d in domains.items() if getattr(d, "invalid", True) is not None)
    if valid_only or not refusable or draw(st.booleans()):
        return kwargs, None
    bad = draw(st.sampled_from(refusable))
    kwargs[bad] = draw(invalid_values(domains[bad]))
    return kwargs, bad
