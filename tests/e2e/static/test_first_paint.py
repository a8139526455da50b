"""First paint of the static edition (tools/static_snapshot.py): while Pyodide starts, each page
already shows its dashboard, marked "Getting ready" and inert; the live page then replaces it.

Pyodide's WebAssembly file is held back by the test, so the page is seen before Python can
run, whatever the machine's speed; no time is asserted (speed is `make bench`'s)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.dashboards import FIGURE, draws_figure

from ..helpers import DASHBOARDS
from .conftest import OfflineWatch, _assert_offline_clean
from .test_static_edition import RENDER_TIMEOUT_MS

pytestmark = pytest.mark.static

WASM = "**/pyodide.asm.wasm"
PHONE = {"width": 390, "height": 844}


def _open_held(watch: OfflineWatch, name: str) -> list:
    """Open the page of ``name`` with Pyodide's WebAssembly held; the held routes."""
    held: list = []
    watch.page.route(WASM, lambda route: held.append(route))
    watch.page.goto(f"{watch.base_url}/voici/render/{name}.html")
    return held


@pytest.mark.parametrize("notebook", list(DASHBOARDS))
def test_page_shows_its_dashboard_marked_getting_ready_before_python_runs(offline, notebook):
    """The copy holds the dashboard's main output (and its drawn figure), inert, under a
    status line; nothing is live yet and nothing outside the site is asked for."""
    page = offline.page
    _open_held(offline, notebook.removesuffix(".ipynb"))
    status = page.get_by_role("status")
    expect(status).to_contain_text("Getting ready. Python is starting in your browser")
    copy = page.locator("#sm-snapshot")
    expect(copy.locator(DASHBOARDS[notebook]).first).to_be_visible()
    if draws_figure(notebook):
        expect(copy.locator(FIGURE).first).to_be_visible()
    assert "" == copy.get_attribute("inert")
    assert 0 == page.locator(f"#rendered_cells {DASHBOARDS[notebook]}").count()
    expect(page.locator("#rendered_cells")).to_be_hidden()
    assert [] == offline.outside


def test_live_page_replaces_the_copy_on_a_phone(offline_chromium, static_url):
    """390 × 844: the copy fits the screen's width; once Python has run, the copy and its
    status line are gone and the live dashboard answers an input."""
    watch = OfflineWatch(offline_chromium, static_url, viewport=PHONE)
    try:
        page = watch.page
        held = _open_held(watch, "01_prognostic_scores")
        copy = page.locator("#sm-snapshot")
        expect(copy.locator(".sm-results").first).to_be_visible()
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        page.unroute(WASM)
        for route in held:
            route.fallback()
        live = page.locator("#rendered_cells .sm-results").first
        expect(live).to_be_visible(timeout=RENDER_TIMEOUT_MS)
        assert 0 == copy.count()
        assert 0 == page.get_by_role("status").filter(has_text="Getting ready").count()
        _assert_offline_clean(watch)
    finally:
        watch.close()
