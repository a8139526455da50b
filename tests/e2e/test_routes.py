"""Browser tests per route: every link between dashboards, and the BED/EQD2 formula, on the
local Voilà route and on the routes of Binder's Jupyter server (Voilà as its server
extension, and JupyterLab itself), with every request that leaves 127.0.0.1 blocked.

The local route serves ``/voila/render/NN.ipynb`` (``make dashboards``); Binder serves the
repository root, so its Voilà link is ``/voila/render/notebooks/NN.ipynb`` and its JupyterLab
link ``/lab/tree/notebooks/NN.ipynb`` (binder/README.md). A link between dashboards is
relative, so it must resolve within the folder of the page it is on, on either route.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import ROOT, PageWatch
from .helpers import DASHBOARDS, FIRST_RENDER_TIMEOUT_MS, _settled

pytestmark = pytest.mark.e2e

#: Route id → (server fixture, folder of the dashboards on that server).
ROUTES = {
    "local-voila": ("voila_url", "/voila/render/"),
    "binder-voila": ("jupyterlab_url", "/voila/render/notebooks/"),
}
START = "00_start_here.ipynb"
FORMULA_NOTEBOOK = "04_stereotactic_radiosurgery.ipynb"
#: The choices a presenter made on the first page, which every followed link must keep.
CHOICES = {"mode": ["lecture"], "theme": ["dark"]}

#: Every link on the page but its in-page anchors (``#…``): its written href, where it
#: resolves, and whether it stays on the site.
LINKS_JS = """() => [...document.querySelectorAll("a[href]:not([href^='#'])")].map((a) => ({
  href: a.getAttribute("href"),
  path: new URL(a.href).pathname,
  local: new URL(a.href).origin === window.location.origin,
  table: a.closest(".sm-dashboards") !== null,
}))"""


#: A WebSocket address on any host but 127.0.0.1.
OUTSIDE_WEBSOCKET = re.compile(r"^wss?://(?!127\.0\.0\.1[:/])")


class BlockedWatch(PageWatch):
    """A PageWatch whose browser context reaches 127.0.0.1 only: every other request (and
    WebSocket) is stopped before it leaves the machine and listed in ``blocked``."""

    def __init__(self, browser, base_url: str) -> None:
        super().__init__(browser, base_url)
        self.blocked: list[str] = []
        self.context.route("**/*", self._gate)
        self.context.route_web_socket(OUTSIDE_WEBSOCKET, self._gate_websocket)

    def _gate_websocket(self, websocket) -> None:
        self.blocked.append(websocket.url)
        websocket.close()  # never connected to its server

    def _gate(self, route) -> None:
        url = urlsplit(route.request.url)
        if url.scheme in ("data", "blob") or url.hostname == "127.0.0.1":
            route.fallback()
        else:
            self.blocked.append(route.request.url)
            route.abort()


def _markdown_link_list(notebook: str) -> list[str]:
    """The dashboard links written in the notebook's Markdown cells (``[…](NN_x.ipynb)``),
    each as often as it is written."""
    cells = json.loads((ROOT / "notebooks" / notebook).read_text())["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return re.findall(r"\]\(([^)\s]+\.ipynb)\)", text)


def _markdown_links(notebook: str) -> set[str]:
    """The distinct dashboard links written in the notebook's Markdown cells."""
    return set(_markdown_link_list(notebook))


def _dashboard_links(page) -> list[dict]:
    """The page's links to a notebook on this site, in document order."""
    return [
        link
        for link in page.evaluate(LINKS_JS)
        if link["local"] and link["path"].endswith(".ipynb")
    ]


def _name(link: dict) -> str:
    """The notebook a link leads to (the last part of the path it resolves to)."""
    return link["path"].rsplit("/", 1)[-1]


def _check_links(notebook: str, found: list[dict], folder: str) -> None:
    """Every Markdown link of ``notebook`` is on its page, and every dashboard link there
    resolves to a dashboard of the manifest within ``folder`` (the route's notebooks)."""
    missing = _markdown_links(notebook) - {x["href"] for x in found}
    assert set() == missing, f"{notebook}: Markdown links not on the page: {missing}"
    wrong = [x for x in found if x["path"] != folder + _name(x) or _name(x) not in DASHBOARDS]
    assert [] == wrong, f"{notebook}: links leading to no dashboard in {folder}: {wrong}"


def _shown(watch, notebook: str) -> None:
    """Wait until ``notebook`` is rendered (its app root visible), drawn and its fonts loaded,
    in the mode and theme that were chosen on the first page."""
    page = watch.page
    expect(page.locator(DASHBOARDS[notebook]).first).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    expect(page.locator(".sm-presentation-bar .mod-active")).to_have_text(["Lecture", "Dark"])
    _settled(watch, notebook)


def _assert_offline_and_clean(watch) -> None:
    assert [] == watch.blocked, f"requests that would have left 127.0.0.1: {watch.blocked}"
    assert [] == watch.bad_responses, f"HTTP errors: {watch.bad_responses}"
    assert [] == watch.failed_requests, f"failed requests: {watch.failed_requests}"
    assert [] == watch.console_errors, f"console errors: {watch.console_errors}"


@pytest.mark.parametrize("route", list(ROUTES))
def test_every_dashboard_link_opens_its_dashboard_on_the_route(
    request, chromium, screenshots, route
):
    """From the start page opened in lecture mode with the dark theme, every link between
    dashboards (start table and Markdown) resolves within the route's folder, each target is
    reached by clicking a link where one leads there, renders in the same mode and theme,
    and nothing is asked of any host but 127.0.0.1."""
    fixture, folder = ROUTES[route]
    base = request.getfixturevalue(fixture)
    watch = BlockedWatch(chromium, base)
    page = watch.page
    links: dict[str, list[dict]] = {}  # page → its dashboard links
    reached: dict[str, str] = {}  # page → "opened", "clicked" or "visited"
    try:
        page.goto(f"{base}{folder}{START}?mode=lecture&theme=dark")
        current, how = START, "opened"
        while True:
            _shown(watch, current)
            if current == START:
                page.screenshot(path=screenshots / f"routes-{route}-start.png", full_page=True)
            reached[current] = how
            links[current] = _dashboard_links(page)
            _check_links(current, links[current], folder)
            unvisited = [x for x in links[current] if _name(x) not in reached]
            if unvisited:  # follow the first link to a page not seen yet, as a reader would
                target = unvisited[0]
                with page.expect_navigation() as arrival:
                    page.locator(f"a[href='{target['href']}']").first.click()
                response, how = arrival.value, "clicked"
            else:  # every link here leads to a page seen already: visit a pending target
                pending = [x for found in links.values() for x in found if _name(x) not in reached]
                if not pending:
                    break
                target = pending[0]
                response = page.goto(f"{base}{target['path']}?mode=lecture&theme=dark")
                how = "visited"
            assert response.ok, f"{current}: {target['href']} gave {response.status} {page.url}"
            current = _name(target)
            assert folder + current == urlsplit(page.url).path, page.url
            assert CHOICES == parse_qs(urlsplit(page.url).query), page.url
    finally:
        watch.close()
    _assert_offline_and_clean(watch)

    assert sorted(DASHBOARDS) == sorted(reached), f"reached by links: {reached}"
    assert "clicked" in reached.values(), f"no link was clicked: {reached}"
    table = sorted(_name(x) for x in links[START] if x["table"])
    assert [nb for nb in sorted(DASHBOARDS) if nb != START] == table


def _formula(page):
    """The typeset BED/EQD2 formula: a display MathJax container whose text reads BED."""
    return page.locator("mjx-container[display='true']", has_text=re.compile("BED"))


@pytest.mark.parametrize("route", list(ROUTES))
def test_bed_formula_is_typeset_offline_on_the_route(request, chromium, screenshots, route):
    """Dashboard 04's BED/EQD2 formula is typeset (no raw TeX is shown) by a MathJax served
    from 127.0.0.1: no request leaves the machine."""
    fixture, folder = ROUTES[route]
    base = request.getfixturevalue(fixture)
    watch = BlockedWatch(chromium, base)
    page = watch.page
    try:
        page.goto(f"{base}{folder}{FORMULA_NOTEBOOK}")
        expect(page.locator(DASHBOARDS[FORMULA_NOTEBOOK]).first).to_be_visible(
            timeout=FIRST_RENDER_TIMEOUT_MS
        )
        expect(_formula(page)).to_have_count(1)
        expect(_formula(page)).to_be_visible()
        expect(page.get_by_text("$$BED")).to_have_count(0)
        _settled(watch, FORMULA_NOTEBOOK)
        _formula(page).evaluate("(el) => el.scrollIntoView({block: 'center'})")
        page.screenshot(path=screenshots / f"routes-{route}-04-formula.png")
    finally:
        watch.close()
    _assert_offline_and_clean(watch)


def test_bed_formula_is_typeset_offline_in_jupyterlab(chromium, screenshots, jupyterlab_url):
    """Opened in Binder's JupyterLab (``lab/tree/notebooks/04_…``), notebook 04's Markdown shows
    the BED/EQD2 formula typeset, not raw TeX, and no request leaves 127.0.0.1."""
    watch = BlockedWatch(chromium, jupyterlab_url)
    page = watch.page
    try:
        page.goto(f"{jupyterlab_url}/lab/tree/notebooks/{FORMULA_NOTEBOOK}")
        markdown = page.locator(".jp-MarkdownOutput")
        expect(_formula(markdown)).to_have_count(1, timeout=FIRST_RENDER_TIMEOUT_MS)
        expect(_formula(markdown)).to_be_visible()
        expect(markdown.get_by_text("$$BED")).to_have_count(0)
        assert "loaded" == page.evaluate("async () => (await document.fonts.ready).status")
        _formula(markdown).evaluate("(el) => el.scrollIntoView({block: 'center'})")
        page.screenshot(path=screenshots / "routes-jupyterlab-04-formula.png")
    finally:
        watch.close()
    _assert_offline_and_clean(watch)


#: The notebook panel JupyterLab shows (the active main-area tab).
LAB_PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def test_every_markdown_link_opens_its_notebook_in_jupyterlab(chromium, jupyterlab_url):
    """In Binder's JupyterLab every Markdown link between dashboards resolves to a notebook
    of the manifest beside it, and clicking one opens that notebook in a new tab."""
    watch = BlockedWatch(chromium, jupyterlab_url)
    page = watch.page
    hub = "06_case_quiz.ipynb"  # the quiz links to every topic and to the start page
    opened = [hub]
    try:
        page.goto(f"{jupyterlab_url}/lab/tree/notebooks/{hub}")
        for notebook in [hub, *(nb for nb in DASHBOARDS if nb != hub)]:
            if notebook != hub:  # open it from the quiz's link, then read its own links
                page.locator(".lm-TabBar-tab", has_text=hub).click()
                written = page.locator(LAB_PANEL).locator(
                    f".jp-MarkdownOutput a[href*='/files/notebooks/{notebook}']"
                )
                written.first.click()
                opened.append(notebook)
            expect(page.locator(".lm-TabBar-tab.lm-mod-current", has_text=notebook)).to_be_visible(
                timeout=FIRST_RENDER_TIMEOUT_MS
            )
            expect(page).to_have_url(re.compile(re.escape(f"/lab/tree/notebooks/{notebook}") + "$"))
            panel = page.locator(LAB_PANEL)
            # JupyterLab renders a notebook's cells in chunks: wait until every link written
            # in its Markdown is on the page.
            expect(panel.locator(".jp-MarkdownOutput a[href*='/files/notebooks/']")).to_have_count(
                len(_markdown_link_list(notebook))
            )
            found = [
                x
                for x in panel.locator(".jp-MarkdownOutput a[href]").evaluate_all(
                    "(links) => links.map((a) => ({href: a.getAttribute('href'),"
                    " path: new URL(a.href).pathname}))"
                )
                if x["path"].endswith(".ipynb") and not x["href"].startswith("#")
            ]
            names = {_name(x) for x in found}
            assert _markdown_links(notebook) == names, notebook
            wrong = [x for x in found if x["path"] != f"/files/notebooks/{_name(x)}"]
            assert [] == wrong, f"{notebook}: links leading outside notebooks/: {wrong}"
        assert "loaded" == page.evaluate("async () => (await document.fonts.ready).status")
    finally:
        watch.close()
    _assert_offline_and_clean(watch)
    assert sorted(DASHBOARDS) == sorted(opened)
