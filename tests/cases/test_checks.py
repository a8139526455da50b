"""The check-yourself questions: case-format package data, keyed, used, and true to the core."""

import itertools
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from spinemet_core import scores
from spinemet_core.cases import TOPICS, check_question, checks_folder, load_bank, load_checks
from spinemet_core.cases.__main__ import main
from spinemet_core.evidence.prognosis import PROVENANCE
from spinemet_core.evidence.radiotherapy import LAUFER_2013, PAIN_TRIALS
from spinemet_core.radiobiology import cord_dmax_limit, eqd2
from spinemet_core.rcc import mskcc
from spinemet_core.scores.tomita import BANDS as TOMITA_BANDS
from spinemet_core.separation import cord_dose, minimal_separation
from spinemet_core.vocabulary import tomita_growth

ROOT = Path(__file__).parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
CASES, PROBLEMS = load_bank(checks_folder())
QUESTIONS = {q.id: (c, q) for c in CASES for q in c.questions}
CALL = re.compile(r'check_yourself\(\\?"(\w+)\\?", \\?"([\w-]+)\\?"\)')


def _text(question_id: str) -> str:
    case, question = QUESTIONS[question_id]
    return " ".join(
        [case.vignette, question.prompt, question.explanation]
        + [f"{c.text} {c.feedback}" for c in question.choices]
    )


def test_every_check_yourself_file_is_a_valid_case_with_one_question():
    """13 files load with the bank's strict loader and pass the bank's JSON Schema."""
    schema = json.loads((ROOT / "cases" / "schema" / "case.schema.json").read_text())
    assert [] == PROBLEMS
    assert 13 == len(CASES)
    for case in CASES:
        assert [case.id] == [q.id for q in case.questions]
        jsonschema.validate(yaml.safe_load(Path(case.source).read_text()), schema)


def test_notebooks_call_exactly_the_packaged_questions():
    """Every check_yourself(topic, id) call in a notebook resolves, and every question is used."""
    calls = {
        match
        for notebook in (ROOT / "notebooks").glob("*.ipynb")
        for match in CALL.findall(notebook.read_text())
    }
    assert {(c.topic, c.id) for c in CASES} == calls
    for topic, question_id in calls:
        assert question_id == check_question(topic, question_id)[1].id


def test_load_checks_rejects_an_unknown_topic():
    """Only the manifest's quiz topics have check-yourself questions."""
    with pytest.raises(ValueError, match="^topic: got 'noms'"):
        load_checks("noms")
    assert set(TOPICS) == {c.topic for c in CASES}


def test_every_computable_check_question_is_keyed_by_the_core():
    """The nine questions with a computable answer carry a key; the three on trials do not."""
    keyed = {q.id for _c, q in QUESTIONS.values() if q.key is not None}
    assert {"accuracy-fell", "laufer-dose-groups", "pain-trials"} == set(QUESTIONS) - keyed
    assert all(not c.findings for c, q in QUESTIONS.values() if q.key is None)


def test_tomita_terminal_care_feedback_states_a_true_combination():
    """The 8-10 feedback's example is scored by the core: moderate 2 + untreatable 4 +
    multiple 2 = 8, terminal care, so non-rapid growth does reach 8."""
    _case, question = QUESTIONS["tomita-kidney-solitary"]
    choice = next(c for c in question.choices if c.text.startswith("Terminal care"))
    found = re.search(
        r"(\w+) growth (\d+) \+ (\w+) visceral (\d+) \+ (\w+) bone (\d+) = (\d+)", choice.feedback
    )
    growth, g, visceral, v, bone, b, total = found.groups()
    result = scores.tomita(growth=growth, visceral_mets=visceral, bone_mets=bone)
    assert {"growth": int(g), "visceral_mets": int(v), "bone_mets": int(b)} == dict(result.points)
    assert int(total) == result.total
    assert choice.text == result.band.label
    assert "Only rapid growth" not in choice.feedback


def test_tomita_choices_are_the_core_band_labels_and_kidney_grows_moderately():
    """The four choices are the four published goals; the findings use kidney's growth."""
    case, question = QUESTIONS["tomita-kidney-solitary"]
    assert {b.label for b in TOMITA_BANDS} == {c.text for c in question.choices}
    assert tomita_growth("kidney") == case.findings["tomita"]["growth"]


def test_every_sum_written_in_a_check_question_adds_up():
    """Each 'a + b + ... = n' in prompts, choices, feedback and explanations is arithmetic."""
    term = r"[A-Za-z%0-9 ]*?\d+(?:\.\d+)?"
    pattern = re.compile(rf"((?:{term} \+ )+{term}) = (\d+(?:\.\d+)?)")
    checked = 0
    for question_id in QUESTIONS:
        for terms, total in pattern.findall(_text(question_id)):
            parts = [float(re.findall(r"\d+(?:\.\d+)?", t)[-1]) for t in terms.split(" + ")]
            assert float(total) == pytest.approx(sum(parts)), (question_id, terms, total)
            checked += 1
    assert 4 <= checked


def _claims():
    """(question, a phrase it must contain, computed from the core or its evidence data)."""
    gap = {"prescription_dose": 24, "gradient_percent_per_mm": 10}
    sins = scores.sins(
        level="L1",
        pain="mechanical",
        lesion="lytic",
        alignment="normal",
        collapse="under_50",
        posterolateral="unilateral",
    )
    accuracy = re.search(r"accuracy ([0-9.]+)%", PROVENANCE["tokuhashi_revised"].accuracy[0][0])
    return [
        ("minimal-gap-single-fraction", f"its {cord_dmax_limit(fractions=1):g} Gy limit"),
        ("minimal-gap-single-fraction", f"cord limit is {cord_dmax_limit(fractions=3):g} Gy"),
        (
            "minimal-gap-single-fraction",
            f"{cord_dose(**gap, fractions=1, separation_mm=2):g} Gy",
        ),
        (
            "minimal-gap-single-fraction",
            f"{minimal_separation(**gap, fractions=3):.1f} mm is about",
        ),
        (
            "eqd2-8x1",
            f"{eqd2(total_dose=8, fractions=1, alpha_beta=2):g} Gy is the EQD2 for the cord",
        ),
        ("sins-band", f"11 is {sins.band.label.split(':')[0].lower()}"),
        ("laufer-dose-groups", f"({LAUFER_2013[0].value:g}%)"),
        ("laufer-dose-groups", f"({LAUFER_2013[1].value:g}%)"),
        ("laufer-dose-groups", f"followed {LAUFER_2013[2].group.split('n = ')[1][:-1]} patients"),
        ("accuracy-fell", f"About {round(float(accuracy.group(1)))}%"),
        ("pain-trials", f"{PAIN_TRIALS[0].group.split()[1]} Gy in 2"),
    ]


CLAIMS = _claims()


@pytest.mark.parametrize(("question_id", "claim"), CLAIMS, ids=[c[0] for c in CLAIMS])
def test_numbers_in_check_questions_come_from_the_core(question_id, claim):
    """Each number a question states beside its key is the core's or its evidence data's."""
    assert claim in _text(question_id)


def test_revised_tokuhashi_five_point_primaries_are_the_core_ones():
    """The '15 needs a primary worth 5 points' feedback lists the table's 5-point primaries."""
    assert "worth 5 points (thyroid, breast, prostate or carcinoid)" in _text(
        "revised-tokuhashi-lung"
    )
    from spinemet_core.vocabulary import PRIMARY_TABLE

    five = {p.value for p, row in PRIMARY_TABLE.items() if row.tokuhashi_2005 == 5}
    assert {"thyroid", "breast", "prostate", "carcinoid"} == five


def test_mskcc_calls_the_imdc_intermediate_patient_favourable():
    """The IMDC question's explanation holds: MSKCC 2002 ignores blood counts."""
    result = mskcc(
        version=2002,
        kps=90,
        ldh_over_1_5_uln=False,
        hemoglobin_below_lln=False,
        corrected_calcium_mg_dl=10.0,
        months_diagnosis_to_treatment=24,
    )
    assert "Favourable risk" == result.band.label
    assert "would call the same patient favourable" in _text("imdc-vs-mskcc")


def test_validate_names_file_and_path_of_a_check_question_with_a_wrong_key(monkeypatch, capsys):
    """`validate` with no argument fails on a wrong check-yourself key, naming file and path."""
    bad = FIXTURES / "checks_bad"
    monkeypatch.setattr("spinemet_core.cases.bank.checks_folder", lambda: bad)
    assert 1 == main(["validate"])
    out = capsys.readouterr().out
    path = bad / "prognostic_scores" / "tomita-kidney-solitary.yaml"
    assert (
        f"{path}: questions/0/key: the core computes 'Long-term local control: wide or marginal "
        "excision' from the findings, but the correct choice says 'Middle-term local control: "
        "marginal or intralesional excision'"
    ) in out
    assert "questions in all are valid" not in out


def test_tomita_enumeration_reaches_eight_without_rapid_growth():
    """Over every Tomita input, moderate growth reaches 8-10 too (the old feedback was false)."""
    combos = itertools.product(
        ("slow", "moderate", "rapid"),
        ("none", "treatable", "untreatable"),
        ("solitary", "multiple"),
    )
    reach = {
        g for g, v, b in combos if scores.tomita(growth=g, visceral_mets=v, bone_mets=b).total >= 8
    }
    assert {"moderate", "rapid"} == reach
