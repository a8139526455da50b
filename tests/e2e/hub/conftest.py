"""The class hub in the browser tests: a hub per mode for a test module (tools/hub.py, on free
ports, state in a temporary folder), and signing in as a person does."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tools.hub import Hub, Student, chp_missing

from ..conftest import PageWatch, _log
from ..helpers import DASHBOARDS, FIRST_RENDER_TIMEOUT_MS, _settled

START = "00_start_here.ipynb"
DASHBOARD = "02_noms_framework.ipynb"


def _hub(mode: str, tmp_path_factory) -> Hub:
    if why := chp_missing():
        pytest.fail(why)
    return Hub(mode, tmp_path_factory.mktemp(f"hub-{mode}"), _log(f"hub-{mode}"))


@pytest.fixture(scope="module")
def lecture_hub(tmp_path_factory):
    """The hub in lecture mode (temporary accounts)."""
    with _hub("lecture", tmp_path_factory) as hub:
        yield hub


@pytest.fixture(scope="module")
def course_hub(tmp_path_factory):
    """The hub in course mode, with the teacher's account and two approved students."""
    with _hub("course", tmp_path_factory) as hub:
        teacher = Student(hub, hub.admin, "teacher-pass-4821")
        teacher.sign_up()
        teacher.sign_in()
        for name in ("ana", "ben"):
            Student(hub, name, f"{name}-pass-4821").sign_up()
            teacher.approve(name)
        yield hub


def _open(watch: PageWatch, url: str, notebook: str) -> None:
    watch.page.goto(url)
    expect(watch.page.locator(DASHBOARDS[notebook]).first).to_be_visible(
        timeout=FIRST_RENDER_TIMEOUT_MS
    )
    _settled(watch, notebook)


def _reopen_start_page(watch: PageWatch) -> None:
    """After signing in: nothing was fetched from outside by the hub's pages; then the start
    page is opened again with a clean record. (The hub's spawn-pending page streams the
    server's progress and that request is aborted when the page moves on to the server,
    which Chromium counts as a failed request.)"""
    assert [] == watch.outside_requests, f"requests off 127.0.0.1: {watch.outside_requests}"
    for record in (watch.console_errors, watch.failed_requests, watch.bad_responses):
        record.clear()
    _open(watch, watch.page.url, START)


def _sign_in_in_browser(watch: PageWatch, name: str, password: str) -> None:
    page = watch.page
    page.goto(f"{watch.base_url}/hub/login")
    page.locator("#username_input").fill(name)
    page.locator("#password_input").fill(password)
    page.locator("#login_submit").click()
    expect(page.locator(DASHBOARDS[START]).first).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
    _reopen_start_page(watch)
