"""Tests for the NOMS rules as data: facts, answers and cut-offs derived from their sources."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.noms_rules import QUESTIONS, RULES, SINS_BANDS, answer_text
from spinemet_core.scores.sins import BANDS


def test_sins_bands_are_the_score_bands_by_name():
    """The mechanical fact's values name the SINS score's own bands, in order."""
    assert ("stable", "indeterminate", "unstable") == tuple(SINS_BANDS)
    assert BANDS == tuple(SINS_BANDS.values())


def test_every_rule_tests_only_known_facts_and_has_a_label():
    """Each condition is a question of the diagram; each rule says its consequence in words."""
    assert all(set(rule.when) <= set(QUESTIONS) for rule in RULES)
    assert all(rule.label for rule in RULES)


@pytest.mark.parametrize(
    ("fact", "values", "text"),
    [
        ("radiosensitive", (True,), "yes"),
        ("radiosensitive", (False,), "no"),
        ("fit", (True,), "fit"),
        ("fit", (False,), "unfit"),
        ("escc", ("low", "borderline"), "0-1c"),
        ("escc", ("high",), "2-3"),
        ("sins", ("stable",), "0-6"),
        ("sins", ("indeterminate", "unstable"), "7-18"),
    ],
)
def test_answer_text_words_each_answer(fact, values, text):
    """Booleans read as yes/no or fit/unfit, groups and bands as ranges from their sources."""
    assert text == answer_text(fact, values)


def test_mechanical_rationales_quote_the_sins_bands():
    """The rationales name the band ranges of the SINS score, not copies of them."""
    rationale = {r.id: r.rationale for r in RULES}
    for key, band in SINS_BANDS.items():
        assert rationale[key].startswith(f"SINS {band.range_text}, ")


def test_borderline_rule_names_the_borderline_grade():
    """The grey-zone rule's label and rationale name grade 1c, read from the ESCC groups."""
    rule = next(r for r in RULES if r.id == "resistant-borderline")
    assert "1c: grey zone" == rule.label
    assert rule.rationale.startswith("Grade 1c (cord abutted")


@pytest.mark.parametrize(
    ("fact", "values", "field"),
    [
        ("ESCC", ("low",), "fact"),
        ("mood", (True,), "fact"),
        ("sins", ("wobbly",), "values"),
        ("fit", (1,), "values"),
        ("escc", (), "values"),
        ("escc", "low", "values"),
        ("fit", None, "values"),
    ],
)
def test_answer_text_refuses_an_unknown_fact_or_value(fact, values, field):
    """Regression: an unknown fact or SINS band raised KeyError, None TypeError; each is refused
    with the argument named."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        answer_text(fact, values)


def test_every_evidence_note_tests_known_facts_and_cites_a_source():
    """Each note's conditions are facts of the trail and its citekey is in the bibliography."""
    from spinemet_core.noms_evidence import EVIDENCE_NOTES
    from spinemet_core.references import REFERENCES

    assert all(set(n.when) <= {"sensitivity", "escc", "myelopathy"} for n in EVIDENCE_NOTES)
    assert all(n.citekey in REFERENCES for n in EVIDENCE_NOTES)


def test_moderate_note_quotes_patchell_limits_from_their_data():
    """The moderate-histology note reads the 48 h, 3-month and walking figures from data."""
    from spinemet_core.noms_evidence import EVIDENCE_NOTES

    note = next(n for n in EVIDENCE_NOTES if n.id == "patchell-moderate-myelopathy")
    assert "more than 48 h" in note.note
    assert "3 months or more" in note.note
    assert "(84% against 57%)" in note.note
