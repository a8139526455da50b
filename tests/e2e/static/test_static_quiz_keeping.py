"""The static edition keeps the quiz session in the browser's storage (issue 19 item 3):
answer, close the page, open it again in the same browser, and every answer is back."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from ..helpers import _answer_in_browser, _first_case_questions, _session, _start_quiz
from .test_static_edition import _assert_offline_clean, _open

pytestmark = pytest.mark.static


def _answer(page, question, confidence: str, answered: int) -> None:
    toggle = page.locator(".sm-quiz .widget-toggle-buttons", has_text="Confidence")
    toggle.get_by_role("button", name=confidence, exact=True).click()
    _answer_in_browser(page, question)
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text(f"answered {answered}")


def test_quiz_answers_come_back_from_the_browser_storage(offline):
    """Two answers (low, high) saved in localStorage; a new page of the same browser restores
    both with their confidence and says where they came from."""
    page = offline.page
    _open(offline, "06_case_quiz")
    _start_quiz(page, "Self-study", 3)
    first, second = _first_case_questions(_session("self_study", 3))[:2]
    _answer(page, first, "low", 1)
    page.get_by_role("button", name="Next").click()
    _answer(page, second, "high", 2)
    _assert_offline_clean(offline)
    page.close()
    offline.page = page = offline.context.new_page()  # same browser, same storage
    _open(offline, "06_case_quiz")
    expect(page.locator(".sm-quiz-restored")).to_have_text(
        "Restored your session from this browser's storage: 2 answer(s)."
    )
    status = page.locator(".sm-quiz-status")
    expect(status).to_contain_text("answered 2 (2 correct)")
    toggle = page.locator(".sm-quiz .widget-toggle-buttons", has_text="Confidence")
    for n, confidence in ((2, "high"), (1, "low")):
        page.get_by_role("button", name="Previous").click()
        expect(status).to_contain_text(f"Question {n} of")
        expect(toggle.locator(".mod-active")).to_have_text(confidence)
    assert [] == offline.outside
