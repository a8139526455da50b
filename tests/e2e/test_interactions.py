"""Browser tests of what a person does on each dashboard."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from .helpers import (
    FIRST_RENDER_TIMEOUT_MS,
    _answer_in_browser,
    _assert_clean,
    _fill,
    _first_case_questions,
    _open,
    _select,
    _session,
    _settled,
    _start_quiz,
    _templates_box,
    _total,
)

pytestmark = pytest.mark.e2e


def test_prognosis_dashboard_scores_a_patient_entered_through_the_widgets(watch, screenshots):
    """A renal-cancer patient entered by selections gets the published totals and bands."""
    page = watch.page
    _open(watch, "01_prognostic_scores.ipynb")
    _select(page, "Primary tumour", "kidney")
    _select(page, "Karnofsky (KPS)", "80%")
    _select(page, "Extraspinal bone foci", "0")
    _select(page, "Vertebral bodies involved", "1")
    _select(page, "Frankel grade", "E: normal motor and sensory function")
    # kidney, KPS 80, solitary lesion, no visceral disease, Frankel E:
    expect(_total(page, "tokuhashi_revised")).to_have_text("13 / 15")  # 2+2+2+2+3+2
    expect(_total(page, "tokuhashi_original")).to_have_text("11 / 12")  # 2+2+2+2+1+2
    expect(_total(page, "tomita")).to_have_text("3 / 10")  # 2+0+1
    expect(_total(page, "katagiri_new")).to_have_text("2 / 10")  # moderate growth only
    expect(_total(page, "bauer_modified")).to_have_text("4 / 4")
    row = page.locator(".sm-results tr[data-score='tokuhashi_revised']")
    expect(row.locator(".sm-band")).to_have_text("12-15")
    expect(row).to_contain_text("Predicted survival 1 year or more")
    expect(page.locator(".sm-discordance [data-level]")).to_have_attribute(
        "data-level", "concordant"
    )

    # Real clicks: previous chemotherapy, then unremovable visceral disease.
    page.locator(".widget-checkbox", has_text="Previous chemotherapy").locator("input").check()
    expect(_total(page, "katagiri_new")).to_have_text("3 / 10")
    _select(page, "Visceral metastases", "present")
    _select(page, "… removable? (Tokuhashi)", "unremovable")
    expect(_total(page, "tokuhashi_revised")).to_have_text("11 / 15")
    expect(row.locator(".sm-band")).to_have_text("9-11")
    expect(page.locator(".sm-flips")).to_contain_text("visceral disease removable → yes")

    # The chart follows the chosen score.
    expect(page.locator(".js-plotly-plot .gtitle")).to_contain_text("Revised Tokuhashi")
    expect(page.locator(".js-plotly-plot .annotation-text")).to_contain_text(
        "predicted: under 6 months"
    )
    expect(page.locator(".sm-chart-caption .sm-era-note")).to_contain_text("18 months")
    page.locator(".js-plotly-plot").screenshot(path=screenshots / "01_prognosis-era-mark.png")
    _select(page, "Survival chart for", "Tomita")
    expect(page.locator(".sm-chart-caption .sm-era-note")).to_have_count(0)
    expect(page.locator(".js-plotly-plot .gtitle")).to_contain_text("Tomita")
    expect(page.locator(".sm-chart-caption")).to_contain_text("band 4-5")  # 2 + 2 (treatable) + 1

    # A check-yourself question answered with the mouse.
    question = page.locator(".sm-check").first
    question.get_by_label("10", exact=True).check()
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator(".sm-check-feedback")).to_contain_text("Correct.")

    page.screenshot(path=screenshots / "01_prognostic_scores-after-input.png", full_page=True)
    _assert_clean(watch)


def test_start_page_links_open_the_prognosis_dashboard(watch):
    """The start page's link to 01 opens the dashboard inside Voilà."""
    page = watch.page
    _open(watch, "00_start_here.ipynb")
    page.get_by_role("link", name="Prognostic scores").click()
    expect(page.locator(".sm-results").first).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    assert re.search(r"/voila/render/01_prognostic_scores\.ipynb$", page.url)
    _assert_clean(watch)


def test_noms_dashboard_walks_a_radioresistant_high_grade_case_to_hybrid_therapy(
    watch, screenshots
):
    """Renal cancer with grade 2 compression, fit: separation surgery then SRS, path highlighted."""
    page = watch.page
    _open(watch, "02_noms_framework.ipynb")
    card = page.locator(".sm-recommendation [data-branch]")
    expect(card).to_have_attribute("data-branch", "radiosensitive")  # breast by default
    _select(page, "Primary tumour", "kidney")
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
    expect(page.locator(".sm-sins-result [data-sins]")).to_have_text("8")  # 3 + 3 + 2
    page.get_by_role("button", name="Fit for surgery", exact=True).click()
    expect(card).to_have_attribute("data-branch", "resistant-high-fit")
    expect(page.locator(".sm-recommendation .sm-summary")).to_have_text(
        "Separation surgery, then SRS; surgical consultation"
    )
    # The decision diagram highlights the path taken (bold, boxed steps).
    expect(page.locator(".js-plotly-plot .annotation-text", has_text="Separation")).to_have_count(1)
    hybrid = page.locator(".js-plotly-plot .annotation", has_text="Separation")
    expect(hybrid.locator("text b, text tspan[style*='bold']").first).to_be_attached()
    expect(
        page.locator(
            ".js-plotly-plot .gtitle, .js-plotly-plot .annotation-text", has_text="ESCC grade 2"
        )
    ).to_have_count(1)
    expect(page.locator(".sm-figure-caption")).to_contain_text(
        "Radiosensitive to cEBRT? no → ESCC grade? 2-3 → Fit for surgery? fit → "
        "Separation surgery + SRS"
    )
    expect(page.locator(".sm-changes")).to_contain_text("fit for surgery → no gives cEBRT")

    # The learner changes the systemic call: the plan falls back to conventional EBRT.
    page.get_by_role("button", name="Not fit for surgery").click()
    expect(card).to_have_attribute("data-branch", "resistant-high-unfit")
    page.get_by_role("button", name="Fit for surgery", exact=True).click()
    expect(card).to_have_attribute("data-branch", "resistant-high-fit")
    page.screenshot(path=screenshots / "02_noms_framework-hybrid.png", full_page=True)
    page.locator(".js-plotly-plot").screenshot(path=screenshots / "02_noms_framework-figure.png")
    _assert_clean(watch)


def test_separation_dashboard_gap_field_brings_the_cord_under_its_limit(watch, screenshots):
    """Typing a 5 mm gap turns 24 Gy x 1 from over the limit to within it."""
    page = watch.page
    _open(watch, "03_separation_surgery.ipynb")
    result = page.locator(".sm-cord-result")
    expect(result.locator(".sm-verdict")).to_have_text("OVER the limit")
    expect(result.locator(".sm-cord-dose")).to_have_text("24.0")
    expect(result.locator(".sm-min-gap")).to_have_text("4.9")
    expect(result.locator(".sm-gap-note .sm-gradient-low")).to_have_text("24.2%")
    _fill(page, "Tumour-to-cord gap", "5")
    expect(result.locator(".sm-cord-dose")).to_have_text("12.0")
    expect(result.locator(".sm-verdict")).to_have_text("within the limit")
    _select(page, "Fractions", "3")
    expect(result).to_contain_text("limit of 20.3 Gy")
    page.locator(".js-plotly-plot").screenshot(path=screenshots / "03_separation-figure.png")
    _assert_clean(watch)


def test_srs_dashboard_schedule_choice_updates_bed_eqd2_and_fracture_group(watch, screenshots):
    """Choosing 30 Gy / 10 shows EQD2 32.5 Gy and drops the LQ flag; 24 Gy x 1 is high VCF risk."""
    page = watch.page
    _open(watch, "04_stereotactic_radiosurgery.ipynb")
    calc = page.locator(".sm-calculator")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("44.0")
    expect(calc).to_contain_text("LQ model stretched")
    _select(page, "Schedule", "30 Gy / 10 (cEBRT)")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("32.5")
    expect(calc.locator(".sm-bed-tumour")).to_have_text("39.0")
    expect(calc).not_to_contain_text("LQ model stretched")
    _select(page, "Schedule", "24 Gy x 1 (SBRT)")
    expect(page.locator(".sm-vcf .sm-vcf-group")).to_contain_text("highest-risk group")
    _fill(page, "Fractions", "3")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("36.0")  # 24 Gy in 3 fractions
    expect(page.locator(".widget-dropdown:has(label:text-is('Schedule')) select")).to_have_value(
        "custom"
    )
    page.locator(".js-plotly-plot").screenshot(path=screenshots / "04_srs-figure.png")
    _select(page, "Schedule", "8 Gy x 1 (cEBRT)")
    expect(page.locator(".sm-vcf .sm-vcf-not-applicable")).to_contain_text("do not apply")
    expect(page.locator(".sm-vcf .sm-vcf-group")).to_have_count(0)
    page.set_viewport_size({"width": 1280, "height": 800})
    pain = page.locator(".js-plotly-plot .annotation-text", has_text="SC.24: complete pain")
    pain.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "04_srs-pain-panels-1280x800.png")
    control = page.locator(".js-plotly-plot .annotation-text", has_text="Local control after")
    control.scroll_into_view_if_needed()
    page.mouse.wheel(0, 500)
    page.screenshot(path=screenshots / "04_srs-local-control-1280x800.png")
    _assert_clean(watch)


def test_rcc_dashboard_corrected_calcium_moves_the_imdc_group(watch, screenshots):
    """Raw values typed in: a low albumin turns a normal calcium into the third IMDC factor."""
    page = watch.page
    _open(watch, "05_targeted_therapy_rcc.ipynb")
    imdc_group = page.locator(".sm-rcc-results [data-model='imdc'] .sm-group")
    _fill(page, "Albumin", "4.0")
    expect(page.locator(".sm-corrected-ca")).to_have_text("9.8")
    expect(imdc_group).to_have_text("Intermediate risk")
    _fill(page, "Calcium, measured", "9.6")
    _fill(page, "Albumin", "2.2")
    expect(page.locator(".sm-corrected-ca")).to_have_text("11.0")  # 9.6 + 0.8 x 1.8
    expect(page.locator(".sm-calcium")).to_contain_text("The trap")
    expect(imdc_group).to_have_text("Poor risk")
    expect(page.locator(".sm-rcc-results [data-model='mskcc_2002'] .sm-group")).to_have_text(
        "Intermediate risk"
    )
    page.locator(".js-plotly-plot").screenshot(path=screenshots / "05_rcc-figure.png")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.locator("summary", has_text="First-line trials as a table").click()
    trials = page.locator("details:has(summary:text-is('First-line trials as a table')) table")
    expect(trials).to_contain_text("not reached in either arm")
    expect(trials).to_contain_text("not reached vs 26")
    trials.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "05_rcc-trials-table-1280x800.png")
    _assert_clean(watch)


def test_prognosis_subtype_panel_follows_the_primary(watch):
    """Choosing lung shows the 10-point ceiling; ticking targeted therapy lowers Katagiri."""
    page = watch.page
    _open(watch, "01_prognostic_scores.ipynb")
    _select(page, "Primary tumour", "lung")
    panel = page.locator(".sm-subtypes")
    expect(panel.locator(".sm-ceiling")).to_have_text("10")
    before = _total(page, "katagiri_new").inner_text()
    page.locator(".widget-checkbox", has_text="Molecularly targeted therapy").locator(
        "input"
    ).check()
    expect(_total(page, "katagiri_new")).not_to_have_text(before)
    expect(panel).to_contain_text("is 2 point(s) now and would be 3")
    _assert_clean(watch)


def test_quiz_self_study_completes_one_case_with_feedback(watch):
    """Self-study: choices in the seeded order; each correct answer submitted shows 'Correct.'
    and the core's computation."""
    page = watch.page
    _open(watch, "06_case_quiz.ipynb")
    _start_quiz(page, "Self-study", 3)
    session = _session("self_study", 3)
    questions = _first_case_questions(session)
    for n, question in enumerate(questions, start=1):
        expect(page.locator(".sm-question-prompt")).to_have_text(question.prompt)
        if question.type == "single_choice":  # shown in the session's seeded order
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
    n, total = len(questions), len(_session("self_study", 3))
    expect(page.locator(".sm-quiz-score")).to_contain_text(
        f"Score: {n} correct of {n} answered ({total} in quiz)"
    )
    _assert_clean(watch)


def test_quiz_exam_reports_the_score_only_at_the_end(watch, screenshots):
    """Exam: no feedback while answering; the report shows the score after Finish."""
    page = watch.page
    _open(watch, "06_case_quiz.ipynb")
    _start_quiz(page, "Exam", 4)
    session = _session("exam", 4)
    questions = _first_case_questions(session)
    for question in questions:
        _answer_in_browser(page, question)
        page.get_by_role("button", name="Submit answer").click()
        expect(page.locator(".sm-quiz-feedback")).to_contain_text("Feedback comes with the report")
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Finish and see report").click()
    expect(page.locator(".sm-confirm")).to_contain_text("Finish the exam?")
    page.get_by_role("button", name="Finish the exam").click()
    n = len(questions)
    expect(page.locator(".sm-quiz-score")).to_have_text(
        f"Score: {n} correct of {n} answered ({len(session)} in quiz)"
    )
    page.screenshot(path=screenshots / "06_case_quiz-exam-report.png", full_page=True)
    _assert_clean(watch)


def test_quiz_lecture_reveals_answers_on_cue_in_large_type(watch, screenshots):
    """Lecture: large type, no answer until the presenter presses Reveal."""
    page = watch.page
    _open(watch, "06_case_quiz.ipynb")
    _start_quiz(page, "Lecture", 5)
    expect(page.locator(".sm-quiz.sm-lecture")).to_have_count(1)
    for question in _first_case_questions(_session("lecture", 5)):
        expect(page.locator(".sm-quiz-feedback")).to_contain_text("The presenter reveals")
        page.get_by_role("button", name="Reveal answer").click()
        if question.type == "numeric":
            expect(page.locator(".sm-correct-answer")).to_have_text(f"{question.answer:g}")
        else:
            expect(page.locator(".sm-quiz-feedback")).to_contain_text(question.correct_texts[0])
        page.get_by_role("button", name="Next").click()
    page.screenshot(path=screenshots / "06_case_quiz-lecture.png", full_page=True)
    _assert_clean(watch)


def _start_quiz_on(page, topic_label: str, seed: int) -> None:
    """Start a self-study quiz of hand-written cases on one topic with a given seed."""
    quiz = page.locator(".sm-quiz")
    quiz.get_by_role("button", name="Self-study", exact=True).click()
    _templates_box(page).locator("input").uncheck()
    for box in quiz.locator(".widget-hbox .widget-checkbox").all():
        inp = box.locator("input")
        if topic_label == box.inner_text().strip():
            inp.check()
        else:
            inp.uncheck()
    _fill(page, "Seed", str(seed))
    page.get_by_role("button", name="Start quiz").click()
    expect(page.locator(".sm-quiz-status")).to_contain_text(f"seed {seed}")


def _go_to_question(page, session, start: int, case_id: str, question_id: str) -> int:
    """Press Next from question ``start`` (0-based) to the given one; return its index."""
    target = session.items.index((case_id, question_id))
    for n in range(start + 1, target + 1):
        page.get_by_role("button", name="Next").click()
        expect(page.locator(".sm-quiz-status")).to_contain_text(
            f"Question {n + 1} of {len(session)}"
        )
    return target


def test_quiz_numeric_answer_starts_empty_refuses_empty_submit_and_reads_a_decimal_comma(watch):
    """Issue 14: Submit with the number field empty records nothing and says 'Enter an answer
    first'; '2,4' is 2.4: wrong for a cord dose of 24 Gy, right for a gap of 2.48 mm."""
    from spinemet_core.cases import load_bank
    from spinemet_core.quiz import QuizSession

    from .conftest import ROOT

    page = watch.page
    _open(watch, "06_case_quiz.ipynb")
    _start_quiz_on(page, "Separation surgery", 3)  # seed 3 shows sep-02 min-gap before sep-07
    cases, _problems = load_bank(ROOT / "cases")
    session = QuizSession(cases, mode="self_study", seed=3, topics=["separation_surgery"])
    status, feedback = page.locator(".sm-quiz-status"), page.locator(".sm-quiz-feedback")
    field = page.locator(".sm-quiz-answer input[type='text']")

    at = _go_to_question(page, session, 0, "sep-02", "min-gap")  # 2.48 mm, tolerance 0.1
    expect(field).to_have_value("")
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator(".sm-answer-message")).to_have_text("Enter an answer first.")
    expect(status).to_contain_text("answered 0")
    expect(feedback).to_have_text("")
    field.fill("2,4")
    page.get_by_role("button", name="Submit answer").click()
    expect(feedback).to_contain_text("Correct.")
    expect(status).to_contain_text("answered 1")

    _go_to_question(page, session, at, "sep-07", "cord-dose")  # 24 Gy: 2,4 is not 24
    field.fill("2,4")
    page.get_by_role("button", name="Submit answer").click()
    expect(feedback).to_contain_text("Not quite.")
    expect(page.locator(".sm-correct-answer")).to_have_text("24")
    expect(status).to_contain_text("answered 2")
    _assert_clean(watch)


def test_quiz_progress_export_then_import_round_trip(chromium, voila_url, tmp_path):
    """Download progress, open a fresh page, load it: the answers are back; a changed file
    and 2 kB of nested brackets are refused ('Not loaded: ...') and the session left as it
    was; the same file chosen again loads again."""

    from .conftest import PROGRESS_FILE, PageWatch

    first = PageWatch(chromium, voila_url)
    try:
        _open(first, "06_case_quiz.ipynb")
        _start_quiz(first.page, "Self-study", 6)
        question = _first_case_questions(_session("self_study", 6))[0]
        _answer_in_browser(first.page, question)
        first.page.get_by_role("button", name="Submit answer").click()
        expect(first.page.locator(".sm-quiz-status")).to_contain_text("answered 1")
        with first.page.expect_download() as info:
            first.page.get_by_text("Download progress (JSON)").click()
        saved = tmp_path / "progress.json"
        info.value.save_as(saved)
    finally:
        first.close()
    PROGRESS_FILE.unlink()  # the second page stands for another computer: nothing autosaved
    data = json.loads(saved.read_text())
    assert 1 == len(data["responses"])
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({**data, "seed": 99}))
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 2048)

    second = PageWatch(chromium, voila_url)
    try:
        page = second.page
        _open(second, "06_case_quiz.ipynb")

        def upload(path):
            with page.expect_file_chooser() as chooser:
                page.locator(".sm-quiz .widget-upload").click()
            chooser.value.set_files(str(path))

        upload(saved)
        expect(page.locator(".sm-quiz-import")).to_contain_text("1 answer(s) restored")
        expect(page.locator(".sm-quiz-status")).to_contain_text("seed 6")
        expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1")
        upload(tampered)
        expect(page.locator(".sm-quiz-import")).to_contain_text("Not loaded")
        expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1")
        upload(nested)  # 2 kB of brackets: once an uncaught RecursionError
        expect(page.locator(".sm-quiz-import")).to_contain_text(
            "Not loaded: the file is nested deeper than"
        )
        expect(page.locator(".sm-quiz-status")).to_contain_text("answered 1")
        upload(saved)  # the same file again loads again, once the replacement is confirmed
        expect(page.locator(".sm-confirm")).to_contain_text("Replace this session")
        page.get_by_role("button", name="Replace with the file").click()
        expect(page.locator(".sm-quiz-import")).to_contain_text("1 answer(s) restored")
        _assert_clean(second)
    finally:
        second.close()


def test_noms_dashboard_works_from_the_keyboard_alone(watch, screenshots):
    """Tab, arrow keys, letters and Space alone walk a renal-cancer case to hybrid therapy."""
    page = watch.page
    _open(watch, "02_noms_framework.ipynb")

    def tab_to(label: str, tag: str = "SELECT") -> None:
        for _ in range(250):
            page.keyboard.press("Tab")
            found = page.evaluate(
                """([label, tag]) => {
                    const el = document.activeElement;
                    if (!el || el.tagName !== tag) return false;
                    const box = el.closest('.widget-dropdown, .widget-toggle-buttons');
                    const text = box && box.querySelector('label');
                    return tag === 'BUTTON' ? el.textContent.trim() === label
                                            : !!text && text.textContent.trim() === label;
                }""",
                [label, tag],
            )
            if found:
                return
        pytest.fail(f"could not reach {label!r} with the Tab key")

    tab_to("Bilsky ESCC grade")
    for _ in range(4):
        page.keyboard.press("ArrowDown")  # 0 -> 1a -> 1b -> 1c -> 2
    tab_to("Primary tumour")
    page.keyboard.type("kidney")
    card = page.locator(".sm-recommendation [data-branch]")
    expect(card).to_have_attribute("data-branch", "resistant-high-fit")
    tab_to("Not fit for surgery", "BUTTON")
    page.keyboard.press("Space")
    expect(card).to_have_attribute("data-branch", "resistant-high-unfit")
    tab_to("Fit for surgery", "BUTTON")
    page.keyboard.press("Enter")
    expect(page.locator(".sm-recommendation .sm-summary")).to_have_text(
        "Separation surgery, then SRS"
    )
    _assert_clean(watch)


def test_prognosis_dashboard_flags_kps_30_with_ecog_0_naming_the_conversion(watch, screenshots):
    """KPS 30% with ECOG 0 shows a flag beside the fields naming Buccheri 1996; scores stay."""
    page = watch.page
    _open(watch, "01_prognostic_scores.ipynb")
    _select(page, "Karnofsky (KPS)", "80%")
    _select(page, "ECOG performance status", "1")
    note = page.locator(".sm-performance [data-consistent]")
    expect(note).to_have_attribute("data-consistent", "true")
    expect(note).to_contain_text("KPS 80% and ECOG 1 agree under the Buccheri 1996 conversion")
    _select(page, "Karnofsky (KPS)", "30%")
    _select(page, "ECOG performance status", "0")
    flag = page.locator(".sm-performance .sm-ps-flag")
    expect(flag).to_be_visible()
    expect(flag).to_have_attribute("data-conversion", "buccheri1996")
    expect(flag).to_contain_text("KPS 30% and ECOG 0 do not agree")
    expect(flag).to_contain_text("Buccheri 1996 conversion (buccheri1996)")
    expect(flag).to_contain_text("pairs KPS 30% with ECOG 3-4")
    # The entries are kept and still scored: KPS 30% gives 0 points in revised Tokuhashi.
    kps = page.locator(".widget-dropdown:has(label:text-is('Karnofsky (KPS)')) select")
    expect(kps.locator("option:checked")).to_have_text("30%")
    expect(_total(page, "tokuhashi_revised")).to_have_text("10 / 15")
    flag.locator("summary").click()
    expect(flag).to_contain_text("Prasad 2018 (prasad2018) pairs KPS 30% with ECOG 4")
    page.screenshot(path=screenshots / "01_ps_flag-desktop.png", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    flag.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "01_ps_flag-phone.png", full_page=False)
    _assert_clean(watch)


def test_noms_dashboard_flags_poor_systemic_findings_beside_a_fit_call(watch, screenshots):
    """ECOG 3-4, severe comorbidity, progressing disease, fit: flagged; the plan is the call's."""
    page = watch.page
    _open(watch, "02_noms_framework.ipynb")
    _select(page, "Primary tumour", "kidney")
    _select(
        page, "Bilsky ESCC grade", "2: Cord compressed, cerebrospinal fluid still visible around it"
    )
    flag = page.locator(".sm-systemic .sm-systemic-flag")
    summary = page.locator(".sm-recommendation .sm-summary")
    expect(summary).to_have_text("Separation surgery, then SRS")
    expect(flag).to_have_count(0)  # the page has settled: the plan above is rendered
    _select(page, "Performance (ECOG)", "3-4: mostly in bed")
    _select(page, "Comorbidity", "severe or uncontrolled")
    _select(page, "Systemic disease", "extensive, progressing")
    expect(flag).to_have_attribute("data-concerns", "3")
    expect(flag).to_contain_text("“Fit for surgery” is chosen, and 3 findings argue against it")
    for text in ("ECOG 3-4", "Katagiri 2014", "Laufer 2013", "Patchell 2005", "stays yours"):
        expect(flag).to_contain_text(text)
    # The call and the plan are untouched: still the learner's.
    fit = page.get_by_role("button", name="Fit for surgery", exact=True)
    expect(fit).to_have_class(re.compile(r"mod-active"))
    expect(summary).to_have_text("Separation surgery, then SRS")
    expect(page.locator(".sm-plan-note")).to_contain_text("3 systemic findings argue against it")
    page.get_by_role("button", name="Not fit for surgery").click()
    expect(summary).to_have_text("cEBRT")
    expect(flag).to_have_count(0)
    fit.click()
    expect(flag).to_be_visible()
    flag.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "02_systemic_flag-desktop.png", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    flag.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "02_systemic_flag-phone.png", full_page=False)


def _unit(page, label: str, unit: str) -> None:
    """Choose the unit of the number field labelled ``label`` (its dropdown beside it)."""
    page.locator(f".sm-field:has(label:text-is('{label}')) select").select_option(label=unit)


def _field_message(page, label: str):
    return page.locator(f".sm-field:has(label:text-is('{label}')) .sm-field-message")


def test_rcc_dashboard_reads_calcium_in_mmol_per_l_and_albumin_in_g_per_l(watch):
    """Issue 14 item 1: calcium 2,45 mmol/L with albumin 25 g/L is corrected to 11.0 mg/dL,
    and the calcium factor counts in IMDC and in both MSKCC versions."""
    page = watch.page
    _open(watch, "05_targeted_therapy_rcc.ipynb")
    _fill(page, "Albumin", "4.0")  # leave the teaching patient's trap first
    expect(page.locator(".sm-corrected-ca")).to_have_text("9.8")
    _unit(page, "Calcium, measured", "mmol/L")
    expect(_field_message(page, "Calcium, measured")).to_contain_text("did you mean 9.8 mg/dL")
    expect(page.locator(".sm-withheld")).to_have_count(1)
    _fill(page, "Calcium, measured", "2,45")
    _unit(page, "Albumin", "g/L")
    _fill(page, "Albumin", "25")
    expect(page.locator(".sm-corrected-ca")).to_have_text("11.0")
    expect(page.locator(".sm-calcium")).to_contain_text("2,45 mmol/L")
    results = page.locator(".sm-rcc-results")
    expect(results.locator("[data-model='imdc']")).to_contain_text(
        "☒ Corrected calcium above the upper limit of normal"
    )
    for model in ("mskcc_1999", "mskcc_2002"):
        expect(results.locator(f"[data-model='{model}']")).to_contain_text(
            "☒ Corrected calcium above 10 mg/dL"
        )
    expect(results.locator("[data-model='imdc'] .sm-group")).to_have_text("Poor risk")
    expect(page.locator(".sm-field-message .sm-field-error")).to_have_count(0)
    _assert_clean(watch)


def test_separation_dashboard_reads_a_gap_typed_with_a_decimal_comma(watch, screenshots):
    """Issue 14 item 5: a gap of "2,5" mm is 2.5 mm (the core's cord dose), never 10 mm."""
    from spinemet_core.separation import check_cord

    expected = check_cord(prescription_dose=24, fractions=1, separation_mm=2.5)
    page = watch.page
    _open(watch, "03_separation_surgery.ipynb")
    result = page.locator(".sm-cord-result")
    expect(result.locator(".sm-cord-dose")).to_have_text("24.0")
    _fill(page, "Tumour-to-cord gap", "2,5")
    expect(result.locator(".sm-cord-dose")).to_have_text(f"{expected.cord_dose:.1f}")  # 18.0
    expect(result.locator(".sm-verdict")).to_have_text("OVER the limit")
    expect(
        page.locator(".widget-text:has(label:text-is('Tumour-to-cord gap')) input")
    ).to_have_value("2,5")
    _fill(page, "Tumour-to-cord gap", "")
    expect(_field_message(page, "Tumour-to-cord gap")).to_have_text("Enter a value")
    expect(result.locator(".sm-withheld")).to_have_count(1)
    expect(result.locator(".sm-cord-dose")).to_have_count(0)
    result.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "03_separation-field-error.png")
    _assert_clean(watch)


def test_srs_dashboard_refuses_fractions_typed_with_a_decimal_comma(watch, screenshots):
    """Issue 14 item 5: "4,5" fractions is not a whole number: a message, and no result."""
    page = watch.page
    _open(watch, "04_stereotactic_radiosurgery.ipynb")
    calc = page.locator(".sm-calculator")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("44.0")
    _fill(page, "Fractions", "4,5")
    expect(_field_message(page, "Fractions")).to_have_text("'4,5' is not a whole number")
    expect(calc.locator(".sm-withheld")).to_have_count(1)
    expect(calc.locator(".sm-eqd2-tumour")).to_have_count(0)
    expect(page.locator(".sm-vcf .sm-vcf-group")).to_have_count(0)
    expect(
        page.locator(".js-plotly-plot .annotation-text", has_text="No result yet")
    ).to_have_count(1)
    _field_message(page, "Fractions").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "04_srs-field-error.png")
    _fill(page, "Fractions", "3")
    expect(calc.locator(".sm-eqd2-tumour")).to_have_text("36.0")  # 24 Gy in 3 fractions
    _assert_clean(watch)


def test_rcc_dashboard_reads_months_typed_with_a_decimal_comma(watch, screenshots):
    """Issue 14 item 5: "4,5" months is 4.5, under one year: the factor counts (never 45);
    an out-of-range value shows its message beside the field (screenshots at two widths)."""
    page = watch.page
    _open(watch, "05_targeted_therapy_rcc.ipynb")
    results = page.locator(".sm-rcc-results")
    expect(results.locator("[data-model='imdc']")).to_contain_text(
        "☐ Less than 1 year from diagnosis to systemic treatment"
    )
    _fill(page, "Months, diagnosis to treatment", "4,5")
    for model in ("imdc", "mskcc_2002"):
        expect(results.locator(f"[data-model='{model}']")).to_contain_text(
            "☒ Less than 1 year from diagnosis to"
        )
    _fill(page, "Calcium, measured", "2.45")
    message = _field_message(page, "Calcium, measured")
    expect(message).to_contain_text("did you mean 2.45 mmol/L (= 9.82 mg/dL)?")
    expect(message.locator("[role='alert']")).to_have_count(1)
    expect(page.locator(".sm-calcium .sm-withheld")).to_have_count(1)
    expect(results.locator(".sm-group")).to_have_count(0)
    message.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "05_rcc-field-error-desktop.png")
    page.set_viewport_size({"width": 390, "height": 844})
    message.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "05_rcc-field-error-phone.png")
    _assert_clean(watch)


def test_quiz_lists_a_case_file_with_a_duplicated_key_and_keeps_the_others(
    chromium, tmp_path, monkeypatch
):
    """Issue 14 item 2: a second `questions:` block no longer replaces the first silently; the
    quiz names the file, the line and the reason, and the valid case is still there."""
    from pathlib import Path

    from tools.launch import Voila

    from .conftest import ARTIFACTS, PageWatch

    good = Path(__file__).parents[1] / "cases" / "fixtures" / "good" / "noms_framework"
    source = (good / "good-noms.yaml").read_text()
    (tmp_path / "noms_framework").mkdir()
    (tmp_path / "noms_framework" / "good-noms.yaml").write_text(source)
    (tmp_path / "noms_framework" / "dup.yaml").write_text(
        source.replace("id: good-noms", "id: dup") + "questions: []\n"
    )
    monkeypatch.setenv("SPINEMET_CASES", str(tmp_path))
    with Voila("notebooks", ARTIFACTS / "voila-bad-bank.log") as server:
        watch = PageWatch(chromium, server.url)
        try:
            _open(watch, "06_case_quiz.ipynb")
            problems = watch.page.locator(".sm-quiz-bank")
            expect(problems).to_contain_text("1 case file(s) not loaded")
            problems.locator("summary").click()
            expect(problems).to_contain_text("dup.yaml")
            expect(problems).to_contain_text(re.compile(r"duplicate key 'questions' \(line \d+"))
            _settled(watch)
            _assert_clean(watch)
        finally:
            watch.close()


def test_prognosis_dashboard_nesms_panel_follows_bauer_ambulation_and_albumin(watch, screenshots):
    """Issue 15: NESMS takes the form's modified Bauer total, its own ambulation box and an
    albumin typed in g/dL or g/L; the validation section shows the cited c-statistics."""
    page = watch.page
    page.set_viewport_size({"width": 1280, "height": 800})
    _open(watch, "01_prognostic_scores.ipynb")
    result = page.locator(".sm-nesms .sm-nesms-result")
    # Default patient: breast, no visceral disease, several lesions: modified Bauer 3 -> 2 points.
    expect(_total(page, "bauer_modified")).to_have_text("3 / 4")
    expect(result).to_have_attribute("data-total", "3")  # 2 + 1 + 1, capped at 3
    _select(page, "Primary tumour", "lung")
    expect(_total(page, "bauer_modified")).to_have_text("1 / 4")
    expect(result).to_have_attribute("data-total", "2")
    page.locator(".widget-checkbox", has_text="Walks independently (NESMS)").locator(
        "input"
    ).uncheck()
    expect(result).to_have_attribute("data-total", "1")
    _fill(page, "Serum albumin", "34")
    message = _field_message(page, "Serum albumin")
    expect(message).to_contain_text("did you mean 34 g/L (= 3.4 g/dL)?")
    expect(result).to_have_attribute("data-total", "")
    _select(page, "Serum albumin: unit", "g/L")
    expect(result).to_have_attribute("data-total", "0")
    expect(result).to_contain_text("Ghori 2015")
    expect(page.locator(".sm-nesms-mortality")).to_contain_text("7.04 (95% CI 2.47-20.08)")
    row = page.locator(".sm-comparison tr[data-score='nesms']")
    expect(row).to_contain_text("0.79")
    expect(row).to_contain_text("Schoenfeld 2022")
    link = page.get_by_role("link", name="Open the SORG calculator (external site)")
    expect(link).to_have_attribute("href", "https://sorg-apps.shinyapps.io/spinemetssurvival/")
    panel = page.locator(".sm-nesms-panel")
    panel.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "01_nesms-desktop.png", full_page=False)
    page.locator(".sm-trust").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "01_trust-desktop.png", full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    panel.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "01_nesms-phone.png", full_page=False)
    _assert_clean(watch)


def test_rcc_example_name_clears_on_an_edit_and_the_example_loads_again(watch):
    """05: after 'calcium trap' is loaded and albumin edited, the list shows its placeholder;
    choosing 'calcium trap' again puts albumin back to 2.5 and the corrected calcium to 11.0."""
    page = watch.page
    _open(watch, "05_targeted_therapy_rcc.ipynb")
    preset = page.locator(".widget-dropdown:has(label:text-is('Load example')) select")
    albumin = page.locator(".widget-text:has(label:text-is('Albumin')) input")
    _select(page, "Load example", "calcium trap")
    expect(page.locator(".sm-corrected-ca")).to_contain_text("11.0")
    _fill(page, "Albumin", "4")
    expect(preset).to_have_value("(choose a teaching patient)")
    expect(page.locator(".sm-corrected-ca")).to_contain_text("9.8")
    _select(page, "Load example", "calcium trap")
    expect(albumin).to_have_value("2.5")
    expect(page.locator(".sm-corrected-ca")).to_contain_text("11.0")
    _assert_clean(watch)


def test_an_opened_item_breakdown_stays_open_and_follows_an_input_change(watch):
    """Opened, the revised Tokuhashi breakdown stays open when the KPS changes, and shows
    the new points; the breakdowns left folded stay folded."""
    page = watch.page
    _open(watch, "01_prognostic_scores.ipynb")
    row = page.locator(".sm-results tr[data-score='tokuhashi_revised']")
    breakdown = row.locator("details[data-key='breakdown:tokuhashi_revised']")
    breakdown.locator("summary").click()
    expect(breakdown).to_have_attribute("open", "")
    condition = breakdown.locator("tr", has_text="General condition")
    expect(condition.locator("td").last).to_have_text("1")  # KPS 70%: moderate
    _select(page, "Karnofsky (KPS)", "90%")
    expect(condition.locator("td").nth(1)).to_contain_text("Good")
    expect(breakdown).to_have_attribute("open", "")
    expect(condition.locator("td").last).to_have_text("2")
    expect(page.locator(".sm-results details[open]")).to_have_count(1)
    _assert_clean(watch)
