"""The class hub (deploy/hub, ``make hub``) end to end: signing in both ways, clean pages in
Chromium, a course account's home kept across sign-outs, and every route a student must not
reach refused.

Each mode's hub is started once for this module (tools/hub.py) on free ports with its state
in a temporary folder; the refused routes are tried over HTTP and a kernel websocket as a
signed-in student, with that student's own cookies."""

from __future__ import annotations

import asyncio
import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import psutil
import pytest
from playwright.sync_api import expect
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from tools.hub import Student

from ..conftest import PageWatch
from ..helpers import _assert_clean
from .conftest import DASHBOARD, START, _open, _reopen_start_page, _sign_in_in_browser


def test_lecture_mode_signs_in_anonymously_onto_a_clean_start_page_and_dashboard(
    chromium, lecture_hub
):
    """/hub/tmplogin gives a temporary account whose server shows the start page and a
    dashboard with no error, no failed request and nothing fetched from outside."""
    watch = PageWatch(chromium, lecture_hub.url)
    try:
        _open(watch, f"{lecture_hub.url}/hub/tmplogin", START)
        _reopen_start_page(watch)
        name = watch.page.url.split("/user/")[1].split("/")[0]
        assert f"{lecture_hub.url}/user/{name}/voila/render/{START}" == watch.page.url
        _assert_clean(watch)
        _open(watch, f"{lecture_hub.url}/user/{name}/voila/render/{DASHBOARD}", DASHBOARD)
        _assert_clean(watch)
    finally:
        watch.close()


def _homes(name: str) -> set[str]:
    """HOME of every process serving ``name`` (their Voilà server and its kernels)."""
    homes = set()
    for proc in psutil.process_iter(["environ"]):
        environ = proc.info["environ"] or {}
        if environ.get("JUPYTERHUB_USER") == name:
            homes.add(environ.get("HOME", ""))
    return homes


def test_course_account_signs_in_onto_a_clean_page_and_keeps_its_home_across_sign_outs(
    chromium, course_hub
):
    """ana signs in with her password, signs out, signs in again: the same home folder
    (only hers, mode 0700) serves her, and what was saved there is still there."""
    watch = PageWatch(chromium, course_hub.url)
    try:
        _sign_in_in_browser(watch, "ana", "ana-pass-4821")
        assert f"{course_hub.url}/user/ana/voila/render/{START}" == watch.page.url
        _assert_clean(watch)
        home = course_hub.home("ana")
        assert {str(home)} == _homes("ana")
        assert 0o700 == home.stat().st_mode & 0o777
        (home / "saved.json").write_text('{"answer": 2}')
        watch.page.goto(f"{course_hub.url}/hub/logout")
        expect(watch.page.locator("#username_input")).to_be_visible()
        watch.page.goto(f"{course_hub.url}/user/ana/voila/render/{START}")
        expect(watch.page.locator("#username_input")).to_be_visible()  # signed out
        _sign_in_in_browser(watch, "ana", "ana-pass-4821")
        assert {str(home)} == _homes("ana")
        assert '{"answer": 2}' == (home / "saved.json").read_text()
    finally:
        watch.close()


def test_course_mode_refuses_an_account_the_teacher_has_not_approved(course_hub):
    """A sign-up that is not approved cannot sign in."""
    eve = Student(course_hub, "eve", "eve-pass-4821")
    eve.sign_up()
    response = eve.sign_in()
    assert response.url.startswith(f"{course_hub.url}/hub/login")
    assert not course_hub.home("eve").exists()


@pytest.fixture(scope="module")
def two_students(lecture_hub):
    """Two signed-in students whose servers show the start page: (student, page text)."""
    pairs = []
    for _ in range(2):
        student = Student(lecture_hub)
        student.sign_in_temporary()
        pairs.append((student, student.open_start_page().text))
    return pairs


REFUSED_GETS = [
    "lab",
    "lab/tree/00_start_here.ipynb",
    "tree",
    "terminals",
    "terminals/1",
    "api/terminals",
    "api/contents",
    "api/contents/00_start_here.ipynb",
    "api/kernels",
    "api/sessions",
    "api/kernelspecs",
    "voila/api/contents",
    "files/00_start_here.ipynb",
    "notebooks/00_start_here.ipynb",
]


@pytest.mark.parametrize("path", REFUSED_GETS)
def test_a_student_cannot_reach_lab_terminals_contents_or_kernel_apis(two_students, path):
    """Every Jupyter route beyond the dashboards is absent from a student's own server."""
    student, _page = two_students[0]
    response = student.get(f"/user/{student.name}/{path}", allow_redirects=False)
    assert 404 == response.status_code


@pytest.mark.parametrize("path", ["api/kernels", "api/sessions", "api/terminals"])
def test_a_student_cannot_start_a_kernel_session_or_terminal(two_students, path):
    """POSTs that would start a kernel, a session or a terminal are refused (with the
    student's valid xsrf token, so it is not the token that refuses them)."""
    student, _page = two_students[0]
    prefix = f"/user/{student.name}/"
    xsrf = student.http.cookies.get("_xsrf", path=prefix)
    response = student.http.post(
        f"{student.hub.url}{prefix}{path}",
        json={"name": "python3", "path": "x.ipynb", "type": "notebook", "kernel": {}},
        headers={"X-XSRFToken": xsrf or ""},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code in (404, 405)


def _kernel_id(page: str) -> str:
    return page.split('"kernelId": "')[1].split('"')[0]


def _message(msg_type: str, content: dict) -> dict:
    return {
        "header": {
            "msg_id": uuid.uuid4().hex,
            "msg_type": msg_type,
            "session": uuid.uuid4().hex,
            "username": "",
            "version": "5.3",
            "date": "",
        },
        "parent_header": {},
        "metadata": {},
        "content": content,
        "channel": "shell",
        "buffers": [],
    }


async def _exchange(url: str, cookie: str, code: str) -> list[str]:
    """Send an execute request, then a kernel_info request; return the types of every
    message that answered the execute request, read until the kernel_info reply."""
    request = HTTPRequest(url.replace("http://", "ws://"), headers={"Cookie": cookie})
    connection = await websocket_connect(request)
    execute = _message("execute_request", {"code": code, "silent": False})
    info = _message("kernel_info_request", {})
    await connection.write_message(json.dumps(execute))
    await connection.write_message(json.dumps(info))
    answers = []
    while True:
        reply = json.loads(await asyncio.wait_for(connection.read_message(), 60))
        parent = reply.get("parent_header", {}).get("msg_id")
        if parent == execute["header"]["msg_id"]:
            answers.append(reply["msg_type"])
        if parent == info["header"]["msg_id"] and reply["msg_type"] == "kernel_info_reply":
            connection.close()
            return answers


def test_a_dashboard_kernel_runs_no_code_sent_over_its_websocket(two_students, lecture_hub):
    """An execute request on the student's own dashboard kernel gets no answer and has no
    effect, while a kernel_info request after it is answered (the channel works)."""
    student, page = two_students[0]
    marker = lecture_hub.home(student.name) / "executed"
    url = f"{lecture_hub.url}/user/{student.name}/api/kernels/{_kernel_id(page)}/channels"
    cookie = student.cookie_header()
    code = f"open({str(marker)!r}, 'w').write('ran')"
    # In a thread of its own: Playwright's sync API keeps an event loop in this one.
    with ThreadPoolExecutor(1) as thread:
        answers = thread.submit(asyncio.run, _exchange(url, cookie, code)).result()
    assert [] == answers
    assert not marker.exists()


def test_a_student_cannot_reach_another_students_server_or_files(two_students, lecture_hub):
    """ana's cookies open none of ben's pages, kernels or home files, by any route."""
    (ana, _), (ben, ben_page) = two_students
    secret = lecture_hub.home(ben.name) / "secret.png"
    secret.write_text("ben's own answers")
    state = lecture_hub.state
    tries = [
        f"/user/{ben.name}/voila/render/{START}",
        f"/user/{ben.name}/api/kernels/{_kernel_id(ben_page)}",
        f"/user/{ben.name}/voila/files/secret.png",
        f"/user/{ana.name}/voila/files/..%2F..%2F{state.name}%2Fhomes%2F{ben.name}%2Fsecret.png",
        f"/user/{ana.name}/voila/files/{secret}",
        f"/user/{ana.name}/voila/static/..%2F..%2F..%2F..%2F{secret}",
        f"/user/{ana.name}/voila/render/..%2F..%2F{state.name}%2Fhomes%2F{ben.name}",
    ]
    for path in tries:
        response = ana.get(path)
        assert response.status_code in (403, 404), path
        assert "ben's own answers" not in response.text, path
