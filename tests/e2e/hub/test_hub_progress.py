"""Progress on the hub (issue #19 item 3): a course student's quiz answers are saved in their own
home as they are given, and come back after signing out and in again."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from ..conftest import PageWatch
from ..helpers import (
    _answer_in_browser,
    _assert_clean,
    _first_case_questions,
    _session,
    _start_quiz,
)
from .conftest import _open, _sign_in_in_browser

pytestmark = pytest.mark.e2e

QUIZ = "06_case_quiz.ipynb"
SAVED = ".local/share/spinemet/progress.json"


def test_a_course_students_answer_survives_signing_out_and_in(chromium, course_hub):
    """ben answers one question, signs out and in again: his quiz says it restored the session
    from his own home, with that answer; the file is in his home and nobody else's."""
    question = _first_case_questions(_session("self_study", 3))[0]
    watch = PageWatch(chromium, course_hub.url)
    page = watch.page
    quiz_url = f"{course_hub.url}/user/ben/voila/render/{QUIZ}"
    try:
        _sign_in_in_browser(watch, "ben", "ben-pass-4821")
        _open(watch, quiz_url, QUIZ)
        _start_quiz(page, "Self-study", 3)
        _answer_in_browser(page, question)
        page.get_by_role("button", name="Submit answer").click()
        expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1")
        saved = course_hub.home("ben") / SAVED
        assert 1 == len(json.loads(saved.read_text())["responses"])
        assert not (course_hub.home("ana") / SAVED).exists()
        page.goto(f"{course_hub.url}/hub/logout")
        expect(page.locator("#username_input")).to_be_visible()
        _sign_in_in_browser(watch, "ben", "ben-pass-4821")
        _open(watch, quiz_url, QUIZ)
        expect(page.locator(".sm-quiz-restored")).to_contain_text("1 answer(s)")
        expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1")
        _assert_clean(watch)
    finally:
        watch.close()
