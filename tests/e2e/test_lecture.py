"""Lecture mode on a 1280 x 720 projector: the input a presenter changes and the result it
changes share the screen, and figure text is large enough to read from the back of a room."""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import expect

from tools.dashboards import draws_figure

from .conftest import PageWatch
from .helpers import (
    DASHBOARDS,
    FIRST_RENDER_TIMEOUT_MS,
    _assert_clean,
    _select,
    _settled,
    _templates_box,
)

PROJECTOR = {"width": 1280, "height": 720}

#: Whether the centre of an element is on screen and that element (not something drawn
#: over it, nor the page behind a box that scrolled it out of sight) is what is seen there.
SEEN_JS = """(el) => {
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  if (box.width === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
  const top = document.elementFromPoint(x, y);
  return top !== null && el.contains(top);
}"""


@contextlib.contextmanager
def _projector(chromium, voila_url: str, address: str):
    """A watched 1280 x 720 page on ``address`` (``NN_x.ipynb?query``), shown and settled."""
    notebook = address.split("?")[0]
    watch = PageWatch(chromium, voila_url, viewport=PROJECTOR)
    try:
        watch.page.goto(f"{voila_url}/voila/render/{address}")
        expect(watch.page.locator(DASHBOARDS[notebook]).first).to_be_visible(
            timeout=FIRST_RENDER_TIMEOUT_MS
        )
        _settled(watch, notebook)
        yield watch
    finally:
        watch.close()


def _fill(page, label: str, value: str):
    box = page.locator(f".widget-text:has(label:text-is('{label}')) input")
    box.fill(value)
    box.press("Enter")
    return box


def _prognosis(page):
    field = page.locator(".widget-dropdown:has(label:text-is('Primary tumour')) select")
    field.select_option(label="lung")
    shown = page.locator(".sm-results tr[data-score='tokuhashi_revised'] td.sm-total")
    expect(shown).to_have_text("6 / 15")  # breast 5 points -> lung 0
    return field, shown


_HIGH_GRADE = "3: Cord compressed, no cerebrospinal fluid visible around it"


def _noms(page):
    _select(page, "Primary tumour", "kidney")
    _select(page, "Bilsky ESCC grade", _HIGH_GRADE)
    field = page.locator(".widget-dropdown:has(label:text-is('Bilsky ESCC grade')) select")
    shown = page.locator(".sm-recommendation .sm-summary")
    expect(shown).to_have_text("Separation surgery, then SRS")  # SINS 0-6: stable
    return field, shown


def _separation(page):
    field = _fill(page, "Tumour-to-cord gap", "5")
    shown = page.locator(".sm-cord-result .sm-cord-dose")
    expect(shown).to_have_text("12.0")
    return field, shown


def _srs(page):
    _select(page, "Schedule", "30 Gy / 10 (cEBRT)")
    field = page.locator(".widget-dropdown:has(label:text-is('Schedule')) select")
    shown = page.locator(".sm-calculator .sm-eqd2-tumour")
    expect(shown).to_have_text("32.5")
    return field, shown


def _rcc(page):
    _fill(page, "Calcium, measured", "9.6")
    field = _fill(page, "Albumin", "2.2")
    shown = page.locator(".sm-corrected-ca")
    expect(shown).to_have_text("11.0")  # 9.6 + 0.8 x (4.0 - 2.2)
    return field, shown


def _quiz(page):
    # Hand-written cases only: a self-study Start draws template variants at random, and a
    # long variant moves the key by a different amount at each run (see issue #18's note).
    _templates_box(page).locator("input").set_checked(False)
    page.get_by_role("button", name="Start quiz").click()
    field = page.get_by_role("button", name="Reveal answer")
    field.click()
    feedback = page.locator(".sm-quiz-feedback")
    expect(feedback).not_to_contain_text("The presenter reveals")
    # The key itself (a long explanation below it may run past the screen's foot).
    return field, feedback.locator(":is(.sm-key-choice, .sm-correct-answer)")


def _prognosis_low(page):
    field = page.locator(".widget-dropdown:has(label:text-is('Laboratory data (Katagiri)')) select")
    field.select_option(label="critical (platelets, calcium or bilirubin)")
    shown = page.locator(".sm-results tr[data-score='katagiri_new'] td.sm-total")
    expect(shown).to_have_text("5 / 10")  # normal 0 -> critical 2 points
    return field, shown


def _noms_low(page):
    _select(page, "Primary tumour", "kidney")
    _select(page, "Bilsky ESCC grade", _HIGH_GRADE)
    field = page.get_by_role("button", name="Not fit for surgery")
    field.click()
    card = page.locator(".sm-recommendation [data-branch]")
    expect(card).to_have_attribute("data-branch", "resistant-high-unfit")
    return field, page.locator(".sm-recommendation .sm-summary")


#: Each dashboard's main input, changed as a presenter would; each waits until the value it
#: changes shows its new value, and returns the input and that value.
CHANGES = {
    "01_prognostic_scores.ipynb": _prognosis,
    "02_noms_framework.ipynb": _noms,
    "03_separation_surgery.ipynb": _separation,
    "04_stereotactic_radiosurgery.ipynb": _srs,
    "05_targeted_therapy_rcc.ipynb": _rcc,
    "06_case_quiz.ipynb": _quiz,
    # Inputs far down a long form: the result must have stayed in view while it scrolled.
    "01_prognostic_scores.ipynb#labs": _prognosis_low,
    "02_noms_framework.ipynb#fitness": _noms_low,
}


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("change", list(CHANGES))
def test_lecture_mode_keeps_the_main_input_and_its_result_on_one_projector_screen(
    chromium, voila_url, screenshots, change, theme
):
    """At 1280 x 720 in lecture mode, after the main input changes, the input and the value
    it changed are both on screen and neither is covered."""
    notebook = change.split("#")[0]
    with _projector(chromium, voila_url, f"{notebook}?mode=lecture&theme={theme}") as watch:
        page = watch.page
        field, shown = CHANGES[change](page)  # each waits for the value it changes
        field.scroll_into_view_if_needed()
        assert field.evaluate(SEEN_JS), f"{notebook}: the input is off screen or covered"
        assert shown.first.evaluate(SEEN_JS), f"{notebook}: the result is off screen or covered"
        name = change.replace(".ipynb", "").replace("#", "-")
        page.screenshot(path=screenshots / f"{name}-lecture-{theme}-1280x720.png")
        _assert_clean(watch)


#: Figure text drawn smaller than 16 px (what it says and its size), on screen or not. The
#: size is the font size times the scale the text is drawn at: plotly shrinks a bar's label
#: to the bar's width with a transform, not with its font size.
SMALL_FIGURE_TEXT_JS = """() => [...document.querySelectorAll(".js-plotly-plot svg text")]
  .filter((t) => t.textContent.trim() && t.getBoundingClientRect().width > 0)
  .map((t) => {
    const m = t.getScreenCTM();
    const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
    const size = Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10;
    return [t.textContent.trim().slice(0, 40), size];
  })
  .filter(([, size]) => size < 16)"""


@pytest.mark.parametrize("notebook", [nb for nb in DASHBOARDS if draws_figure(nb)])
def test_lecture_mode_draws_no_figure_text_under_16_px(chromium, voila_url, screenshots, notebook):
    """At 1280 x 720 in lecture mode every text of every figure is at least 16 px."""
    with _projector(chromium, voila_url, f"{notebook}?mode=lecture") as watch:
        page = watch.page
        expect(page.locator(".js-plotly-plot svg text").first).to_be_attached()
        assert [] == page.evaluate(SMALL_FIGURE_TEXT_JS), f"{notebook}: small figure text"
        for i, plot in enumerate(page.locator(".js-plotly-plot").all()):
            plot.screenshot(path=screenshots / f"{notebook[:2]}-lecture-figure{i}.png")
        _assert_clean(watch)
