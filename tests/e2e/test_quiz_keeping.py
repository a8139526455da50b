"""Browser tests of a quiz that never loses or misleads (issue 18 item 5) and of progress
that is never lost (issue 19 item 3): each defect found by a new user, and the session
restored on a fresh page of the same server."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from spinemet_core.topics import DASHBOARDS

from .conftest import PROGRESS_FILE, PageWatch
from .helpers import (
    _answer_in_browser,
    _assert_clean,
    _first_case_questions,
    _open,
    _select,
    _session,
    _start_quiz,
)

pytestmark = pytest.mark.e2e

QUIZ = "06_case_quiz.ipynb"
NOMS_LABEL = DASHBOARDS["noms_framework"].label


def _submit(page, question, answered: int, confidence: str | None = None) -> None:
    """Answer ``question`` correctly (with ``confidence``) and wait until it is recorded."""
    if confidence:
        _confidence(page).get_by_role("button", name=confidence, exact=True).click()
    _answer_in_browser(page, question)
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text(f"answered {answered}")


def _confidence(page):
    return page.locator(".sm-quiz .widget-toggle-buttons", has_text="Confidence")


def test_start_in_the_middle_of_a_session_asks_first(watch):
    """Start quiz with an answer given asks in the page; Cancel keeps the answer; Confirm
    starts a new quiz with none."""
    page = watch.page
    _open(watch, QUIZ)
    _start_quiz(page, "Self-study", 3)
    _submit(page, _first_case_questions(_session("self_study", 3))[0], 1)
    page.get_by_role("button", name="Start quiz").click()
    confirm = page.locator(".sm-confirm")
    expect(confirm).to_contain_text("The 1 answer(s) of this session will be replaced")
    confirm.get_by_role("button", name="Cancel").click()
    expect(confirm).to_be_hidden()
    expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1")
    page.get_by_role("button", name="Start quiz").click()
    confirm.get_by_role("button", name="Start new quiz").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text("answered 0")
    _assert_clean(watch)


def test_loading_a_file_sets_every_filter_so_start_builds_the_same_quiz(watch, tmp_path):
    """A file saved for NOMS only, 5 questions, seed 7, exam: loading it checks only NOMS and
    shows 5, 7 and Exam; Start (confirmed) then asks the same 5 questions."""
    from spinemet_core.cases import load_bank
    from spinemet_core.quiz import QuizSession

    from .conftest import ROOT

    cases, _problems = load_bank(ROOT / "cases")
    saved = QuizSession(cases, mode="exam", seed=7, topics=["noms_framework"], count=5)
    _case, question = saved.question(0)
    saved.answer(0, question.correct_texts[0] if question.choices else question.answer, "low")
    path = tmp_path / "progress.json"
    path.write_text(json.dumps(saved.export()))
    page = watch.page
    _open(watch, QUIZ)
    with page.expect_file_chooser() as chooser:
        page.locator(".sm-quiz .widget-upload").click()
    chooser.value.set_files(str(path))
    expect(page.locator(".sm-quiz-import")).to_contain_text("1 answer(s) restored")
    quiz = page.locator(".sm-quiz")
    expect(quiz.locator(".mod-active", has_text="Exam")).to_have_count(1)
    checked = quiz.locator(".sm-quiz-settings .widget-checkbox:has(input:checked)")
    expect(checked).to_have_count(1)
    expect(checked).to_contain_text(NOMS_LABEL)
    count = quiz.locator(".widget-dropdown:has(label:text-is('Questions')) select")
    expect(count.locator("option:checked")).to_have_text("5")
    expect(quiz.locator(".widget-text:has(label:text-is('Seed')) input")).to_have_value("7")
    page.get_by_role("button", name="Start quiz").click()
    page.locator(".sm-confirm").get_by_role("button", name="Start new quiz").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text("Question 1 of 5")
    expect(page.locator(".sm-quiz-status")).to_contain_text("seed 7")
    expect(page.locator(".sm-question-prompt")).to_have_text(question.prompt)
    _assert_clean(watch)


def test_going_back_shows_the_confidence_saved_with_the_answer(watch):
    """Low for the first answer, high for the second: Previous shows low, not high."""
    page = watch.page
    _open(watch, QUIZ)
    _start_quiz(page, "Self-study", 3)
    first, second = _first_case_questions(_session("self_study", 3))[:2]
    _submit(page, first, 1, "low")
    page.get_by_role("button", name="Next").click()
    _submit(page, second, 2, "high")
    page.get_by_role("button", name="Previous").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text("Question 1 of")
    expect(_confidence(page).locator(".mod-active")).to_have_text("low")
    _assert_clean(watch)


def test_the_number_of_questions_is_chosen_and_the_score_says_what_it_counts(watch):
    """5 questions asked; after 1 answered and Finish the score reads '1 correct of 1
    answered (5 in quiz)'. The page has one Mode selector, and the download is a button."""
    page = watch.page
    _open(watch, QUIZ)
    expect(page.locator(".widget-label:visible", has_text="Mode")).to_have_count(1)
    _select(page, "Questions", "5")
    _start_quiz(page, "Self-study", 3)
    expect(page.locator(".sm-quiz-status")).to_contain_text("Question 1 of 5")
    _submit(page, _first_case_questions(_session("self_study", 3))[0], 1)
    expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1 (1 correct)")
    page.get_by_role("button", name="Finish and see report").click()
    expect(page.locator(".sm-quiz-score")).to_have_text(
        "Score: 1 correct of 1 answered (5 in quiz)"
    )
    link = page.locator("a.sm-export-link")
    box = link.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 120
    colour = link.evaluate("(a) => getComputedStyle(a).backgroundColor")
    assert "rgb(0, 114, 178)" == colour  # a filled button, not text
    _assert_clean(watch)


def test_answers_come_back_with_their_confidence_on_a_fresh_page(chromium, voila_url, screenshots):
    """Answer two questions (low, then high), close the page; a fresh page of the same server
    says where the session came from and shows both answers with their confidence."""
    questions = _first_case_questions(_session("self_study", 3))[:2]
    first = PageWatch(chromium, voila_url)
    try:
        _open(first, QUIZ)
        _start_quiz(first.page, "Self-study", 3)
        _submit(first.page, questions[0], 1, "low")
        first.page.get_by_role("button", name="Next").click()
        _submit(first.page, questions[1], 2, "high")
        _assert_clean(first)
    finally:
        first.close()
    assert 2 == len(json.loads(PROGRESS_FILE.read_text())["responses"])
    for viewport, name in (({"width": 1300, "height": 1000}, "desktop"), (None, "phone")):
        again = PageWatch(chromium, voila_url, viewport or {"width": 390, "height": 844})
        page = again.page
        try:
            _open(again, QUIZ)
            expect(page.locator(".sm-quiz-restored")).to_have_text(
                f"Restored your session from {PROGRESS_FILE}: 2 answer(s)."
            )
            status = page.locator(".sm-quiz-status")
            expect(status).to_contain_text("Question 3 of")  # the first unanswered
            expect(status).to_contain_text("answered 2 (2 correct)")
            expect(page.locator(".sm-quiz-settings .widget-text input")).to_have_value("3")
            page.screenshot(path=screenshots / f"06_case_quiz-restored-{name}.png")
            for n, confidence in ((2, "high"), (1, "low")):
                page.get_by_role("button", name="Previous").click()
                expect(status).to_contain_text(f"Question {n} of")
                expect(page.locator(".sm-quiz-feedback")).to_contain_text("Correct.")
                expect(_confidence(page).locator(".mod-active")).to_have_text(confidence)
            _assert_clean(again)
        finally:
            again.close()


def test_start_fresh_asks_then_forgets_the_saved_session(chromium, voila_url, screenshots):
    """Start fresh shows the question; Confirm deletes the saved session; a later page
    restores nothing."""
    first = PageWatch(chromium, voila_url)
    try:
        _open(first, QUIZ)
        _start_quiz(first.page, "Self-study", 3)
        _submit(first.page, _first_case_questions(_session("self_study", 3))[0], 1)
    finally:
        first.close()
    again = PageWatch(chromium, voila_url, {"width": 390, "height": 844})
    try:
        page = again.page
        _open(again, QUIZ)
        page.get_by_role("button", name="Start fresh").click()
        confirm = page.locator(".sm-confirm")
        expect(confirm).to_contain_text("The saved session and its 1 answer(s) will be deleted")
        page.screenshot(path=screenshots / "06_case_quiz-start-fresh-phone.png")
        confirm.get_by_role("button", name="Delete and start fresh").click()
        expect(page.locator(".sm-quiz-restored")).to_be_hidden()
        expect(page.locator(".sm-quiz-status")).to_contain_text("Choose a mode and press Start")
        _assert_clean(again)
    finally:
        again.close()
    assert not PROGRESS_FILE.exists()


def test_an_unreadable_saved_session_is_kept_aside_and_named(watch):
    """A broken progress file is renamed, never overwritten, and the page says where it went."""
    PROGRESS_FILE.write_text('{"format": "spinemet-quiz-progress", ')
    page = watch.page
    _open(watch, QUIZ)
    notice = page.locator(".sm-quiz-restored")
    expect(notice).to_contain_text("could not be restored: this file is not JSON (line 1")
    aside = list(PROGRESS_FILE.parent.glob("progress.json.unreadable-*"))
    assert 1 == len(aside)
    expect(notice).to_contain_text(f"It was kept as {aside[0]}")
    _assert_clean(watch)
