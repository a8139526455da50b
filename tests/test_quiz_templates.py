"""Quizzes with template variants: fresh per self-study attempt, fixed per exam, replayable from
saved progress; review rounds from weak objectives; progress per objective over sessions."""

import json

import pytest

from spinemet_core.cases import bank_folder, load_bank
from spinemet_core.cases.templates import draw, load_templates
from spinemet_core.progress import ProgressError
from spinemet_core.quiz import QuizSession
from spinemet_core.quiz_templates import (
    build_quiz,
    export_progress,
    import_progress,
    objective_progress,
    review_round,
    session_record,
    variant_of,
    weak_objectives,
)

CASES, _ = load_bank(bank_folder())
TEMPLATES, _ = load_templates(bank_folder())
BY_ID = {t.id: t for t in TEMPLATES}


def _variant_indices(session):
    return [i for i in range(len(session)) if variant_of(session, i) is not None]


def _answer_wrong(session, index, confidence="high"):
    _case, question = session.question(index)
    if question.type == "numeric":
        return session.answer(index, question.answer + 1000, confidence)
    wrong = [c.text for c in question.choices if not c.correct]
    return session.answer(index, wrong[0] if question.type == "single_choice" else [], confidence)


def test_self_study_draws_other_variants_on_a_second_attempt():
    """Two self-study attempts without a given attempt seed draw different variants, and each
    records its attempt seed and every variant's seed."""
    first = build_quiz(CASES, TEMPLATES, mode="self_study", seed=3)
    second = build_quiz(CASES, TEMPLATES, mode="self_study", seed=3)
    assert first.attempt_seed != second.attempt_seed
    assert set(first.variants) != set(second.variants)
    assert len(TEMPLATES) == len(first.variants)
    for case_id, found in first.variants.items():
        assert case_id == draw(BY_ID[found["template"]], found["seed"]).case.id


def test_an_exam_shows_the_same_variants_for_the_same_seed():
    """Two devices that build the exam of seed 42 get the same questions in the same order."""
    one = build_quiz(CASES, TEMPLATES, mode="exam", seed=42)
    two = build_quiz(CASES, TEMPLATES, mode="exam", seed=42, attempt_seed=7)
    assert one.items == two.items
    assert one.variants == two.variants
    assert 42 == one.attempt_seed
    other = build_quiz(CASES, TEMPLATES, mode="exam", seed=43)
    assert one.variants != other.variants


def test_a_given_attempt_seed_replays_a_self_study_attempt():
    """Self-study with the recorded attempt seed rebuilds the same variants."""
    first = build_quiz(CASES, TEMPLATES, seed=5)
    again = build_quiz(CASES, TEMPLATES, seed=5, attempt_seed=first.attempt_seed)
    assert first.items == again.items


def test_topics_filter_templates_too():
    """A quiz on one topic holds only that topic's hand-written cases and variants."""
    session = build_quiz(CASES, TEMPLATES, topics=["targeted_therapy_rcc"], attempt_seed=1)
    assert {"targeted_therapy_rcc"} == {session.question(i)[0].topic for i in range(len(session))}
    assert {"tpl-imdc-risk", "tpl-mskcc-risk", "tpl-corrected-calcium"} == {
        v["template"] for v in session.variants.values()
    }


def test_saved_progress_records_each_seed_and_replays_the_variants():
    """Export writes every variant's template and seed; import redraws them and re-grades."""
    session = build_quiz(CASES, TEMPLATES, seed=9, attempt_seed=123)
    index = _variant_indices(session)[0]
    _answer_wrong(session, index)
    history = [session_record(session, "day 1")]
    saved = export_progress(session, history)
    assert sorted(session.variants) == [v["case"] for v in saved["variants"]]
    restored = import_progress(json.dumps(saved), CASES, TEMPLATES)
    assert session.items == restored.items
    assert session.variants == restored.variants
    assert 123 == restored.attempt_seed
    assert history == restored.history
    assert [False] == [r.correct for r in restored.responses.values()]
    assert variant_of(session, index) == variant_of(restored, index)


def test_a_changed_variant_seed_is_refused():
    """Editing a recorded seed breaks the checksum or the case id, never loads silently."""
    session = build_quiz(CASES, TEMPLATES, seed=9, attempt_seed=123)
    saved = export_progress(session)
    saved["variants"][0]["seed"] += 1
    with pytest.raises(ProgressError):
        import_progress(saved, CASES, TEMPLATES)
    saved = export_progress(session)
    saved["variants"][0]["template"] = "tpl-nowhere"
    with pytest.raises(ProgressError, match="not one of this bank"):
        import_progress(saved, CASES, TEMPLATES)


def test_weak_objectives_put_misplaced_confidence_first():
    """Objectives answered wrong with high confidence come first, the most missed first among
    them, and those only missed last."""
    session = build_quiz([], TEMPLATES, topics=["noms_framework"], attempt_seed=4)
    by_template = {variant_of(session, i)[0]: i for i in _variant_indices(session)}
    _answer_wrong(session, by_template["tpl-sins-band"], "low")
    _answer_wrong(session, by_template["tpl-noms-plan"], "high")
    weak = weak_objectives(session)
    assert ("score-sins", 2, 1) == weak[0]
    assert ("read-bands", 1, 0) == weak[-1]
    assert {"score-sins", "read-bands", "noms-decision", "myelopathy", "systemic-pillar"} == {
        w[0] for w in weak
    }


def test_the_review_round_draws_new_variants_of_templates_that_teach_a_missed_objective():
    """A missed Katagiri question gives a round of a new Katagiri variant, never the one seen."""
    session = build_quiz([], TEMPLATES, topics=["prognostic_scores"], attempt_seed=8)
    index = next(
        i for i in _variant_indices(session) if variant_of(session, i)[0] == "tpl-katagiri-risk"
    )
    _answer_wrong(session, index)
    review = review_round(session, TEMPLATES, attempt_seed=99)
    assert ("read-bands", "score-katagiri") == tuple(sorted(review.objectives))
    templates = {v["template"] for v in review.session.variants.values()}
    assert "tpl-katagiri-risk" in templates
    assert not set(review.session.variants) & set(session.variants)
    assert "self_study" == review.session.mode
    again = review_round(session, TEMPLATES, attempt_seed=99)
    assert review.session.items == again.session.items


def test_a_review_round_reports_objectives_no_template_teaches():
    """A weak objective only hand-written cases teach is listed as uncovered."""
    case = next(c for c in CASES if "evidence-patchell-2005" in c.objectives)
    session = QuizSession([case])
    for i in range(len(session)):
        _answer_wrong(session, i)
    review = review_round(session, TEMPLATES, attempt_seed=1)
    assert "evidence-patchell-2005" in review.uncovered


def test_objective_progress_lists_each_session_that_answered_the_objective():
    """Progress per objective over two sessions, oldest first, skipping unanswered ones."""
    one = build_quiz([], TEMPLATES, topics=["noms_framework"], attempt_seed=1)
    two = build_quiz([], TEMPLATES, topics=["noms_framework"], attempt_seed=2)
    sins_one = next(i for i in _variant_indices(one) if variant_of(one, i)[0] == "tpl-sins-band")
    _answer_wrong(one, sins_one)
    sins_two = next(i for i in _variant_indices(two) if variant_of(two, i)[0] == "tpl-sins-band")
    _case, question = two.question(sins_two)
    right = question.answer if question.type == "numeric" else question.correct_texts[0]
    two.answer(sins_two, right, "medium")
    progress = objective_progress([session_record(one, "mon"), session_record(two, "tue")])
    assert [
        {"label": "mon", "answered": 1, "correct": 0, "confident_but_wrong": 1},
        {"label": "tue", "answered": 1, "correct": 1, "confident_but_wrong": 0},
    ] == progress["score-sins"]
    assert "noms-decision" not in progress


def test_several_variants_of_each_template_can_be_drawn():
    """``variants_per_template=3`` gives three distinct variants of each template."""
    session = build_quiz([], TEMPLATES, attempt_seed=5, variants_per_template=3)
    per_template = {}
    for found in session.variants.values():
        per_template.setdefault(found["template"], set()).add(found["seed"])
    assert {t.id: 3 for t in TEMPLATES} == {k: len(v) for k, v in per_template.items()}


def _signed(data):
    from spinemet_core.progress import checksum

    body = {k: v for k, v in data.items() if k != "checksum"}
    return {**body, "checksum": checksum(body)}


def test_count_keeps_the_first_questions_and_the_variant_seed_is_recorded():
    """``count=5`` asks five questions; the attempt seed is the v2 file's variant seed."""
    session = build_quiz(CASES, TEMPLATES, seed=2, attempt_seed=11, count=5)
    assert 5 == len(session)
    assert 11 == session.variant_seed == export_progress(session)["settings"]["variant_seed"]
    again = import_progress(export_progress(session), CASES, TEMPLATES)
    assert session.items == again.items


def test_a_review_round_is_saved_and_replayed_with_its_objectives():
    """A review round (variants only) re-imports with the bank's hand-written cases given."""
    session = build_quiz([], TEMPLATES, topics=["prognostic_scores"], attempt_seed=8)
    _answer_wrong(session, _variant_indices(session)[0])
    review = review_round(session, TEMPLATES, attempt_seed=3).session
    saved = export_progress(review)
    assert list(review.review_of) == saved["review_of"]
    again = import_progress(json.dumps(saved), CASES, TEMPLATES)
    assert (review.items, review.review_of) == (again.items, again.review_of)
    assert "review_of" not in export_progress(session)


def test_history_goes_through_export_and_import_and_keeps_the_newest():
    """The history given to export comes back from import; only the newest 100 are kept."""
    session = build_quiz(CASES, TEMPLATES, seed=1, attempt_seed=1, count=3)
    records = [session_record(session, f"s{n}") for n in range(105)]
    saved = export_progress(session, records)
    assert ["s5", "s104"] == [saved["history"][0]["label"], saved["history"][-1]["label"]]
    assert saved["history"] == import_progress(saved, CASES, TEMPLATES).history


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda d: d.update(history={}), "history is not a list"),
        (lambda d: d["history"].append({"label": 1, "by_objective": {}}), "history record 2"),
        (lambda d: d["history"][0]["by_objective"]["x"].update(correct=9), "history record 1"),
        (lambda d: d["history"][0].update(extra=True), "history record 1"),
        (lambda d: d.update(attempt_seed=-1), "attempt_seed is not a seed"),
        (lambda d: d.update(review_of="score-sins"), "objectives are not names"),
    ],
)
def test_a_re_signed_file_with_a_bad_history_or_seed_is_refused(tamper, message):
    """History, attempt seed and review objectives are checked behind the checksum."""
    session = build_quiz(CASES, TEMPLATES, seed=1, attempt_seed=1, count=3)
    counts = {"questions": 2, "answered": 2, "correct": 1, "confident_but_wrong": 1}
    data = json.loads(
        json.dumps(export_progress(session, [{"label": "a", "by_objective": {"x": counts}}]))
    )
    tamper(data)
    with pytest.raises(ProgressError, match=message):
        import_progress(_signed(data), CASES, TEMPLATES)


def test_a_file_without_variants_or_history_still_loads():
    """A version 2 file the quiz wrote before templates (no variants, no history) loads."""
    session = QuizSession(CASES, seed=4, count=3)
    again = import_progress(session.export(), CASES, TEMPLATES)
    assert (session.items, {}, []) == (again.items, again.variants, again.history)
