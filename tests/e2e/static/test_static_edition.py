"""The static edition (build/static, made by `make static`) in Chromium with no way out.

Each dashboard is opened from http.server on 127.0.0.1, its Python runs in the page's
Pyodide, and the test does what the Voilà browser test of that dashboard does
(tests/e2e/test_interactions.py): change inputs and read the exact values a person sees.
Every request to another host is aborted and must not have been attempted at all.
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from ..conftest import ARTIFACTS
from ..helpers import (
    DASHBOARDS,
    _answer_in_browser,
    _fill,
    _first_case_questions,
    _select,
    _session,
    _start_quiz,
    _total,
)
from .conftest import TIMINGS, OfflineWatch, _assert_offline_clean

pytestmark = pytest.mark.static

# Pyodide starts in the page: about 20-30 s on two idle cores, more when they are shared.
RENDER_TIMEOUT_MS = 180_000
# A widget change goes through the in-page kernel; allow for a busy machine.
UPDATE_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def _patient_expect():
    expect.set_options(timeout=UPDATE_TIMEOUT_MS)
    yield
    expect.set_options(timeout=5_000)


def _open(watch: OfflineWatch, name: str) -> None:
    """Open voici's page of a dashboard and wait for its first widget; record the time."""
    start = time.monotonic()
    watch.page.goto(f"{watch.base_url}/voici/render/{name}.html")
    # The live cells, not the first paint's inert copy (which comes first in the page).
    expect(
        watch.page.locator(f"#rendered_cells {DASHBOARDS[name + '.ipynb']}").first
    ).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    TIMINGS.setdefault(name, {})["first_render_s"] = round(time.monotonic() - start, 1)


def _round_trip(name: str, started: float) -> None:
    TIMINGS.setdefault(name, {})["round_trip_ms"] = round(1000 * (time.monotonic() - started))


def test_blocked_requests_are_caught(offline):
    """The harness itself: requests to another host, from the page and from a worker, are
    aborted and listed (so the zero-request assertions below can fail)."""
    page = offline.page
    page.goto(f"{offline.base_url}/voici/tree/index.html")
    page.evaluate(
        """async () => {
            try { await fetch("https://cdn.jsdelivr.net/npm/pyodide/pyodide.js"); } catch (e) {}
            const code = 'fetch("https://pypi.org/simple/plotly/").catch(() => {})'
                + '.finally(() => postMessage("done"));';
            const worker = new Worker(URL.createObjectURL(new Blob([code])));
            await new Promise((resolve) => { worker.onmessage = resolve; });
        }"""
    )
    assert "https://cdn.jsdelivr.net/npm/pyodide/pyodide.js" in offline.outside
    assert "https://pypi.org/simple/plotly/" in offline.outside
    with pytest.raises(AssertionError):
        _assert_offline_clean(offline)


def test_start_page_runs_in_the_browser_and_links_to_the_prognosis_dashboard(offline):
    """00: the environment line comes from Pyodide; the link opens voici's page of 01."""
    page = offline.page
    _open(offline, "00_start_here")
    environment = page.locator(".sm-environment")
    expect(environment).to_contain_text(
        "Everything the dashboards need is installed in your browser (static edition)"
    )
    expect(environment).to_contain_text("Python 3.13")
    expect(environment).to_contain_text("anywidget 0.11.0")
    page.get_by_role("link", name="Prognostic scores").click()
    expect(page.locator("#rendered_cells .sm-results").first).to_be_visible(
        timeout=RENDER_TIMEOUT_MS
    )
    assert re.search(r"/voici/render/01_prognostic_scores\.html$", page.url)
    _assert_offline_clean(offline)


def test_prognosis_dashboard_scores_a_patient_entered_through_the_widgets(offline):
    """01: the same renal-cancer patient as the Voilà test gets the same totals and bands."""
    page = offline.page
    _open(offline, "01_prognostic_scores")
    expect(_total(page, "tokuhashi_revised")).to_have_text("11 / 15")  # the breast default
    started = time.monotonic()
    _select(page, "Primary tumour", "kidney")
    expect(_total(page, "tokuhashi_revised")).to_have_text("9 / 15")  # kidney 3 points, not 5
    _round_trip("01_prognostic_scores", started)
    _select(page, "Karnofsky (KPS)", "80%")
    _select(page, "Extraspinal bone foci", "0")
    _select(page, "Vertebral bodies involved", "1")
    _select(page, "Frankel grade", "E: normal motor and sensory function")
    expect(_total(page, "tokuhashi_revised")).to_have_text("13 / 15")
    expect(_total(page, "tokuhashi_original")).to_have_text("11 / 12")
    expect(_total(page, "tomita")).to_have_text("3 / 10")
    expect(_total(page, "katagiri_new")).to_have_text("2 / 10")
    expect(_total(page, "bauer_modified")).to_have_text("4 / 4")
    row = page.locator(".sm-results tr[data-score='tokuhashi_revised']")
    expect(row.locator(".sm-band")).to_have_text("12-15")
    expect(row).to_contain_text("Predicted survival 1 year or more")

    page.locator(".widget-checkbox", has_text="Previous chemotherapy").locator("input").check()
    expect(_total(page, "katagiri_new")).to_have_text("3 / 10")
    _select(page, "Visceral metastases", "present")
    _select(page, "… removable? (Tokuhashi)", "unremovable")
    expect(_total(page, "tokuhashi_revised")).to_have_text("11 / 15")
    expect(row.locator(".sm-band")).to_have_text("9-11")

    # The plotly FigureWidget is drawn and follows the chosen score.
    expect(page.locator(".js-plotly-plot .gtitle")).to_contain_text("Revised Tokuhashi")
    _select(page, "Survival chart for", "Tomita")
    expect(page.locator(".js-plotly-plot .gtitle")).to_contain_text("Tomita")
    expect(page.locator(".sm-chart-caption")).to_contain_text("band 4-5")

    question = page.locator(".sm-check").first
    question.get_by_label("10", exact=True).check()
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator(".sm-check-feedback")).to_contain_text("Correct.")

    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    # voici scrolls inside the page, so make the window tall enough for the whole app first.
    page.set_viewport_size({"width": 1300, "height": 3600})
    page.locator(".sm-prognosis").screenshot(path=shots / "static-01_prognostic_scores.png")
    _assert_offline_clean(offline)


def test_noms_dashboard_walks_a_radioresistant_high_grade_case_to_hybrid_therapy(offline):
    """02: renal cancer, ESCC grade 2, fit: separation surgery then SRS."""
    page = offline.page
    _open(offline, "02_noms_framework")
    card = page.locator(".sm-recommendation [data-branch]")
    expect(card).to_have_attribute("data-branch", "radiosensitive")
    started = time.monotonic()
    _select(page, "Primary tumour", "kidney")
    expect(card).to_have_attribute("data-branch", "resistant-low")
    _round_trip("02_noms_framework", started)
    _select(
        page, "Bilsky ESCC grade", "2: Cord compressed, cerebrospinal fluid still visible around it"
    )
    _select(page, "Level", "T12 (junctional)")
    _select(
        page,
        "Pain",
        "Mechanical pain (relieved by lying down, or worse with movement or loading) (3)",
    )
    _select(page, "Bone lesion", "Lytic (2)")
    expect(page.locator(".sm-sins-result [data-sins]")).to_have_text("8")
    page.get_by_role("button", name="Fit for surgery", exact=True).click()
    expect(card).to_have_attribute("data-branch", "resistant-high-fit")
    expect(page.locator(".sm-recommendation .sm-summary")).to_have_text(
        "Separation surgery, then SRS; surgical consultation"
    )
    expect(page.locator(".sm-figure-caption")).to_contain_text(
        "Radiosensitive to cEBRT? no → ESCC grade? 2-3 → Fit for surgery? fit → "
        "Separation surgery + SRS"
    )
    page.get_by_role("button", name="Not fit for surgery").click()
    expect(card).to_have_attribute("data-branch", "resistant-high-unfit")
    _assert_offline_clean(offline)


def test_in_lecture_mode_the_static_edition_says_live_polls_need_a_server(offline):
    """02 in lecture mode: where a served dashboard offers Start poll, the static page says
    that live polls need the poll server, and links nowhere."""
    page = offline.page
    _open(offline, "02_noms_framework")
    page.locator(".sm-presentation-bar").get_by_role("button", name="Lecture", exact=True).click()
    note = page.locator("#rendered_cells .sm-poll-none").first
    expect(note).to_be_visible()
    expect(note).to_contain_text("Live polls need the poll server")
    assert 0 == page.locator("#rendered_cells .sm-poll-start").count()
    _assert_offline_clean(offline)


def test_separation_dashboard_gap_field_brings_the_cord_under_its_limit(offline):
    """03: typing a 5 mm gap turns 24 Gy x 1 from over the limit to within it."""
    page = offline.page
    _open(offline, "03_separation_surgery")
    result = page.locator(".sm-cord-result")
    expect(result.locator(".sm-verdict")).to_have_text("OVER the limit")
    expect(result.locator(".sm-cord-dose")).to_have_text("24.0")
    expect(result.locator(".sm-min-gap")).to_have_text("4.9")
    started = time.monotonic()
    _fill(page, "Tumour-to-cord gap", "5")
    expect(result.locator(".sm-cord-dose")).to_have_text("12.0")
    _round_trip("03_separation_surgery", started)
    expect(result.locator(".sm-verdict")).to_have_text("within the limit")
    _select(page, "Fractions", "3")
    expect(result).to_contain_text("limit of 20.3 Gy")
    _assert_offline_clean(offline)


def test_srs_dashboard_schedule_choice_updates_bed_eqd2_and_fracture_group(offline):
    """04: 30 Gy / 10 shows EQD2 32.5 Gy; 24 Gy x 1 is the highest fracture-risk group."""
    page = offline.page
    _open(offline, "04_stereotactic_radiosurgery")
    calc = page.locator(".sm-calculator")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("44.0")
    expect(calc).to_contain_text("LQ model stretched")
    started = time.monotonic()
    _select(page, "Schedule", "30 Gy / 10 (cEBRT)")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("32.5")
    _round_trip("04_stereotactic_radiosurgery", started)
    expect(calc.locator(".sm-bed-tumour")).to_have_text("39.0")
    expect(calc).not_to_contain_text("LQ model stretched")
    _select(page, "Schedule", "24 Gy x 1 (SBRT)")
    expect(page.locator(".sm-vcf .sm-vcf-group")).to_contain_text("highest-risk group")
    _fill(page, "Fractions", "3")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("36.0")
    expect(page.locator(".widget-dropdown:has(label:text-is('Schedule')) select")).to_have_value(
        "custom"
    )
    _assert_offline_clean(offline)


def test_srs_dashboard_typesets_the_bed_formula_offline(offline, screenshots):
    """04 in the static edition shows the BED/EQD2 formula typeset by a MathJax served with
    the site, never the raw TeX, with nothing fetched from elsewhere."""
    page = offline.page
    _open(offline, "04_stereotactic_radiosurgery")
    formula = page.locator("mjx-container[display='true']", has_text=re.compile("BED"))
    expect(formula).to_have_count(1)
    expect(formula).to_be_visible()
    expect(page.get_by_text("$$BED")).to_have_count(0)
    formula.evaluate("(el) => el.scrollIntoView({block: 'center'})")
    page.screenshot(path=screenshots / "static-04-formula.png")
    _assert_offline_clean(offline)


def test_rcc_dashboard_corrected_calcium_moves_the_imdc_group(offline):
    """05: a low albumin turns a normal calcium into the third IMDC factor."""
    page = offline.page
    _open(offline, "05_targeted_therapy_rcc")
    imdc_group = page.locator(".sm-rcc-results [data-model='imdc'] .sm-group")
    started = time.monotonic()
    _fill(page, "Albumin", "4.0")
    expect(page.locator(".sm-corrected-ca")).to_have_text("9.8")
    _round_trip("05_targeted_therapy_rcc", started)
    expect(imdc_group).to_have_text("Intermediate risk")
    _fill(page, "Calcium, measured", "9.6")
    _fill(page, "Albumin", "2.2")
    expect(page.locator(".sm-corrected-ca")).to_have_text("11.0")
    expect(page.locator(".sm-calcium")).to_contain_text("The trap")
    expect(imdc_group).to_have_text("Poor risk")
    expect(page.locator(".sm-rcc-results [data-model='mskcc_2002'] .sm-group")).to_have_text(
        "Intermediate risk"
    )
    _assert_offline_clean(offline)


def test_quiz_self_study_completes_one_case_with_feedback(offline):
    """06: the case bank (YAML shipped in the spinemet wheel, read by PyYAML in Pyodide) gives
    the same session and choice order as in CPython; every correct answer shows 'Correct.' and
    the final score matches."""
    page = offline.page
    _open(offline, "06_case_quiz")
    started = time.monotonic()
    _start_quiz(page, "Self-study", 3)
    _round_trip("06_case_quiz", started)
    session = _session("self_study", 3)
    questions = _first_case_questions(session)
    for n, question in enumerate(questions, start=1):
        expect(page.locator(".sm-question-prompt")).to_have_text(question.prompt)
        if question.type == "single_choice":  # Pyodide shuffles exactly as CPython does
            expect(page.locator(".sm-quiz-answer .widget-radio-box label")).to_have_text(
                [c.text for c in session.choices(n - 1)]
            )
        _answer_in_browser(page, question)
        page.get_by_role("button", name="Submit answer").click()
        feedback = page.locator(".sm-quiz-feedback")
        expect(feedback).to_contain_text("Correct.")
        if question.key is not None:
            expect(feedback).to_contain_text("How the core computes it")
        expect(page.locator(".sm-quiz-status")).to_contain_text(f"answered {n}")
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Finish and see report").click()
    n = len(questions)
    expect(page.locator(".sm-quiz-score")).to_contain_text(
        f"Score: {n} correct of {n} answered ({len(session)} in quiz)"
    )
    _assert_offline_clean(offline)
