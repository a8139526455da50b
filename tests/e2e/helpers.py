"""Shared helpers of the browser tests: the dashboards, opening a page, reading widgets."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from tools.dashboards import FIGURE, draws_figure, ready_pages

#: Notebook → selector of its main output, for every dashboard of the topic manifest
#: (tools/dashboards.py; a unit test fails when a dashboard is missing).
DASHBOARDS = ready_pages()


LOADS = 5


FIRST_RENDER_TIMEOUT_MS = 90_000


def _assert_clean(watch) -> None:
    page = watch.page
    errors = page.locator(
        "[data-mime-type='application/vnd.jupyter.stderr'], "
        "[data-mime-type='application/vnd.jupyter.error']"
    )
    assert 0 == errors.count(), f"error outputs on the page: {errors.all_inner_texts()}"
    assert "There was an error when executing cell" not in page.content(), "a cell failed"
    assert [] == watch.console_errors, f"console errors: {watch.console_errors}"
    assert [] == watch.bad_responses, f"HTTP errors: {watch.bad_responses}"
    assert [] == watch.outside_requests, f"requests off 127.0.0.1: {watch.outside_requests}"
    assert [] == watch.failed_requests, f"failed requests: {watch.failed_requests}"


def _open(watch, notebook: str) -> float:
    start = time.monotonic()
    watch.page.goto(f"{watch.base_url}/voila/render/{notebook}")
    expect(watch.page.locator(DASHBOARDS[notebook]).first).to_be_visible(
        timeout=FIRST_RENDER_TIMEOUT_MS
    )
    return time.monotonic() - start


def _settled(watch, notebook: str | None = None) -> None:
    """Wait until the late requests of a shown page have happened: its figure is drawn
    (when the notebook draws one) and every font in use has loaded. Only then can a test
    assert that something (an error, an outside request) is absent."""
    page = watch.page
    if notebook is not None and draws_figure(notebook):
        expect(page.locator(FIGURE).first).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    assert "loaded" == page.evaluate("async () => (await document.fonts.ready).status")


def _select(page, label: str, option_label: str) -> None:
    page.locator(f".widget-dropdown:has(label:text-is('{label}')) select").select_option(
        label=option_label
    )


def _total(page, score: str):
    return page.locator(f".sm-results tr[data-score='{score}'] td.sm-total")


def _fill(page, label: str, value: str) -> None:
    box = page.locator(f".widget-text:has(label:text-is('{label}')) input")
    box.fill(value)
    box.press("Enter")


def _templates_box(page):
    """The quiz setting that adds cases drawn from templates (ticked on a fresh page)."""
    return page.locator(".sm-quiz-settings .widget-checkbox", has_text="drawn from templates")


def _start_quiz(page, mode_label: str, seed: int, *, templates: bool = False):
    """Start a NOMS-only quiz; without ``templates`` it asks the hand-written cases only, so
    that :func:`_session` predicts every question."""
    page.locator(".sm-quiz").get_by_role("button", name=mode_label, exact=True).click()
    _templates_box(page).locator("input").set_checked(templates)
    for label in (
        "Prognostic scores",
        "Separation surgery",
        "Radiosurgery",
        "Targeted therapy (RCC)",
    ):
        page.locator(".sm-quiz .widget-checkbox", has_text=label).locator("input").uncheck()
    _fill(page, "Seed", str(seed))
    page.get_by_role("button", name="Start quiz").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text(f"seed {seed}")


def _session(mode: str, seed: int):
    from spinemet_core.cases import load_bank
    from spinemet_core.quiz import QuizSession

    from .conftest import ROOT

    cases, _problems = load_bank(ROOT / "cases")
    return QuizSession(cases, mode=mode, seed=seed, topics=["noms_framework"])


def _answer_in_browser(page, question):
    box = page.locator(".sm-quiz-answer")
    if question.type == "single_choice":
        box.get_by_label(question.correct_texts[0], exact=True).check()
    elif question.type == "multiple_choice":
        for choice in question.choices:
            checkbox = box.locator(".widget-checkbox", has_text=choice.text).locator("input")
            if choice.correct:
                checkbox.check()
    else:
        field = box.locator("input")
        field.fill(f"{question.answer:g}")
        field.press("Enter")


def _first_case_questions(session):
    first = session.items[0][0]
    return [
        session.question(i)[1] for i, (case_id, _q) in enumerate(session.items) if case_id == first
    ]


def _axe_source() -> str:
    from .conftest import ROOT

    path = ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        pytest.fail("axe-core is not installed: run 'make test' (it installs it from npm)")
    return path.read_text()


#: Boxes made to scroll sideways on purpose: a table (on a phone) or its box, a formula.
SCROLL_BOXES = ".sm-table-box, table.sm-table, mjx-container"

#: Elements whose right edge lies beyond the screen and that none of :data:`SCROLL_BOXES`
#: holds in view. The widget boxes' own ``overflow: auto`` does not count: content past the
#: screen inside them is cut off for a person on a phone (or clipped, as figure text is).
OVERFLOW_JS = """(scrollBoxes) => {
  const width = document.documentElement.clientWidth;
  const beyond = [];
  for (const el of document.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    const holder = el.parentElement && el.parentElement.closest(scrollBoxes);
    const held = holder !== null && ["auto", "scroll"].includes(getComputedStyle(holder).overflowX)
      && holder.getBoundingClientRect().right <= width + 1;
    if (!held) {
      const name = typeof el.className === "string" ? el.className : el.tagName;
      beyond.push(`${el.tagName}.${name.slice(0, 50)} +${Math.round(box.right - width)}px`);
    }
  }
  return beyond;
}"""


#: Control labels whose text is cut (wider than the label box, shown with an ellipsis).
CUT_LABELS_JS = """() => [...document.querySelectorAll(".widget-label")]
  .filter((label) => label.offsetWidth > 0 && label.scrollWidth > label.clientWidth + 1)
  .map((label) => label.textContent.trim())"""


#: Controls a finger cannot hit reliably: less than 44 x 44 px (WCAG 2.5.5). A checkbox or
#: radio button counts with its label, which takes the tap too.
SMALL_TARGETS_JS = """() => [...document.querySelectorAll(
    ".jp-OutputArea-output :is(select, input, textarea, button, summary)")]
  .map((el) => (el.matches("[type=checkbox], [type=radio]") && el.closest("label")) || el)
  .map((el) => [el, el.getBoundingClientRect()])
  .filter(([, box]) => box.width > 0 && (box.width < 44 || box.height < 44))
  .map(([el, box]) => `${el.tagName} '${(el.textContent || el.value || el.getAttribute("aria-label")
    || "").trim().slice(0, 30)}' ${Math.round(box.width)}x${Math.round(box.height)}`)"""
