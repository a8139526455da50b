"""Static edition harness: build/static served by http.server on 127.0.0.1, and a Chromium
that cannot reach anything else (every other request is aborted and recorded). It lives
under tests/e2e/ to share that folder's Chromium fixture and page watcher."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tools.launch import (
    CHROMIUM,
    CHROMIUM_ARGS,
    LaunchError,
    free_port,
    stop_process,
    wait_until_answering,
)

from ..conftest import ARTIFACTS, ROOT, PageWatch

SITE = ROOT / "build" / "static"
# Belt and braces: besides the routing in OfflineWatch, host names other than 127.0.0.1
# do not resolve in this browser, so nothing can leave the machine even unrouted.
OFFLINE_ARGS = [*CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
TIMINGS: dict[str, dict[str, float]] = {}


@pytest.fixture(scope="session")
def static_url():
    """Serve build/static with the standard library's http.server on a free port."""
    if not (SITE / "voici" / "render" / "00_start_here.html").is_file():
        pytest.fail("build/static is missing: run 'make static' (make test builds it first)")
    port = free_port()
    log = ARTIFACTS / "static-http.log"
    log.parent.mkdir(exist_ok=True)
    with log.open("w") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "-d", SITE, str(port)],
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(
            proc, url + "/voici/render/00_start_here.html", timeout=30, what="http.server", log=log
        )
    except LaunchError as exc:
        pytest.fail(str(exc))
    yield url
    stop_process(proc, timeout=10)
    if TIMINGS:
        (ARTIFACTS / "static-timings.json").write_text(json.dumps(TIMINGS, indent=2) + "\n")


@pytest.fixture(scope="session")
def offline_chromium(chromium):
    """A second Debian Chromium, with outside host names made unresolvable. It is started
    from the Playwright of the e2e ``chromium`` fixture: one process can run only one
    Playwright sync API instance, and the Voilà tests may share this pytest worker."""
    browser = chromium.browser_type.launch(executable_path=CHROMIUM, args=OFFLINE_ARGS)
    yield browser
    browser.close()


class OfflineWatch(PageWatch):
    """A PageWatch whose whole browser context (pages, workers, service worker) is cut off
    from everything but the site: such requests are aborted and listed in ``outside``."""

    def __init__(self, browser, base_url: str, viewport: dict | None = None) -> None:
        super().__init__(browser, base_url, viewport)
        self.outside: list[str] = []
        self.context.route("**/*", self._gate)
        self.context.on("request", self._on_any_request)

    def _local(self, url: str) -> bool:
        return url.startswith((self.base_url + "/", "blob:", "data:"))

    def _note(self, url: str) -> None:
        if not self._local(url) and url not in self.outside:
            self.outside.append(url)

    def _gate(self, route) -> None:
        url = route.request.url
        if self._local(url):
            route.fallback()
        else:
            self._note(url)
            route.abort("blockedbyclient")

    def _on_any_request(self, request) -> None:
        self._note(request.url)


@pytest.fixture
def offline(offline_chromium, static_url):
    """A watched page on the static site; the test asserts on what it recorded."""
    w = OfflineWatch(offline_chromium, static_url)
    yield w
    w.close()


def _assert_offline_clean(watch: OfflineWatch) -> None:
    """No outside request was even attempted, and the page is as clean as the Voilà one
    (the checks of tests/e2e/helpers.py::_assert_clean, written out for readable failures)."""
    assert [] == watch.outside
    assert [] == watch.outside_requests
    assert [] == watch.failed_requests
    assert [] == watch.bad_responses
    assert [] == watch.console_errors
    page = watch.page
    errors = page.locator(
        "[data-mime-type='application/vnd.jupyter.stderr'], "
        "[data-mime-type='application/vnd.jupyter.error']"
    )
    assert 0 == errors.count()
    assert "There was an error when executing cell" not in page.content()
