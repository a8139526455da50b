"""Case loader, CLI and JSON Schema: good and bad fixtures, one failure mode per bad file."""

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from spinemet_core.cases import load_bank, load_case
from spinemet_core.cases.schema import schema_text
from spinemet_core.errors import CaseFormatError

from ..strategies import paths

ROOT = Path(__file__).parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
GOOD = sorted((FIXTURES / "good").rglob("*.yaml"))
BAD = sorted((FIXTURES / "bad").glob("*.yaml"))
SCHEMA = json.loads((ROOT / "cases" / "schema" / "case.schema.json").read_text())

# file -> (path inside the document, reason regex, the schema rejects it too)
ERROR_MESSAGES = {
    "bad-anchor-alias.yaml": (
        "findings/noms/fit_for_surgery",
        r"^anchors \(&fit\) are not allowed \(line 12, column 95\)$",
        False,
    ),
    "bad-citekey.yaml": ("questions/1/citekeys/0", r"unknown citekey 'nobody2030'", True),
    "bad-control-character.yaml": (
        "/",
        r"^control character U\+001B is not allowed \(line 8, column 19\)$",
        None,
    ),
    "bad-deep-nesting.yaml": (
        "title" + "/0" * 31,
        r"^nested deeper than 32 levels \(line 3, column 39\)$",
        True,
    ),
    "bad-difficulty.yaml": ("difficulty", r"got 'hard'; allowed: basic", True),
    "bad-empty-questions.yaml": ("questions", r"non-empty list of questions", True),
    "bad-duplicate-key.yaml": (
        "questions",
        r"^duplicate key 'questions' \(line 49, column 1; first at line 14, column 1\)$",
        False,
    ),
    "bad-enum-value.yaml": ("findings/sins/level", r"got 'T13'; allowed: 'C1'", False),
    "bad-id-mismatch.yaml": ("id", r"does not match the file name", False),
    "bad-no-feedback.yaml": ("questions/0/choices/1", r"missing required key 'feedback'", True),
    "bad-not-mapping.yaml": ("/", r"expected a mapping, got list", True),
    "bad-tolerance-without-key.yaml": (
        "questions/0/tolerance",
        r"only a computed key of a single_choice has one",
        True,
    ),
    "bad-two-correct.yaml": ("questions/0/choices", r"exactly 1 correct choice, got 2", True),
    "bad-unknown-key.yaml": ("colour", r"unknown key 'colour'", True),
    "bad-wrong-answer.yaml": ("questions/2/key", r"computes 36 .* answer is 40", False),
    "bad-wrong-choice.yaml": ("questions/0/key", r"computes 'Separation surgery, then SRS'", False),
    "bad-wrong-type.yaml": ("questions/1/tolerance", r"expected a number >= 0", True),
    "bad-yaml.yaml": ("/", r"not valid YAML \(line 4", None),
}
"""``False``: the schema cannot see it (computed keys, instrument values, file names);
``None``: not YAML, so the schema never gets a document."""


def test_every_bad_fixture_has_an_expected_message():
    """Each bad file is listed with its message, and each listed file exists."""
    assert sorted(ERROR_MESSAGES) == [p.name for p in BAD]


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_good_fixtures_load_and_pass_the_schema(path):
    """Good files load and validate against the schema."""
    case = load_case(path)
    assert case.id == path.stem
    jsonschema.validate(yaml.safe_load(path.read_text()), SCHEMA)


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_bad_fixture_is_rejected_with_file_path_and_reason(path):
    """The loader names the path inside the document and the reason."""
    where, pattern, _schema = ERROR_MESSAGES[path.name]
    with pytest.raises(CaseFormatError) as info:
        load_case(path)
    assert str(path) == info.value.source
    matching = [reason for w, reason in info.value.problems if w == where]
    assert matching, info.value.problems
    assert any(re.search(pattern, reason) for reason in matching)


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_schema_and_loader_agree_on_structural_fixtures(path):
    """Where the schema can judge a file, it rejects exactly the files the loader rejects."""
    _where, _pattern, schema_rejects = ERROR_MESSAGES[path.name]
    if schema_rejects is None:
        with pytest.raises(yaml.YAMLError):
            yaml.safe_load(path.read_text())
        return
    errors = list(
        jsonschema.Draft202012Validator(SCHEMA).iter_errors(yaml.safe_load(path.read_text()))
    )
    assert bool(errors) is schema_rejects


def test_committed_schema_is_generated_from_the_loader_constants():
    """cases/schema/case.schema.json equals the schema built from the code."""
    assert schema_text() == (ROOT / "cases" / "schema" / "case.schema.json").read_text()


def test_cli_validates_the_good_fixtures():
    """Exit 0 and a count line for a valid folder."""
    proc = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "validate", str(FIXTURES / "good")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == proc.returncode
    assert "OK: 1 cases and 4 questions are valid" in proc.stdout


def test_cli_reports_one_line_per_problem_and_never_a_traceback():
    """Exit 1, file + path + reason per line, no traceback, whatever the files hold."""
    proc = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "validate", str(FIXTURES / "bad")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 1 == proc.returncode
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[-1].endswith(f"in {len(BAD)} file(s)")
    assert all(line.startswith(str(FIXTURES / "bad")) for line in lines[:-1])
    assert f"{FIXTURES / 'bad' / 'bad-difficulty.yaml'}: difficulty: got 'hard'" in proc.stdout


def test_cli_without_argument_validates_the_bank_and_every_check_question():
    """No argument: the case bank and the check-yourself questions, at least 135 questions."""
    proc = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "validate"],
        capture_output=True,
        text=True,
        check=False,
        cwd=FIXTURES,
    )
    assert 0 == proc.returncode, proc.stdout + proc.stderr
    assert f"OK: 41 cases and 124 questions are valid ({ROOT / 'cases'})" in proc.stdout
    assert "OK: 12 check-yourself cases and 12 questions are valid" in proc.stdout
    total = int(re.search(r"OK: (\d+) questions in all are valid", proc.stdout).group(1))
    assert total >= 135


def test_cli_validates_one_file():
    """A single case file can be validated on its own."""
    proc = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "validate", str(GOOD[0])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == proc.returncode
    assert "OK: 1 cases and 4 questions are valid" in proc.stdout


def test_cli_usage_error_exits_2():
    """A wrong command prints the usage."""
    proc = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "frobnicate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 2 == proc.returncode
    assert "usage:" in proc.stderr


def test_load_bank_reports_duplicate_ids(tmp_path):
    """Two files with one id: the second is reported."""
    source = (FIXTURES / "good" / "noms_framework" / "good-noms.yaml").read_text()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "good-noms.yaml").write_text(source)
    (tmp_path / "b" / "good-noms.yaml").write_text(source)
    cases, problems = load_bank(tmp_path)
    assert 1 == len(cases)
    assert "duplicate case id" in problems[0][2]


def test_parse_never_raises_anything_but_case_format_error_on_mutated_files():
    """Replacing any node of a valid case with any odd value yields a clear error, never a crash."""
    import copy
    import random

    from spinemet_core.cases import parse_case_data

    good = yaml.safe_load((FIXTURES / "good" / "noms_framework" / "good-noms.yaml").read_text())
    places = [p for p in paths(good) if p]
    odd_values = [None, 0, -1, 1.5, float("nan"), "", "x", [], {}, [1, "a"], {"a": [1]}, True]
    rng = random.Random(20261127)
    for _ in range(400):
        doc = copy.deepcopy(good)
        path = rng.choice(places)
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = rng.choice(odd_values)
        try:
            parse_case_data(doc, "mutated.yaml")
            problems = ["(accepted)"]
        except CaseFormatError as exc:
            problems = exc.problems
        assert problems
