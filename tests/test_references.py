"""Tests for the bibliography: CSL-JSON records, the strict loader, the Vancouver texts."""

import copy
import importlib
import json
from pathlib import Path

import pytest

from spinemet_core import references
from spinemet_core.errors import InvalidInputError
from spinemet_core.references import (
    REFERENCES,
    Reference,
    ReferenceFormatError,
    format_reference,
    get_reference,
    load_bibliography,
    parse_csl_json,
)

ROOT = Path(__file__).parents[1]
DATA = ROOT / "spinemet_core" / "data"
SCORE_MODULES = ["bauer", "katagiri", "nesms", "sins", "tokuhashi", "tomita"]
# Records that carry neither a DOI nor a PMID (the source data had none; never invent one).
WITHOUT_DOI_OR_PMID = {
    "abdelwanis2021",
    "ascopost2025_nivosc",  # a news report of an FDA approval
    "bauer1995",
    "brenner2008",
    "fallah2024_belzutifan",
    "fourney2011",
    "ghori2015",
    "gong2021",
    "guckenberger2014",
    "long2011_braf",
    "nice2023_ng234",
    "pmc9372304_review",
}
VALID = {
    "id": "demo2020_tag",
    "type": "article-journal",
    "title": "A title",
    "author": [{"family": "Demo", "given": "A. B."}, {"literal": "A group"}],
    "container-title": "J Demo",
    "issued": {"date-parts": [[2020]]},
    "volume": "1",
    "issue": "2",
    "page": "3-4",
    "DOI": "10.1000/demo.1",
    "PMID": "123",
    "PMCID": "PMC456",
    "URL": "https://example.org/demo",
    "custom": {"unconfirmed": ["DOI"], "authors-truncated": True},
}


def _changed(path, value):
    """VALID with the value at path ("author/0/given") replaced, or deleted if value is ..."""
    record = copy.deepcopy(VALID)
    *parents, last = path.split("/")
    target = record
    for part in parents:
        target = target[int(part) if part.isdigit() else part]
    if value is ...:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return json.dumps([record])


def test_every_score_cites_an_existing_reference():
    """The citekey of every score module resolves."""
    for name in SCORE_MODULES:
        module = importlib.import_module(f"spinemet_core.scores.{name}")
        keys = [v for k, v in vars(module).items() if k.startswith("REFERENCE")]
        assert keys
        assert all(k in REFERENCES for k in keys)


def test_bibliography_file_holds_one_record_per_citekey():
    """references.json is a CSL-JSON array whose ids are exactly the citekeys, in order."""
    records = json.loads((DATA / "references.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == list(REFERENCES)
    assert 57 == len(REFERENCES)


def test_records_without_doi_or_pmid_are_the_known_ones():
    """Every record has a DOI or a PMID except the listed ones, so a new record needs one."""
    missing = {k for k, r in REFERENCES.items() if not (r.doi or r.pmid)}
    assert WITHOUT_DOI_OR_PMID == missing


def test_reference_fields_come_from_the_csl_record():
    """A Reference carries the record's fields, the Vancouver text and unconfirmed names."""
    expected = Reference(
        key="tokuhashi1990",
        authors="Tokuhashi Y, Matsuzaki H, Toriyama S, Kawano H, Ohsaka S",
        title="Scoring system for the preoperative evaluation of metastatic spine tumor prognosis",
        journal="Spine",
        year=1990,
        volume="15",
        issue="11",
        pages="1110-1113",
        doi="10.1097/00007632-199011010-00005",
        pmid="1702559",
        unconfirmed=("doi", "pmid"),
        text="Tokuhashi Y, Matsuzaki H, Toriyama S, Kawano H, Ohsaka S. Scoring system for the "
        "preoperative evaluation of metastatic spine tumor prognosis. Spine. 1990;15(11):1110–3. "
        "doi:10.1097/00007632-199011010-00005 PubMed PMID: 1702559.",
    )
    assert expected == get_reference("tokuhashi1990")


def test_truncated_author_list_ends_with_et_al():
    """A record marked authors-truncated lists its known authors, then "et al."."""
    ref = get_reference("sahgal2013_cord")
    assert "Sahgal A, Weinberg V, Ma L, et al." == ref.authors
    assert ref.text.startswith("Sahgal A, Weinberg V, Ma L, et al. Probabilities of radiation")


@pytest.mark.parametrize(
    ("key", "short"),
    [
        ("fisher2010", "Fisher 2010"),
        ("heng2009", "Heng 2009"),
        ("abdelwanis2021", "Abdel-Wanis 2021"),
        ("pmc9372304_review", "[authors not confirmed] 2022"),
    ],
)
def test_reference_short_is_first_author_family_and_year(key, short):
    """``short`` is the first author's family name (or literal name) and the year."""
    assert short == get_reference(key).short


def test_format_reference_is_vancouver_text():
    """A confirmed reference renders as its Vancouver text, DOI and PMID included."""
    assert (
        "Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, Ryu J. A revised scoring system for "
        "preoperative evaluation of metastatic spine tumor prognosis. Spine (Phila Pa 1976). "
        "2005;30(19):2186–91. doi:10.1097/01.brs.0000180401.06919.a5 PubMed PMID: 16205345."
    ) == format_reference("tokuhashi2005")


def test_format_reference_names_unconfirmed_fields():
    """Unconfirmed fields follow the Vancouver text, named as Reference attributes."""
    text = format_reference("bauer1995")
    assert text.endswith("143–6. [not yet confirmed against the source: volume, issue, pages]")


def test_get_reference_rejects_unknown_key():
    """An unknown citekey raises InvalidInputError naming 'key'."""
    with pytest.raises(InvalidInputError, match="^key: got 'nobody2099'"):
        get_reference("nobody2099")


def test_references_mapping_is_read_only():
    """REFERENCES cannot be changed by a caller."""
    with pytest.raises(TypeError):
        REFERENCES["nobody2099"] = get_reference("fisher2010")


def test_module_has_no_other_lazy_attributes():
    """Only REFERENCES is read lazily; other unknown names raise AttributeError."""
    with pytest.raises(AttributeError, match="NOTHING"):
        references.NOTHING  # noqa: B018


def test_parse_csl_json_accepts_every_field():
    """A record using every allowed key and both name forms parses unchanged."""
    assert (VALID,) == parse_csl_json(json.dumps([VALID]), "demo.json")


# (path in the record, new value or ... to delete it) -> field named, reason regex
BAD_RECORDS = {
    "unknown key": ("journal", "J Demo", "journal", "unknown key"),
    "missing required key": ("title", ..., "title", "missing required key"),
    "id not a citekey": ("id", "Demo 2020", "id", "expected a citekey"),
    "wrong type": ("type", "book", "type", "got 'book'; allowed: article-journal"),
    "title not a string": ("title", 7, "title", "expected a string"),
    "empty title": ("title", " ", "title", "expected a string"),
    "volume a number": ("volume", 1, "volume", r"got 1$"),
    "doi malformed": ("DOI", "doi:10.1000/x", "DOI", r"10\\\.\[0-9\]"),
    "pmid with letters": ("PMID", "PMID123", "PMID", "got 'PMID123'"),
    "pmcid without prefix": ("PMCID", "456", "PMCID", "got '456'"),
    "url not http": ("URL", "www.example.org", "URL", "got 'www.example.org'"),
    "author not a list": ("author", "Demo AB", "author", "non-empty list of names"),
    "author empty": ("author", [], "author", "non-empty list of names"),
    "author key unknown": ("author/0/middle", "C.", "author/0/middle", "unknown key"),
    "given missing": ("author/0/given", ..., "author/0/given", "expected a string"),
    "name not an object": ("author/1", "A group", "author/1", "expected an object, got str"),
    "issued year a string": ("issued/date-parts", [["2020"]], "issued", "date-parts"),
    "issued two dates": ("issued/date-parts", [[2020], [2021]], "issued", "date-parts"),
    "issued year a bool": ("issued/date-parts", [[True]], "issued", "date-parts"),
    "issued unknown key": ("issued/raw", "2020", "issued/raw", "unknown key"),
    "custom unknown key": ("custom/status", "ok", "custom/status", "unknown key"),
    "unconfirmed unknown": ("custom/unconfirmed", ["doi"], "custom/unconfirmed", "names from"),
    "unconfirmed a string": ("custom/unconfirmed", "DOI", "custom/unconfirmed", "names from"),
    "truncated not bool": ("custom/authors-truncated", "yes", "custom/authors-truncated", "true"),
}


@pytest.mark.parametrize(
    ("path", "value", "field", "reason"), BAD_RECORDS.values(), ids=BAD_RECORDS
)
def test_parse_csl_json_names_file_record_and_field(path, value, field, reason):
    """Each malformed record is refused with the file, the record id and the field."""
    record = "#0" if field == "id" else "demo2020_tag"
    with pytest.raises(ReferenceFormatError, match=reason) as caught:
        parse_csl_json(_changed(path, value), "demo.json")
    error = caught.value
    assert ("demo.json", record, field) == (error.source, error.record, error.field)
    assert str(caught.value).startswith(f"demo.json: record '{record}': field '{field}': ")


def test_parse_csl_json_refuses_a_key_given_twice():
    """A key written twice in one record is refused, though json would keep the last."""
    text = json.dumps([VALID]).replace('"title": "A title"', '"title": "A", "title": "B"')
    with pytest.raises(ReferenceFormatError, match="field 'title': key given twice"):
        parse_csl_json(text, "demo.json")


def test_parse_csl_json_refuses_a_key_twice_inside_a_name():
    """Duplicate keys are found in nested objects too, with their path."""
    text = json.dumps([VALID]).replace('"given": "A. B."', '"given": "A.", "given": "B."')
    with pytest.raises(ReferenceFormatError, match="field 'author/0/given': key given twice"):
        parse_csl_json(text, "demo.json")


def test_parse_csl_json_refuses_duplicate_ids():
    """Two records with one id are refused, naming the id and the first record."""
    with pytest.raises(
        ReferenceFormatError, match="record 'demo2020_tag': field 'id': duplicate id .also #0"
    ):
        parse_csl_json(json.dumps([VALID, VALID]), "demo.json")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{}", "expected a JSON array"),
        ("[1]", "record '#0': expected an object"),
        ("[", "not valid JSON"),
    ],
)
def test_parse_csl_json_refuses_a_malformed_file(text, reason):
    """A file that is not an array of objects is refused, naming the file."""
    with pytest.raises(ReferenceFormatError, match=f"^demo.json: {reason}"):
        parse_csl_json(text, "demo.json")


@pytest.mark.parametrize(
    ("formatted", "reason"),
    [
        ({}, "record 'demo2020_tag': no formatted text"),
        ({"demo2020_tag": "T.", "ghost2021": "T."}, "record 'ghost2021': twice or not a record"),
        ({"demo2020_tag": ""}, "record 'demo2020_tag': no formatted text"),
        ([], "expected an object"),
    ],
)
def test_load_bibliography_requires_one_text_per_record(formatted, reason):
    """The formatted file must hold a text for each record and nothing else."""
    with pytest.raises(ReferenceFormatError, match=f"^references.vancouver.json: {reason}"):
        load_bibliography(json.dumps([VALID]), json.dumps(formatted))


def test_load_bibliography_refuses_a_text_given_twice():
    """A citekey written twice in the formatted file is refused."""
    text = '{"demo2020_tag": "A.", "demo2020_tag": "B."}'
    with pytest.raises(ReferenceFormatError, match="record 'demo2020_tag': twice"):
        load_bibliography(json.dumps([VALID]), text)


def test_every_doi_is_written_doi_colon_in_the_text():
    """Each DOI appears as "doi:<DOI>" in its text, which the reference list turns into a link."""
    assert [] == [k for k, r in REFERENCES.items() if r.doi and f"doi:{r.doi}" not in r.text]
    assert 40 <= sum(bool(r.doi) for r in REFERENCES.values())


def test_label_tells_apart_records_with_the_same_first_author_and_year():
    """Two Sahgal 2013 papers are cited with their journals; a unique short stays plain."""
    assert (
        "Sahgal 2013, J Clin Oncol",
        "Sahgal 2013, Int J Radiat Oncol Biol Phys",
        "Fisher 2010",
    ) == tuple(get_reference(k).label for k in ("sahgal2013_vcf", "sahgal2013_cord", "fisher2010"))
