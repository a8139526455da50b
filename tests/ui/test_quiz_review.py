"""The quiz asks template variants, offers a review round of weak objectives after a
session, and shows progress per objective over sessions (issue 18 items 2 and 3)."""

import json
from pathlib import Path

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.quiz_templates import variant_of
from spinemet_core.ui.quiz import QuizApp
from spinemet_core.ui.quiz_review import session_over

from .test_quiz_app import FIXTURES, _answer_correctly

BANK = Path(__file__).parents[2] / "cases"


def _started(mode="self_study", seed="3", topic="noms_framework", **settings) -> QuizApp:
    app = QuizApp(BANK)
    app.settings.mode.value = mode
    for name, box in app.settings.topics.items():
        box.value = name == topic
    app.settings.seed.value = seed
    for name, value in settings.items():
        getattr(app.settings, name).value = value
    app.settings.start.click()
    return app


def _to_variant(app) -> int:
    app.index = next(i for i in range(len(app.session)) if variant_of(app.session, i))
    app._show()
    return app.index


def _answer_wrong(app) -> None:
    _case, question = app.session.question(app.index)
    wrong = next(c.text for c in question.choices if not c.correct)
    app._answer_box.children[0].value = wrong
    app._confidence.value = "high"
    app._submit.click()


def test_self_study_asks_new_variants_at_each_start():
    """Two Starts of the same self-study settings ask other variants of the same templates."""
    app = _started()
    first = dict(app.session.variants)
    app.settings.start.click()
    assert first != app.session.variants
    assert sorted(v["template"] for v in first.values()) == sorted(
        v["template"] for v in app.session.variants.values()
    )


def test_an_exam_asks_the_same_variants_on_two_pages():
    """Two pages starting the exam of seed 12 ask the same questions and variants."""
    one = _started("exam", "12")
    two = _started("exam", "12")
    assert (one.session.items, one.session.variants) == (two.session.items, two.session.variants)
    assert one.case_html.value == two.case_html.value


def test_the_case_card_names_the_template_and_seed_of_a_variant():
    """A variant's card says which template and seed drew it."""
    app = _started()
    _to_variant(app)
    template, seed = variant_of(app.session, app.index)
    assert f"variant of template <code>{template}</code>, seed" in app.case_html.value
    assert f"<span class='sm-variant-seed'>{seed}</span>" in app.case_html.value


def test_templates_can_be_left_out_and_the_setting_is_restored():
    """Ticked at first; unticked, only hand-written cases are asked, and a new page (which
    restores that session) shows it unticked."""
    assert QuizApp(BANK).settings.templates.value is True
    app = _started(templates=False)
    assert ({}, None) == (getattr(app.session, "variants", {}), app.session.variant_seed)
    _answer_correctly(app)
    assert QuizApp(BANK).settings.templates.value is False


def test_a_missed_variant_offers_a_review_round_of_new_variants():
    """Finishing after a wrong answer names the objectives; the round (confirmed) asks new
    variants of templates that teach them and says what it reviews."""
    app = _started()
    _to_variant(app)
    _answer_wrong(app)
    assert "none" == app.review.layout.display  # not over yet
    app._finish.click()
    first = app.session
    missed = set(first.question(app.index)[0].objectives)
    assert "flex" == app.review.layout.display
    assert "<b>To review:</b>" in app.review.message.value
    app.review.button.click()
    assert "The 1 answer(s) of this session are replaced" in app.review.confirm.message.value
    app.review.confirm._confirm.click()
    review = app.session
    assert review is not first
    assert set(review.review_of) <= missed
    assert not set(review.variants) & set(first.variants)
    for i in range(len(review)):
        assert set(review.question(i)[0].objectives) & missed
    assert "<b>Review round</b> of" in app.review.message.value
    assert 1 == len(review.history)


def test_objectives_only_hand_written_cases_teach_are_named():
    """A missed objective no template teaches is named as taught by hand-written cases only."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    for _ in range(len(app.session)):
        _answer_wrong_or_skip(app)
        app._next.click()
    assert session_over(app.session)
    assert "Only hand-written cases teach" in app.review.message.value
    assert "none" == app.review.button.layout.display


def _answer_wrong_or_skip(app):
    _case, question = app.session.question(app.index)
    if question.type == "numeric":
        app._answer_box.children[0].value = f"{question.answer + 1000:g}"
        app._submit.click()
    elif question.type == "single_choice":
        _answer_wrong(app)
    else:
        _answer_correctly(app)


def test_the_report_shows_progress_per_objective_over_sessions_kept_by_autosave(tmp_path):
    """Two sessions: the second's report lists the first's score per objective before its
    own; a new page restores the history from the autosaved file."""
    app = _started()
    _to_variant(app)
    _answer_wrong(app)
    objective = app.session.question(app.index)[0].objectives[0]
    app.settings.start.click()
    app.confirm._confirm.click()
    _to_variant(app)
    _answer_correctly(app)
    app._finish.click()
    assert "Progress per objective over 2 session(s)" in app.report.value
    assert f"<td>{objective}</td><td><span title='" in app.report.value
    saved = json.loads((tmp_path / "progress.json").read_text())
    assert 1 == len(saved["history"])
    assert saved["history"] == QuizApp(BANK).session.history


def test_session_over_in_each_mode():
    """Self-study is over when every question is answered; exam and lecture when finished."""
    app = QuizApp(FIXTURES)
    app.settings.mode.value = "exam"
    app.settings.start.click()
    for _ in range(len(app.session)):
        _answer_correctly(app)
        app._next.click()
    assert session_over(app.session) is False
    app.session.finish()
    assert session_over(app.session) is True
