"""Quiz engine: grading, modes, summaries and saved progress."""

import json
from pathlib import Path

import pytest

from spinemet_core.cases import choice_order, load_case
from spinemet_core.errors import InvalidInputError
from spinemet_core.quiz import ProgressError, QuizSession, breakdown, grade

CASE = load_case(
    Path(__file__).parent / "cases" / "fixtures" / "good" / "noms_framework" / "good-noms.yaml"
)
Q = {q.id: q for q in CASE.questions}


def test_grade_single_choice():
    """The correct text is right, another option wrong, a non-option rejected."""
    assert grade(Q["plan"], "Separation surgery, then SRS")
    assert not grade(Q["plan"], "cEBRT")
    with pytest.raises(InvalidInputError, match="^answer: got 'maybe'"):
        grade(Q["plan"], "maybe")


def test_grade_multiple_choice_needs_the_exact_set():
    """Only the exact set of correct texts is right."""
    right = [
        "It aims at a gap of a few millimetres around the cord",
        "It stabilises the spine with instrumentation",
    ]
    assert grade(Q["why-separate"], right)
    assert not grade(Q["why-separate"], right[:1])
    assert not grade(Q["why-separate"], [*right, "It aims at en bloc removal of the tumour"])
    with pytest.raises(InvalidInputError):
        grade(Q["why-separate"], "a string, not a list")


@pytest.mark.parametrize(
    ("value", "expected"), [(36, True), (36.1, True), (36.2, False), (35.95, True), (0, False)]
)
def test_grade_numeric_uses_the_tolerance(value, expected):
    """Within the tolerance is right (36 +/- 0.1)."""
    assert expected is grade(Q["eqd2-value"], value)


def test_breakdown_shows_the_core_computation():
    """Keyed questions explain themselves with the core's items or trail."""
    assert breakdown(CASE, Q["sins-total"])[-1].startswith("total 6: band 0-6")
    assert breakdown(CASE, Q["plan"])[-1] == "plan: Separation surgery, then SRS"
    assert breakdown(CASE, Q["eqd2-value"]) == ["eqd2 = 36"]
    assert breakdown(CASE, Q["why-separate"]) == []


def test_self_study_reveals_after_answer_and_locks_it():
    """Commit, then reveal: feedback after answering, no second answer."""
    s = QuizSession([CASE], mode="self_study")
    i = s.items.index(("good-noms", "plan"))
    assert not s.feedback_visible(i)
    assert s.answer(i, "cEBRT", "high").correct is False
    assert s.feedback_visible(i)
    with pytest.raises(InvalidInputError, match="^index"):
        s.answer(i, "Separation surgery, then SRS", "low")


def test_exam_hides_feedback_until_finish():
    """Exam mode lets answers change and shows nothing until the end."""
    s = QuizSession([CASE], mode="exam")
    s.answer(0, s.question(0)[1].choices[0].text if s.question(0)[1].choices else 0, "medium")
    assert not s.feedback_visible(0)
    s.finish()
    assert all(s.feedback_visible(i) for i in range(len(s)))


def test_lecture_reveals_on_the_presenter_cue():
    """Lecture mode shows an answer only after reveal()."""
    s = QuizSession([CASE], mode="lecture")
    assert not s.feedback_visible(0)
    s.reveal(0)
    assert s.feedback_visible(0)


def test_seed_fixes_the_order_and_filters_apply():
    """The same seed gives the same order; filters drop cases."""
    assert QuizSession([CASE], seed=5).items == QuizSession([CASE], seed=5).items
    assert 0 == len(QuizSession([CASE], topics=["prognostic_scores"]))
    assert 0 == len(QuizSession([CASE], difficulties=["advanced"]))
    with pytest.raises(InvalidInputError, match="^mode"):
        QuizSession([CASE], mode="party")


def test_choices_are_shown_in_the_seeded_order_of_the_session():
    """session.choices follows choice_order for the session's seed, the same after a replay."""
    s = QuizSession([CASE], seed=5)
    for i in range(len(s)):
        case, question = s.question(i)
        assert choice_order(question, seed=5, case_id=case.id) == s.choices(i)
    again = QuizSession.import_progress(json.loads(json.dumps(s.export())), [CASE])
    assert [s.choices(i) for i in range(len(s))] == [again.choices(i) for i in range(len(s))]


def test_grading_ignores_the_displayed_position():
    """The correct text is right wherever the seed puts it."""
    for seed in range(1, 8):
        s = QuizSession([CASE], seed=seed)
        i = s.items.index(("good-noms", "plan"))
        shown = [c.text for c in s.choices(i)]
        right = shown.index("Separation surgery, then SRS")
        assert s.answer(i, shown[right], "low").correct


def test_summary_by_topic_objective_and_confidence():
    """The summary counts correct answers and confident mistakes per topic and objective."""
    s = QuizSession([CASE], mode="self_study")
    s.answer(s.items.index(("good-noms", "plan")), "cEBRT", "high")
    s.answer(s.items.index(("good-noms", "sins-total")), 6, "low")
    summary = s.summary()
    assert {"questions": 4, "answered": 2, "correct": 1, "confident_but_wrong": 1} == summary[
        "overall"
    ]
    assert summary["by_topic"]["noms_framework"]["correct"] == 1
    assert set(summary["by_objective"]) == {"noms-decision", "score-sins"}


def test_export_import_round_trip():
    """Exported progress, imported again, gives the same session state."""
    s = QuizSession([CASE], mode="lecture", seed=7)
    s.answer(
        0,
        36
        if s.question(0)[1].type == "numeric"
        else (
            s.question(0)[1].choices[0].text
            if s.question(0)[1].type == "single_choice"
            else [s.question(0)[1].choices[0].text]
        ),
        "medium",
    )
    s.reveal(0)
    data = json.loads(json.dumps(s.export()))
    again = QuizSession.import_progress(data, [CASE])
    assert again.export() == s.export()
    assert again.responses == s.responses
    assert QuizSession.import_progress(json.dumps(data).encode(), [CASE]).revealed == s.revealed


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (
            lambda d: d["responses"].append(
                {"case": "good-noms", "question": "plan", "answer": "x", "confidence": "low"}
            ),
            "checksum",
        ),
        (lambda d: d.update(format="something-else"), "not a spinemet quiz progress file"),
        (lambda d: d.update(version=99), "version 99 is not supported"),
    ],
)
def test_import_rejects_tampered_or_foreign_files(tamper, message):
    """A changed, foreign or future file is refused with a clear message."""
    data = QuizSession([CASE]).export()
    tamper(data)
    with pytest.raises(ProgressError, match=message):
        QuizSession.import_progress(data, [CASE])


def test_import_rejects_a_different_bank_and_non_json():
    """Progress from another selection, or a non-JSON file, is refused."""
    data = QuizSession([CASE], topics=["noms_framework"]).export()
    with pytest.raises(ProgressError, match="different case bank"):
        QuizSession.import_progress(data, [])
    with pytest.raises(ProgressError, match="not JSON"):
        QuizSession.import_progress(b"\x89PNG not json", [CASE])


def test_count_keeps_the_first_questions_of_the_shuffled_selection():
    """count=2 keeps the first two questions of the same shuffle; more than there are keeps all;
    zero, negative or fractional counts are refused."""
    full = QuizSession([CASE], seed=3)
    assert full.items[:2] == QuizSession([CASE], seed=3, count=2).items
    assert full.items == QuizSession([CASE], seed=3, count=99).items
    for bad in (0, -1, 2.5, True):
        with pytest.raises(InvalidInputError, match="^count"):
            QuizSession([CASE], count=bad)


def test_export_holds_every_setting_and_the_reserved_variant_seed():
    """The export names mode, seed, topics, levels, count and a variant seed (None until case
    templates use it), and each confidence with its answer."""
    s = QuizSession([CASE], mode="exam", seed=8, topics=["noms_framework"], count=3)
    question = s.question(0)[1]
    answer = {"numeric": 36, "multiple_choice": []}.get(question.type, question.choices[0].text)
    s.answer(0, answer, "low")
    data = s.export()
    assert 2 == data["version"]
    assert {
        "mode": "exam",
        "seed": 8,
        "topics": ["noms_framework"],
        "difficulties": ["basic", "intermediate", "advanced"],
        "count": 3,
        "variant_seed": None,
    } == data["settings"]
    assert "low" == data["responses"][0]["confidence"]


def test_a_version_1_file_still_loads_with_every_question():
    """A file saved before count existed (version 1) loads, with all its questions."""
    from tests.strategies import signed

    data = QuizSession([CASE], seed=2).export()
    data["version"] = 1
    for key in ("count", "variant_seed"):
        del data["settings"][key]
    again = QuizSession.import_progress(signed(data), [CASE])
    assert (None, None, 4) == (again.count, again.variant_seed, len(again))
