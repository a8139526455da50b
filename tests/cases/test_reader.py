"""The strict YAML reader of case files: what it refuses, where, and that it stays bounded."""

import time
from pathlib import Path

import pytest

from spinemet_core.cases import load_bank, load_case
from spinemet_core.cases.reader import MAX_BYTES, MAX_DEPTH, parse_document, read_document
from spinemet_core.errors import CaseFormatError

GOOD = Path(__file__).parent / "fixtures" / "good" / "noms_framework" / "good-noms.yaml"

_ESCAPE = "(written as an escape)"


def _problems(text) -> list[tuple[str, str]]:
    with pytest.raises(CaseFormatError) as info:
        parse_document(text, "x.yaml")
    assert "x.yaml" == info.value.source
    return info.value.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\nb:\n  c: 2\n  c: 3\n",
            ("b/c", "duplicate key 'c' (line 4, column 3; first at line 3, column 3)"),
        ),
        ("a: [1]\nb: *x\n", ("b", "aliases (*x) are not allowed (line 2, column 4)")),
        ("a: &x [1]\n", ("a", "anchors (&x) are not allowed (line 1, column 4)")),
        ("a: 1\n<<: {b: 2}\n", ("/", "merge keys (<<) are not allowed (line 2, column 1)")),
        (
            "a: !!binary aGk=\n",
            ("a", "explicit tags (tag:yaml.org,2002:binary) are not allowed (line 1, column 4)"),
        ),
        (
            "? [a]\n: 1\n",
            (
                "/",
                "a key must be text, found a list, a mapping or a tagged value (line 1, column 3)",
            ),
        ),
        (
            "a: 1\n---\nb: 2\n",
            ("/", "a case file holds one document, found another (line 2, column 1)"),
        ),
        ("a: ok\nb: x\x07y\n", ("/", "control character U+0007 is not allowed (line 2, column 5)")),
        ("a: x\u202ey\n", ("/", "control character U+202E is not allowed (line 1, column 5)")),
        (
            'a: "x\\x07y"\n',
            ("a", f"control character U+0007 is not allowed {_ESCAPE} (line 1, column 4)"),
        ),
        (
            'list: ["ok", "\\u202e"]\n',
            (
                "list/1",
                f"control character U+202E is not allowed {_ESCAPE} (line 1, column 14)",
            ),
        ),
        (b"a: \xff\n", ("/", "not UTF-8 text (line 1, column 4)")),
        (
            "a: [1\n",
            ("/", "not valid YAML (line 2, column 1): expected ',' or ']', but got '<stream end>'"),
        ),
    ],
)
def test_refused_yaml_is_located_by_path_line_and_column(text, expected):
    """Each kind of non-plain YAML gets one problem naming where it is and why."""
    assert [expected] == _problems(text)


def test_a_second_questions_block_is_refused_not_silently_kept(tmp_path):
    """The issue's example: a duplicated questions key fails validation with its line."""
    path = tmp_path / "good-noms.yaml"
    path.write_text(GOOD.read_text() + "questions:\n  - id: extra\n")
    with pytest.raises(CaseFormatError) as info:
        load_case(path)
    assert [
        ("questions", "duplicate key 'questions' (line 49, column 1; first at line 14, column 1)")
    ] == info.value.problems


def test_billion_laughs_is_refused_at_the_first_anchor_and_fast():
    """Nested aliases never expand: the first anchor is refused at once."""
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
    )
    start = time.monotonic()
    assert [("a", "anchors (&a) are not allowed (line 1, column 4)")] == _problems(text)
    assert time.monotonic() - start < 2


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[" * 2048, "/".join(["0"] * MAX_DEPTH)),
        ("a: " + "{b: " * 5000, "a" + "/b" * (MAX_DEPTH - 1)),
        ("".join(" " * i + "- \n" for i in range(200)), "/".join(["0"] * MAX_DEPTH)),
    ],
    ids=["2kB-brackets", "deep-flow-mappings", "deep-block-lists"],
)
def test_deep_nesting_is_a_located_error_not_a_recursion_error(text, where):
    """Nesting past MAX_DEPTH stops at the first level too deep, with its path."""
    ((found_where, reason),) = _problems(text)
    assert where == found_where
    assert reason.startswith(f"nested deeper than {MAX_DEPTH} levels (line ")


def test_nesting_up_to_the_limit_is_read():
    """MAX_DEPTH levels are still plain data."""
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    value = parse_document(text)
    for _ in range(MAX_DEPTH - 1):
        value = value[0]
    assert [] == value


def test_a_file_over_the_size_limit_is_refused_before_parsing(tmp_path):
    """One byte over MAX_BYTES (256 kB) is refused, however valid the YAML."""
    path = tmp_path / "good-noms.yaml"
    text = GOOD.read_text()
    path.write_text(text + "#" * (MAX_BYTES + 1 - len(text.encode())))
    with pytest.raises(CaseFormatError) as info:
        load_case(path)
    assert [("/", "the file is larger than 256 kB; a case file must be smaller")] == (
        info.value.problems
    )
    path.write_text(text + "#" * (MAX_BYTES - len(text.encode())))
    assert "good-noms" == load_case(path).id


def test_huge_values_are_cut_in_messages():
    """A 200 kB value or key, or a 5000-digit number, is never printed whole."""
    source = GOOD.read_text()
    huge = "x" * 200_000
    for text in (
        source.replace("difficulty: intermediate", f"difficulty: {huge}"),
        source.replace("title: Renal", f"? {huge}\n: 1\ntitle: Renal"),
        source.replace("level: T8", f"level: {huge}"),
        source.replace("citekeys: [fisher2010]", f"citekeys: [{huge}]"),
        "a: " + "9" * 5000 + "\n",
    ):
        with pytest.raises(CaseFormatError) as info:
            load_case_text(text)
        message = str(info.value)
        assert len(message) < 1000, message[:300]
        assert "x" * 100 not in message and "9" * 100 not in message


def load_case_text(text: str):
    from spinemet_core.cases import parse_case_data

    return parse_case_data(parse_document(text, "t.yaml"), "t.yaml")


def test_yaml_1_2_plain_data_reads_as_before():
    """Strings, numbers, booleans, null and quoted grades keep their types."""
    doc = 'a: "2"\nb: 2\nc: 2.5\nd: true\ne: null\nf: [x, y]\ng: {h: no}\n'
    expected = {"a": "2", "b": 2, "c": 2.5, "d": True, "e": None, "f": ["x", "y"]}
    assert {**expected, "g": {"h": "no"}} == parse_document(doc)


def test_unreadable_file_is_a_case_format_error(tmp_path):
    """A folder given as a file, or a missing file, is reported, not raised as OSError."""
    with pytest.raises(CaseFormatError, match="cannot read the file"):
        read_document(tmp_path / "missing.yaml")


def test_the_case_path_never_uses_pyyaml(monkeypatch):
    """The bank loads with PyYAML's loaders broken: the case path reads with ruamel.yaml."""
    import yaml

    def broken(*_args, **_kwargs):
        raise AssertionError("PyYAML used on the case path")

    for name in ("safe_load", "load", "full_load", "unsafe_load", "safe_load_all", "load_all"):
        monkeypatch.setattr(yaml, name, broken)
    cases, problems = load_bank(Path(__file__).parents[2] / "cases")
    assert ([], 42) == (problems, len(cases))


def test_too_many_values_are_refused_quickly():
    """A 256 kB list of tiny values stops at MAX_NODES, within a second or two."""
    from spinemet_core.cases.reader import MAX_NODES

    text = "a: [" + "1," * (MAX_BYTES // 2 - 8) + "1]"
    start = time.monotonic()
    ((where, reason),) = _problems(text)
    assert ("/", f"more than {MAX_NODES} keys and values") == (where, reason.split(";")[0])
    assert time.monotonic() - start < 3
