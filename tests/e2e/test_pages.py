"""Browser tests per page: repeated loads, accessibility, offline, themes, printing."""

from __future__ import annotations

import contextlib
import json
import re
import time
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .helpers import (
    DASHBOARDS,
    FIRST_RENDER_TIMEOUT_MS,
    LOADS,
    _assert_clean,
    _axe_source,
    _open,
    _select,
    _settled,
    _total,
)

pytestmark = pytest.mark.e2e

TIMINGS: dict[str, list[float]] = {}


@pytest.mark.parametrize("notebook", list(DASHBOARDS))
def test_dashboard_loads_repeatedly_without_hang_error_or_outside_request(
    chromium, voila_url, screenshots, notebook
):
    """Five fresh loads in a row each render, with the notice, no error, nothing off 127.0.0.1."""
    from .conftest import PageWatch

    timings = []
    for i in range(LOADS):
        watch = PageWatch(chromium, voila_url)
        try:
            timings.append(_open(watch, notebook))
            notice = watch.page.locator(".sm-disclaimer").first
            expect(notice).to_be_visible()
            expect(notice).to_contain_text("For education only, not for clinical decisions.")
            _settled(watch, notebook)
            _assert_clean(watch)
            # Sources are stripped: no code from the notebook reaches the page.
            assert "from spinemet_core" not in watch.page.content()
            if i == 0:
                watch.page.screenshot(path=screenshots / f"{notebook[:-6]}.png", full_page=True)
        finally:
            watch.close()
    TIMINGS[notebook] = [round(t, 2) for t in timings]
    out = ARTIFACTS / "e2e_timings.json"
    previous = json.loads(out.read_text()) if out.exists() else {}
    out.write_text(json.dumps({**previous, **TIMINGS}, indent=2))


def test_tree_page_uses_local_assets_only(watch):
    """The notebook list at / loads with no request leaving 127.0.0.1. It is Voilà's
    server-rendered classic tree (voila.json): the JupyterLab file browser lost its listing
    when the contents answer came before its /api/kernels 404 (1 load in 12 under a CPU hog)."""
    watch.page.goto(watch.base_url + "/")
    try:
        expect(watch.page.get_by_text("01_prognostic_scores.ipynb")).to_be_visible(
            timeout=FIRST_RENDER_TIMEOUT_MS
        )
    except AssertionError as error:  # say what the page asked for and got (seen once, -n 2)
        seen = {
            "requests": [u for u in watch.requests if "/static/" not in u],
            "http errors": watch.bad_responses,
            "failed": watch.failed_requests,
            "console": watch.console_errors,
        }
        raise AssertionError(f"the notebook list did not appear; the page saw {seen}") from error
    _settled(watch)
    assert [] == watch.outside_requests, watch.outside_requests
    assert [] == watch.failed_requests, watch.failed_requests


def test_figures_are_drawn_by_the_basic_plotly_bundle_from_the_local_server(watch):
    """The page loads plotly.js's 1.2 MB basic bundle (not the 4.8 MB full one) and draws."""
    _open(watch, "04_stereotactic_radiosurgery.ipynb")
    expect(watch.page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    traces = watch.page.evaluate("Object.keys(Plotly.PlotSchema.get().traces).sort()")
    assert ["bar", "pie", "scatter"] == traces
    assert "4.1.1" == watch.page.evaluate("Plotly.version")
    bundles = [u for u in watch.requests if "/static/plotly/plotly.min.js" in u]
    assert 1 == len(bundles)
    with urllib.request.urlopen(bundles[0]) as response:
        body = response.read()
    assert 1_000_000 < len(body) < 1_300_000
    assert b"plotly.js (basic - minified) v4.1.1" in body[:200]
    _assert_clean(watch)


@pytest.mark.parametrize(
    "path", ["/voila/files/01_prognostic_scores.ipynb", "/voila/files/../voila.json"]
)
def test_notebook_sources_are_not_served(voila_url, path):
    """Raw notebooks and config files cannot be downloaded from the dashboard server."""
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(voila_url + path, timeout=10)
    assert info.value.code in (403, 404)


AXE_RESULTS: dict[str, dict[str, int]] = {}


#: The settings axe checks each dashboard in: the query and the toggles it turns on.
AXE_SETTINGS = {
    "normal": ("", ["Normal", "Light"]),
    "lecture": ("?mode=lecture", ["Lecture", "Light"]),
    "lecture-dark": ("?mode=lecture&theme=dark", ["Lecture", "Dark"]),
}


@pytest.mark.parametrize("mode", list(AXE_SETTINGS))
@pytest.mark.parametrize("notebook", list(DASHBOARDS))
def test_dashboard_has_no_serious_accessibility_violation_and_stays_offline(
    watch, screenshots, notebook, mode
):
    """axe-core finds 0 serious or critical violations (colour contrast included) in normal
    mode, and in lecture mode in the light and the dark theme, with no request leaving
    127.0.0.1."""
    page = watch.page
    query, active = AXE_SETTINGS[mode]
    page.goto(f"{watch.base_url}/voila/render/{notebook}{query}")
    expect(page.locator(DASHBOARDS[notebook]).first).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    expect(page.locator(".sm-presentation-bar .mod-active")).to_have_text(active)
    if mode != "normal":
        page.screenshot(path=screenshots / f"{notebook[:-6]}-{mode}.png")
    _settled(watch, notebook)
    for region in page.locator(".sm-lecture-result").all():  # marked by the page's script
        expect(region).to_have_attribute("tabindex", "0")
    page.add_script_tag(content=_axe_source())
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))"
    )
    counts = {
        impact: sum(v["nodes"] for v in violations if v["impact"] == impact)
        for impact in ("critical", "serious", "moderate", "minor")
    }
    AXE_RESULTS[f"{notebook} ({mode})"] = counts
    out = ARTIFACTS / "axe_results.json"
    previous = json.loads(out.read_text()) if out.exists() else {}
    out.write_text(json.dumps({**previous, **AXE_RESULTS}, indent=2))
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert [] == serious
    _assert_clean(watch)


def test_prognosis_result_prints_to_a_pdf_handout(watch, tmp_path):
    """Chromium's print to PDF of a scored patient keeps the result text and drops the controls."""
    from pypdf import PdfReader

    page = watch.page
    _open(watch, "01_prognostic_scores.ipynb")
    _select(page, "Primary tumour", "kidney")
    _select(page, "Karnofsky (KPS)", "80%")
    _select(page, "Extraspinal bone foci", "0")
    _select(page, "Vertebral bodies involved", "1")
    _select(page, "Frankel grade", "E: normal motor and sensory function")
    expect(_total(page, "tokuhashi_revised")).to_have_text("13 / 15")
    pdf = tmp_path / "handout.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "For education only" in text
    assert "13 / 15" in text
    assert "Predicted survival 1 year or more" in text
    assert "Lecture" not in text  # the mode toggles are not printed
    from .conftest import ARTIFACTS as artifacts

    (artifacts / "handout-01.pdf").write_bytes(pdf.read_bytes())


def test_dark_theme_from_the_url_themes_page_and_figure(watch, screenshots):
    """?theme=dark gives a dark page and a dark plotly figure, not a white box."""
    page = watch.page
    page.goto(f"{watch.base_url}/voila/render/02_noms_framework.ipynb?theme=dark")
    expect(page.locator(".sm-recommendation").first).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    expect(page.locator(".sm-presentation-bar .mod-active", has_text="Dark")).to_have_count(1)
    # The figure's paper is dark (waits for plotly to draw), and so is the page behind it.
    paper = page.locator(".js-plotly-plot .main-svg .bg").first
    expect(paper).to_have_attribute(
        "style", re.compile(r"fill: rgb\(18, 18, 18\)"), timeout=FIRST_RENDER_TIMEOUT_MS
    )
    body = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert "rgb(18, 18, 18)" == body
    page.screenshot(path=screenshots / "02_noms_framework-dark.png", full_page=True)
    _assert_clean(watch)


def test_leaving_a_dashboard_shuts_its_kernel_down(watch, voila_server):
    """Voilà's shutdown post on leaving the page is accepted (its _xsrf cookie is set by the
    template), so the kernel stops at once instead of waiting to be culled."""
    page = watch.page
    log = voila_server.log
    _open(watch, "00_start_here.ipynb")
    cookie = page.evaluate("document.cookie")
    assert re.search(r"(?:^|;\s*)_xsrf=", cookie), f"no _xsrf cookie: {cookie!r}"
    before = log.read_text().count("Kernel shutdown:")
    page.goto(f"{watch.base_url}/voila/render/06_case_quiz.ipynb")
    expect(page.locator(DASHBOARDS["06_case_quiz.ipynb"]).first).to_be_visible(
        timeout=FIRST_RENDER_TIMEOUT_MS
    )
    deadline = time.monotonic() + 30
    while log.read_text().count("Kernel shutdown:") == before and time.monotonic() < deadline:
        time.sleep(0.2)  # waiting for the server to log the shutdown, a positive signal
    text = log.read_text()
    assert text.count("Kernel shutdown:") > before, "the left page's kernel was not shut down"
    assert "403 POST /voila/api/shutdown" not in text, "a shutdown post was refused"
    _assert_clean(watch)


def test_the_quiz_opens_in_lecture_mode_from_the_url(watch):
    """06 with ?mode=lecture: the quiz's Lecture mode is chosen, and a started quiz has the
    presenter's Reveal button."""
    page = watch.page
    page.goto(f"{watch.base_url}/voila/render/06_case_quiz.ipynb?mode=lecture")
    quiz = page.locator(DASHBOARDS["06_case_quiz.ipynb"]).first
    expect(quiz).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    expect(page.locator(".sm-quiz .mod-active", has_text="Lecture")).to_have_count(1)
    expect(page.locator(".sm-quiz.sm-lecture")).to_have_count(1)
    page.locator(".sm-quiz").get_by_role("button", name="Start quiz").click()
    expect(page.get_by_role("button", name="Reveal answer")).to_be_visible()
    _assert_clean(watch)


def test_a_followed_link_keeps_the_mode_and_theme_chosen_on_the_page(watch):
    """From 01 opened with ?mode=lecture, switched to Dark with the bar, the link to 02 opens
    02 in lecture mode with the dark theme."""
    page = watch.page
    page.goto(f"{watch.base_url}/voila/render/01_prognostic_scores.ipynb?mode=lecture")
    expect(page.locator(DASHBOARDS["01_prognostic_scores.ipynb"]).first).to_be_visible(
        timeout=FIRST_RENDER_TIMEOUT_MS
    )
    bar = page.locator(".sm-presentation-bar")
    bar.get_by_role("button", name="Dark", exact=True).click()
    expect(bar.locator(".mod-active", has_text="Dark")).to_have_count(1)
    expect(bar.locator("[data-theme='dark'][data-mode='lecture']")).to_have_count(1)
    page.locator("a[href='02_noms_framework.ipynb']").first.click()
    page.wait_for_url(re.compile(r"/02_noms_framework\.ipynb\?"))
    assert page.url.endswith("02_noms_framework.ipynb?mode=lecture&theme=dark"), page.url
    expect(page.locator(DASHBOARDS["02_noms_framework.ipynb"]).first).to_be_visible(
        timeout=FIRST_RENDER_TIMEOUT_MS
    )
    active = page.locator(".sm-presentation-bar .mod-active")
    expect(active).to_have_text(["Lecture", "Dark"])
    _assert_clean(watch)


@pytest.mark.parametrize("notebook", list(DASHBOARDS))
def test_every_dashboard_fits_a_phone_screen(chromium, voila_url, screenshots, notebook):
    """At 390 x 844 no element runs past the right edge (nothing unreachable sideways); what
    is wider than the screen, a table or a formula, scrolls inside its own box; every control
    (the quiz's answers included) is a touch target of at least 44 x 44 px."""
    from .conftest import PageWatch
    from .helpers import OVERFLOW_JS, SCROLL_BOXES, SMALL_TARGETS_JS

    watch = PageWatch(chromium, voila_url, viewport={"width": 390, "height": 844})
    try:
        _open(watch, notebook)
        _settled(watch, notebook)
        # Figures settle in two draws on a phone (drawn, then their notes fitted): wait for
        # the state in which nothing is past the edge, then say what is if it never comes.
        fits = f"() => ({OVERFLOW_JS})({json.dumps(SCROLL_BOXES)}).length === 0"
        with contextlib.suppress(PlaywrightTimeoutError):
            watch.page.wait_for_function(fits, timeout=FIRST_RENDER_TIMEOUT_MS // 3)
        assert [] == watch.page.evaluate(OVERFLOW_JS, SCROLL_BOXES)
        width = watch.page.evaluate("document.documentElement.scrollWidth")
        assert 390 == width, f"the page scrolls sideways: {width} px wide"
        if notebook == "06_case_quiz.ipynb":
            watch.page.get_by_role("button", name="Start quiz").click()
            expect(watch.page.locator(".sm-quiz-answer :is(input, select)").first).to_be_visible()
        assert [] == watch.page.evaluate(SMALL_TARGETS_JS), "controls under 44 px"
        watch.page.screenshot(path=screenshots / f"{notebook[:-6]}-phone.png")
        _assert_clean(watch)
    finally:
        watch.close()


@pytest.mark.parametrize("mode", ["normal", "lecture"])
@pytest.mark.parametrize("notebook", list(DASHBOARDS))
def test_no_control_label_is_cut_on_a_projector(chromium, voila_url, notebook, mode):
    """At 1280 x 720, in either mode, every control's label is shown whole (it wraps rather
    than ending in an ellipsis: "Radiographic spinal alig...")."""
    from .conftest import PageWatch
    from .helpers import CUT_LABELS_JS

    watch = PageWatch(chromium, voila_url, viewport={"width": 1280, "height": 720})
    try:
        watch.page.goto(f"{watch.base_url}/voila/render/{notebook}?mode={mode}")
        expect(watch.page.locator(DASHBOARDS[notebook]).first).to_be_visible(
            timeout=FIRST_RENDER_TIMEOUT_MS
        )
        _settled(watch, notebook)
        assert [] == watch.page.evaluate(CUT_LABELS_JS)
        _assert_clean(watch)
    finally:
        watch.close()
