"""Browser tests of the quiz with case templates (issue 18 items 2 and 3): a new variant at
each self-study attempt, the same exam variant on two devices, a review round drawn from a
missed objective, and a variant restored with its answer on a fresh page.

Which variant the page drew is read from the autosaved progress file (the e2e servers save
to PROGRESS_FILE), which the test redraws with the core: the page and the core must agree."""

from __future__ import annotations

import json
import time

import pytest
from playwright.sync_api import expect

from spinemet_core.cases import load_bank, load_templates
from spinemet_core.cases.templates import draw
from spinemet_core.quiz_templates import build_quiz, import_progress, variant_of

from .conftest import PROGRESS_FILE, ROOT, PageWatch
from .helpers import OVERFLOW_JS, SCROLL_BOXES, _assert_clean, _open, _start_quiz

pytestmark = pytest.mark.e2e

QUIZ = "06_case_quiz.ipynb"
CASES, _ = load_bank(ROOT / "cases")
TEMPLATES, _ = load_templates(ROOT / "cases")
BY_ID = {t.id: t for t in TEMPLATES}
SELF_STUDY_SEED = 8
"""NOMS-only self-study of seed 8 asks a tpl-noms-plan variant first, whatever the attempt."""
EXAM_SEED = 12
"""NOMS-only exam of seed 12 asks a tpl-sins-band variant first."""


def _saved(check=lambda data: True, timeout: float = 20.0) -> dict:
    """The autosaved progress once it exists and passes ``check`` (the kernel writes it
    right after it updates the page)."""
    end = time.monotonic() + timeout
    while True:
        try:
            data = json.loads(PROGRESS_FILE.read_text())
            if check(data):
                return data
        except (FileNotFoundError, json.JSONDecodeError):
            pass
        if time.monotonic() > end:
            pytest.fail(f"no autosaved progress passing the check in {timeout} s")
        time.sleep(0.2)


def _session(data):
    return import_progress(data, CASES, TEMPLATES)


def _card(page):
    return page.locator(".sm-quiz-case")


def test_self_study_asks_another_variant_at_a_second_attempt(watch):
    """Start twice with the same settings: the first question is a variant of the same
    template both times, with another seed and another vignette, each as the core draws it."""
    page = watch.page
    _open(watch, QUIZ)
    _start_quiz(page, "Self-study", SELF_STUDY_SEED, templates=True)
    expect(_card(page)).to_contain_text("variant of template tpl-noms-plan")
    first = _session(_saved(lambda d: d["variants"]))
    seed = page.locator(".sm-variant-seed")
    expect(seed).to_have_text(str(variant_of(first, 0)[1]))
    vignette = _card(page).locator("p").first.inner_text()
    page.get_by_role("button", name="Start quiz").click()  # no answer: nothing to confirm
    expect(seed).not_to_have_text(str(variant_of(first, 0)[1]))
    second = _session(_saved(lambda d: d["attempt_seed"] != first.attempt_seed))
    template, drawn_seed = variant_of(second, 0)
    assert "tpl-noms-plan" == template == variant_of(first, 0)[0]
    expect(seed).to_have_text(str(drawn_seed))
    again = _card(page).locator("p").first
    expect(again).to_have_text(draw(BY_ID[template], drawn_seed).case.vignette)
    assert vignette != again.inner_text()
    _assert_clean(watch)


def test_an_exam_with_a_fixed_seed_shows_the_same_variant_on_two_devices(
    chromium, voila_url, screenshots
):
    """A desktop and a 390x844 phone start the exam of seed 12: both show the variant the core
    draws for that seed, and the phone page needs no sideways scrolling."""
    exam = build_quiz(CASES, TEMPLATES, mode="exam", seed=EXAM_SEED, topics=["noms_framework"])
    case, question = exam.question(0)
    assert variant_of(exam, 0)[0] == "tpl-sins-band"
    desktop = PageWatch(chromium, voila_url)
    phone = PageWatch(chromium, voila_url, {"width": 390, "height": 844})
    try:
        for device in (desktop, phone):
            _open(device, QUIZ)
        for device, name in ((desktop, "desktop"), (phone, "phone")):
            page = device.page
            _start_quiz(page, "Exam", EXAM_SEED, templates=True)
            card = _card(page)
            expect(card.locator("h3")).to_have_text(case.title)
            expect(card.locator("p").first).to_have_text(case.vignette)
            expect(card.locator(".sm-question-prompt")).to_have_text(question.prompt)
            expect(page.locator(".sm-variant-seed")).to_have_text(str(variant_of(exam, 0)[1]))
            page.screenshot(path=screenshots / f"06_case_quiz-exam-variant-{name}.png")
        assert [] == phone.page.evaluate(OVERFLOW_JS, SCROLL_BOXES)
        for device in (desktop, phone):
            _assert_clean(device)
    finally:
        desktop.close()
        phone.close()


def test_the_review_round_draws_new_variants_from_a_missed_objective(watch, screenshots):
    """Answer a variant wrong with high confidence and finish: the quiz names its objectives
    and, once the round is confirmed, asks new variants of templates that teach them."""
    page = watch.page
    _open(watch, QUIZ)
    _start_quiz(page, "Self-study", SELF_STUDY_SEED, templates=True)
    first = _session(_saved(lambda d: d["variants"]))
    case, question = first.question(0)
    wrong = next(c.text for c in question.choices if not c.correct)
    page.locator(".sm-quiz .widget-toggle-buttons", has_text="Confidence").get_by_role(
        "button", name="high", exact=True
    ).click()
    page.locator(".sm-quiz-answer").get_by_label(wrong, exact=True).check()
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator(".sm-quiz-feedback")).to_contain_text("Not quite.")
    page.get_by_role("button", name="Finish and see report").click()
    review = page.locator(".sm-quiz-review")
    expect(review).to_contain_text("To review:")
    for objective in case.objectives:
        expect(review).to_contain_text(objective)
    expect(page.locator(".sm-quiz-progress")).to_contain_text("Progress per objective")
    page.screenshot(path=screenshots / "06_case_quiz-review-offer.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # the offer on a phone
    review.get_by_role("button", name="Review round").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "06_case_quiz-review-offer-phone.png")
    assert [] == page.evaluate(OVERFLOW_JS, SCROLL_BOXES)
    review.get_by_role("button", name="Review round").click()
    expect(review.locator(".sm-review-confirm")).to_contain_text("Start a review round?")
    review.get_by_role("button", name="Start the review round").click()
    expect(review).to_contain_text("Review round of")
    expect(page.locator(".sm-quiz-status")).to_contain_text("answered 0")
    data = _saved(lambda d: "review_of" in d)
    assert set(data["review_of"]) == set(case.objectives)
    assert 1 == len(data["history"])
    again = _session(data)
    shown = variant_of(again, 0)
    assert shown not in {(v["template"], v["seed"]) for v in first.variants.values()}
    assert set(BY_ID[shown[0]].objectives) & set(case.objectives)
    expect(_card(page)).to_contain_text(f"variant of template {shown[0]}, seed {shown[1]}")
    expect(_card(page).locator("p").first).to_have_text(
        draw(BY_ID[shown[0]], shown[1]).case.vignette
    )
    _assert_clean(watch)


def test_a_fresh_page_restores_the_variant_and_its_answer(chromium, voila_url):
    """Answer a variant with low confidence and close the page: a fresh page shows the same
    variant, the answer chosen, its confidence and its feedback."""
    first = PageWatch(chromium, voila_url)
    try:
        page = first.page
        _open(first, QUIZ)
        _start_quiz(page, "Self-study", SELF_STUDY_SEED, templates=True)
        session = _session(_saved(lambda d: d["variants"]))
        case, question = session.question(0)
        answer = question.correct_texts[0]
        page.locator(".sm-quiz .widget-toggle-buttons", has_text="Confidence").get_by_role(
            "button", name="low", exact=True
        ).click()
        page.locator(".sm-quiz-answer").get_by_label(answer, exact=True).check()
        page.get_by_role("button", name="Submit answer").click()
        expect(page.locator(".sm-quiz-feedback")).to_contain_text("Correct.")
        _saved(lambda d: d["responses"])
        _assert_clean(first)
    finally:
        first.close()
    again = PageWatch(chromium, voila_url)
    try:
        page = again.page
        _open(again, QUIZ)
        expect(page.locator(".sm-quiz-restored")).to_contain_text("1 answer(s)")
        page.get_by_role("button", name="Previous").click()  # restored at the first unanswered
        expect(page.locator(".sm-quiz-status")).to_contain_text("Question 1 of")
        expect(page.locator(".sm-variant-seed")).to_have_text(str(variant_of(session, 0)[1]))
        expect(_card(page).locator("p").first).to_have_text(case.vignette)
        expect(page.locator(".sm-quiz-answer").get_by_label(answer, exact=True)).to_be_checked()
        confidence = page.locator(".sm-quiz .widget-toggle-buttons", has_text="Confidence")
        expect(confidence.locator(".mod-active")).to_have_text("low")
        expect(page.locator(".sm-quiz-feedback")).to_contain_text("Correct.")
        _assert_clean(again)
    finally:
        again.close()
