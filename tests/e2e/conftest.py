"""Browser test harness: Voilà (and JupyterLab, for the Binder routes) started by the test,
Debian Chromium driven by Playwright.

All are launched as the benchmark launches them (tools/launch.py). Each session-scoped
server is started once per pytest process: under ``pytest -n 2`` each xdist worker starts
its own, and logs to its own file (named with the worker id)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tools.launch import (
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    JupyterLab,
    LaunchError,
    Voila,
    chromium_missing,
)

playwright_sync = pytest.importorskip("playwright.sync_api")

ARTIFACTS = ROOT / "artifacts"

#: The quiz's autosave file for every server this test process starts (their kernels inherit
#: the environment): a temporary folder of this process, never the tester's own progress.
PROGRESS_FILE = Path(tempfile.mkdtemp(prefix="spinemet-e2e-progress-")) / "progress.json"
os.environ["SPINEMET_PROGRESS"] = str(PROGRESS_FILE)


@pytest.fixture(autouse=True)
def _no_saved_quiz():
    """Each test opens the quiz with no saved session (the servers are shared by the tests)."""
    for path in PROGRESS_FILE.parent.iterdir():
        path.unlink()


#: How long a positive expectation waits for a page to answer (a kernel round trip, a
#: redraw). Playwright's 5 s default was exceeded on 2 busy cores (the tree page listing
#: its notebooks with a CPU hog beside the suite); waiting longer for something that must
#: appear costs nothing when it appears at once.
ROUND_TRIP_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def _round_trip_timeout():
    """Every browser test waits up to ROUND_TRIP_TIMEOUT_MS for what it expects to see."""
    playwright_sync.expect.set_options(timeout=ROUND_TRIP_TIMEOUT_MS)
    yield
    playwright_sync.expect.set_options(timeout=5_000)


def _log(name: str) -> Path:
    """``artifacts/<name>.log``, or ``<name>-gw0.log`` in xdist worker gw0: two servers of
    one run never write the same file."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return ARTIFACTS / (f"{name}-{worker}.log" if worker else f"{name}.log")


@pytest.fixture(scope="session")
def voila_server():
    """Voilà on a free port with the project's checked-in configuration (tools/launch.py):
    the local route, ``/voila/render/NN.ipynb``."""
    try:
        server = Voila("notebooks", _log("voila-e2e"))
    except LaunchError as exc:
        pytest.fail(str(exc))
    with server:
        yield server


@pytest.fixture(scope="session")
def voila_url(voila_server):
    """The local Voilà route's address, ``http://127.0.0.1:<port>``."""
    return voila_server.url


@pytest.fixture(scope="session")
def jupyterlab_url():
    """JupyterLab's Jupyter server as Binder runs it, Voilà as its server extension
    (tools/launch.py): the routes ``/voila/render/notebooks/NN.ipynb`` and
    ``/lab/tree/notebooks/NN.ipynb``."""
    try:
        server = JupyterLab(_log("jupyterlab-e2e"))
    except LaunchError as exc:
        pytest.fail(str(exc))
    with server:
        yield server.url


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, launched once per session."""
    if why := chromium_missing():
        pytest.fail(why)
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


class PageWatch:
    """A fresh page that records console errors, failed and non-local requests."""

    def __init__(self, browser, base_url: str, viewport: dict | None = None) -> None:
        self.base_url = base_url
        self.context = browser.new_context(viewport=viewport or {"width": 1300, "height": 1000})
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.requests: list[str] = []  # every URL the page asked for
        self.outside_requests: list[str] = []
        self.failed_requests: list[str] = []
        self.beacons: list[str] = []
        self.bad_responses: list[tuple[str, str, int]] = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda exc: self.console_errors.append(f"pageerror: {exc}"))
        self.page.on("request", self._on_request)
        self.page.on("requestfailed", self._on_failed)
        self.page.on("response", self._on_response)

    def _on_console(self, msg) -> None:
        if msg.type == "error":  # with where it was logged, so a rare failure names its source
            where = msg.location or {}
            place = f"{where.get('url', '')}:{where.get('lineNumber', '')}".strip(":")
            self.console_errors.append(f"{msg.text} [at {place or 'unknown'}]")

    def _on_failed(self, request) -> None:
        # A beacon (navigator.sendBeacon, type "ping": Voilà's kernel shutdown when a page is
        # left) is handed to the browser and outlives its page; the page never sees its
        # outcome, so Chromium reports it aborted. Its outcome is checked on the server
        # (test_leaving_a_dashboard_shuts_its_kernel_down), not here.
        if request.resource_type == "ping":
            self.beacons.append(request.url)
            return
        self.failed_requests.append(f"{request.url} [{request.resource_type}: {request.failure}]")

    def _on_response(self, response) -> None:
        if response.status >= 400:
            self.bad_responses.append((response.request.method, response.url, response.status))

    def _on_request(self, request) -> None:
        url = request.url
        self.requests.append(url)
        if not (url.startswith(self.base_url + "/") or url.startswith(("blob:", "data:"))):
            self.outside_requests.append(url)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watch(chromium, voila_url):
    """A watched page; the test asserts on what it recorded."""
    w = PageWatch(chromium, voila_url)
    yield w
    w.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The git-ignored folder for screenshots."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
