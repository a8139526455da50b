"""Every citekey used anywhere in the suite resolves in the bibliography.

Where a key is found:

- code (``spinemet_core/**/*.py``): every string literal is searched for citekey
  mentions (REFERENCE constants, citekey fields, positional record fields,
  docstrings), and the argument of ``get_reference``/``format_reference``/``cite``
  and the value of a ``citekey``/``citekeys``/``reference`` keyword (a literal or a
  tuple/list of literals) are taken whole, whatever they look like;
- data (``spinemet_core/data/**/*.json``), case files (``cases/**/*.yaml``) and the
  case schema (``cases/**/*.json``): every string is searched, and everything under
  a ``citekey``/``citekeys`` key (a string or a list, not a schema) is taken whole;
- notebooks (``notebooks/*.ipynb``): the source of every cell is searched;
- the topic manifest: ``DASHBOARDS[...].references``.

A mention is ``spinemet_core.references.CITEKEY`` (author + 19xx/20xx year, or
``pmc`` + id, then an optional ``_tag``) standing alone: not inside a longer word,
path, URL or DOI, so ordinary words, versions and colours never match.
"""

import ast
import json
import re
from pathlib import Path

import pytest
import yaml

from spinemet_core.references import CITEKEY, REFERENCES
from spinemet_core.topics import DASHBOARDS

ROOT = Path(__file__).parents[1]
MENTION = re.compile(rf"(?<![\w./:]){CITEKEY.pattern}(?![\w-]|\.\w)")
KEY_CALLS = {"get_reference", "format_reference", "cite"}
KEY_FIELDS = {"citekey", "citekeys", "reference"}


def _mentions(text):
    return {m.group(0) for m in MENTION.finditer(text)}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _keys_in_document(doc):
    """Mentions in every string, plus everything under a citekey/citekeys key."""
    keys = {k for s in _strings(doc) for k in _mentions(s)}
    if isinstance(doc, dict):
        for name, value in doc.items():
            whole = name in KEY_FIELDS and not isinstance(value, dict)  # a schema's is a dict
            keys |= set(_strings(value)) if whole else _keys_in_document(value)
    elif isinstance(doc, list):
        for item in doc:
            keys |= _keys_in_document(item)
    return keys


def _keys_in_python(text):
    keys = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            keys |= _mentions(node.value)
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            given = node.args[:1] if name in KEY_CALLS else []
            given += [kw.value for kw in node.keywords if kw.arg in KEY_FIELDS]
            for value in given:  # a literal, or a tuple/list of literals
                items = value.elts if isinstance(value, ast.Tuple | ast.List) else [value]
                keys |= {n.value for n in items if isinstance(n, ast.Constant)}
    return {k for k in keys if isinstance(k, str)}


def citekeys_used(root):
    """Map each citekey found under ``root`` to the files that use it."""
    sources = [
        (sorted(root.glob("spinemet_core/**/*.py")), _keys_in_python),
        (
            sorted(root.glob("spinemet_core/data/**/*.json")),
            lambda t: _keys_in_document(json.loads(t)),
        ),
        (sorted(root.glob("cases/**/*.json")), lambda t: _keys_in_document(json.loads(t))),
        (sorted(root.glob("cases/**/*.yaml")), lambda t: _keys_in_document(yaml.safe_load(t))),
        (
            sorted(root.glob("notebooks/*.ipynb")),
            lambda t: {k for c in json.loads(t)["cells"] for k in _mentions("".join(c["source"]))},
        ),
    ]
    used = {}
    for paths, extract in sources:
        for path in paths:
            for key in extract(path.read_text(encoding="utf-8")):
                used.setdefault(key, set()).add(path.relative_to(root).as_posix())
    return used


def test_every_citekey_used_in_code_data_cases_and_notebooks_resolves():
    """No file of the suite cites a key the bibliography lacks."""
    used = citekeys_used(ROOT)
    assert {} == {k: sorted(files) for k, files in used.items() if k not in REFERENCES}
    assert {"fisher2010", "sahgal2013_cord", "pmc9372304_review"} <= set(used)


def test_every_citekey_of_the_topic_manifest_resolves():
    """Each dashboard's reference list names only keys of the bibliography."""
    listed = {key for dashboard in DASHBOARDS.values() for key in dashboard.references}
    assert listed
    assert set() == listed - set(REFERENCES)


@pytest.fixture
def suite_with_unknown_keys(tmp_path):
    """A miniature suite that cites unknown keys in each kind of file, among decoys."""
    files = {
        "spinemet_core/demo.py": (
            'REFERENCE = "ghost2031"\n'
            'ref = get_reference("Fisher 2010")\n'
            'row = Row(name="x", citekey="nokey", citekeys=("nokey2", k), reference=f(x="y"))\n'
            'TEXT = "sha256 rfc3987_syntax #b34700 python3.11 v2020.1 fisher2010 '
            'doi:10.1097/brs.0b013e3181e16ae2 https://x.org/abc2019 file_2020.txt"\n'
        ),
        "spinemet_core/data/extra.json": json.dumps({"citekeys": ["Nobody 1999"], "n": 2020}),
        "cases/topic/q.yaml": "questions:\n  - citekeys: [sahgal2013_cord, ghost2032_tag]\n",
        "notebooks/01_demo.ipynb": json.dumps(
            {"cells": [{"source": ["As ghost2033 showed (see pmc9372304_review).\n"]}]}
        ),
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_citekeys_used_finds_unknown_keys_and_ignores_ordinary_words(suite_with_unknown_keys):
    """Unknown keys are found in each kind of file; versions, colours, DOIs and URLs are not."""
    used = citekeys_used(suite_with_unknown_keys)
    assert {
        "ghost2031": {"spinemet_core/demo.py"},
        "Fisher 2010": {"spinemet_core/demo.py"},
        "nokey": {"spinemet_core/demo.py"},
        "nokey2": {"spinemet_core/demo.py"},
        "fisher2010": {"spinemet_core/demo.py"},
        "Nobody 1999": {"spinemet_core/data/extra.json"},
        "sahgal2013_cord": {"cases/topic/q.yaml"},
        "ghost2032_tag": {"cases/topic/q.yaml"},
        "ghost2033": {"notebooks/01_demo.ipynb"},
        "pmc9372304_review": {"notebooks/01_demo.ipynb"},
    } == used
    unresolved = {k for k in used if k not in REFERENCES}
    expected = {"ghost2031", "Fisher 2010", "nokey", "nokey2", "Nobody 1999"}
    assert expected | {"ghost2032_tag", "ghost2033"} == unresolved
