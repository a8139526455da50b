"""The poll server's API (spinemet_poll/server.py, presenter.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import tornado.netutil

from spinemet_poll.db import make_engine
from spinemet_poll.server import MAX_BODY, http_server, make_app
from spinemet_poll.store import PollStore

KEY = "presenter-secret-for-tests"
QUESTION = {"source": "check", "where": "stereotactic_radiosurgery", "question": "eqd2-8x1"}


class Running:
    """A poll server on a free port of 127.0.0.1, in a thread with its own event loop."""

    def __init__(self, store, **options) -> None:
        self.loop = asyncio.new_event_loop()
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.url = f"http://127.0.0.1:{sockets[0].getsockname()[1]}/"
        ready = threading.Event()

        def run():
            asyncio.set_event_loop(self.loop)
            app = make_app(store, KEY, "cookie-secret-for-tests", **options)
            self.app = app
            server = http_server(app)
            server.add_sockets(sockets)
            self.loop.call_soon(ready.set)
            self.loop.run_forever()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        ready.wait(10)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def server(store):
    running = Running(store)
    yield running
    running.stop()


def presenter(server, method: str, path: str, **kwargs):
    return requests.request(
        method, server.url + path, headers={"X-Poll-Key": KEY}, timeout=10, **kwargs
    )


def student(server, code: str) -> requests.Session:
    """A browser that opened the poll page (and so holds its token cookie)."""
    session = requests.Session()
    assert 200 == session.get(f"{server.url}j/{code}", timeout=10).status_code
    return session


def start(server) -> str:
    response = presenter(server, "POST", "api/polls", json=QUESTION)
    assert 201 == response.status_code
    return response.json()["code"]


def answer(session, server, code, value, confidence="high"):
    return session.post(
        f"{server.url}api/poll/{code}/answer",
        timeout=10,
        json={"answer": value, "confidence": confidence},
    )


def test_the_presenter_starts_a_poll_with_a_join_address(server):
    """POST api/polls with the key gives a code and the address students open."""
    response = presenter(server, "POST", "api/polls", json=QUESTION)
    code = response.json()["code"]
    assert f"{server.url}j/{code}" == response.json()["join_url"]


@pytest.mark.parametrize("action", ["open", "close", "reveal"])
def test_a_student_cannot_move_a_poll(server, action):
    """Without the key, open, close and reveal are refused with 403 and a message."""
    code = start(server)
    session = student(server, code)
    response = session.post(f"{server.url}api/polls/{code}/{action}", timeout=10)
    assert (403, "Only the presenter") == (response.status_code, response.json()["error"][:18])


def test_a_student_cannot_start_watch_or_export(server):
    """Starting, watching and exporting need the key, even with a wrong one."""
    code = start(server)
    wrong = {"X-Poll-Key": "guess"}
    statuses = [
        requests.post(server.url + "api/polls", json=QUESTION, timeout=10).status_code,
        requests.get(f"{server.url}api/polls/{code}", headers=wrong, timeout=10).status_code,
        requests.get(f"{server.url}api/polls/{code}/export.csv", timeout=10).status_code,
    ]
    assert [403, 403, 403] == statuses


def test_one_answer_per_student_changed_while_open(server):
    """Two submissions from one browser leave one answer, the last one."""
    code = start(server)
    session = student(server, code)
    assert 200 == answer(session, server, code, "8.0").status_code
    assert 200 == answer(session, server, code, "12.0").status_code
    view = session.get(f"{server.url}api/poll/{code}", timeout=10).json()
    results = presenter(server, "GET", f"api/polls/{code}").json()["results"]
    assert ({"answer": ["12.0"], "confidence": "high"}, 1) == (view["mine"], results["answered"])


def test_a_bad_answer_is_refused_with_a_message(server):
    """An answer outside the choices gets 400, the field and a message; nothing is stored."""
    code = start(server)
    session = student(server, code)
    response = answer(session, server, code, "13.0")
    assert (400, "answer") == (response.status_code, response.json()["field"])
    assert "12.0" in response.json()["error"]
    bad_json = session.post(f"{server.url}api/poll/{code}/answer", data="{", timeout=10)
    assert 400 == bad_json.status_code
    assert 0 == presenter(server, "GET", f"api/polls/{code}").json()["results"]["answered"]


def test_an_answer_without_the_page_token_is_refused(server):
    """A request that never opened the poll page has no token and is refused."""
    code = start(server)
    response = requests.post(
        f"{server.url}api/poll/{code}/answer",
        timeout=10,
        json={"answer": "12.0", "confidence": "low"},
    )
    assert 403 == response.status_code


def test_one_student_cannot_flood_a_poll(server):
    """Past six quick submissions a student gets 429 and a message."""
    code = start(server)
    session = student(server, code)
    statuses = [answer(session, server, code, "8.0").status_code for _ in range(8)]
    assert [200] * 6 + [429, 429] == statuses


def test_students_see_the_key_only_after_the_reveal(server):
    """Before the reveal a student's view has no key and no counts; after it, the verdict."""
    code = start(server)
    right, wrong = student(server, code), student(server, code)
    answer(right, server, code, "12.0")
    answer(wrong, server, code, "8.0")
    before = right.get(f"{server.url}api/poll/{code}", timeout=10).json()
    assert (None, False) == (before["reveal"], "results" in before)
    assert 200 == presenter(server, "POST", f"api/polls/{code}/reveal").status_code
    verdicts = [
        s.get(f"{server.url}api/poll/{code}", timeout=10).json()["reveal"]["correct"]
        for s in (right, wrong)
    ]
    assert [True, False] == verdicts
    assert 409 == answer(right, server, code, "8.0").status_code


def test_the_presenter_sees_counts_and_after_reveal_the_share_right(server):
    """The presenter's view counts answers; the share right comes with the reveal only."""
    code = start(server)
    for value in ("12.0", "12.0", "8.0"):
        answer(student(server, code), server, code, value)
    before = presenter(server, "GET", f"api/polls/{code}").json()
    presenter(server, "POST", f"api/polls/{code}/reveal")
    after = presenter(server, "GET", f"api/polls/{code}").json()
    counts = {bar["label"]: bar["count"] for bar in before["results"]["bars"]}
    assert ({"12.0": 2, "8.0": 1, "20.0": 0}, None) == (counts, before["reveal"])
    assert (2, ["12.0"]) == (after["reveal"]["right"], after["reveal"]["key"])


def test_a_long_poll_returns_when_an_answer_arrives(server):
    """A presenter's request for a newer version than the current one returns the new count."""
    code = start(server)
    version = presenter(server, "GET", f"api/polls/{code}").json()["version"]
    answer(student(server, code), server, code, "12.0")
    view = presenter(server, "GET", f"api/polls/{code}?since={version}").json()
    assert (version + 1, 1) == (view["version"], view["results"]["answered"])


def test_export_holds_one_row_per_student(server):
    """The CSV export holds three rows after three students answered."""
    code = start(server)
    for _ in range(3):
        answer(student(server, code), server, code, "12.0")
    response = presenter(server, "GET", f"api/polls/{code}/export.csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert (3, "text/csv") == (len(rows), response.headers["Content-Type"][:8])


def test_the_pages_and_qr_code_are_served_without_a_key(server):
    """The join page, student page, presenter page and QR code need no key."""
    code = start(server)
    pages = ["", f"j/{code}", "present", f"api/poll/{code}/qr.svg", "static/student.js"]
    statuses = [requests.get(server.url + page, timeout=10).status_code for page in pages]
    qr = requests.get(f"{server.url}api/poll/{code}/qr.svg", timeout=10).text
    assert [200] * 5 == statuses
    assert qr.startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
    )


def test_an_unknown_question_is_refused_with_a_message(server):
    """Starting a poll on a question id that does not exist is a 400 naming the field."""
    response = presenter(server, "POST", "api/polls", json={**QUESTION, "question": "nope"})
    assert (400, "question_id") == (response.status_code, response.json()["field"])


class FakeHub:
    """Stands in for :class:`spinemet_poll.hub.HubPresenter`: admin when the header says so."""

    async def is_admin(self, handler) -> bool:
        return handler.request.headers.get("X-Fake-Admin") == "yes"

    @staticmethod
    def routes(base: str) -> list:
        return []


def test_a_hub_admin_presents_without_the_key(store):
    """With hub sign-in, an admin starts a poll without the key; anyone else is refused."""
    running = Running(store, presenter_auth=FakeHub())
    try:
        url = running.url + "api/polls"
        admin = requests.post(url, json=QUESTION, headers={"X-Fake-Admin": "yes"}, timeout=10)
        other = requests.post(url, json=QUESTION, timeout=10)
        page = requests.get(running.url + "present", timeout=10).text
    finally:
        running.stop()
    assert (201, 403) == (admin.status_code, other.status_code)
    assert 'data-hub="1"' in page


@pytest.fixture
def second(database_url, store):
    """A second poll server process's app on the same database (its own engine and notifier)."""
    engine = make_engine(database_url)
    running = Running(PollStore(engine))
    yield running
    running.stop()
    engine.dispose()


def _waiting(running, count: int = 1) -> None:
    """Return once ``count`` pages wait in ``running``'s notifier (their request has arrived)."""
    notifier = running.app.settings["notifier"]
    for _ in range(1000):
        if sum(notifier._waiting.values()) >= count:
            return
        time.sleep(0.01)
    raise AssertionError("the long poll never started waiting")


def test_a_student_waiting_on_one_process_sees_a_reveal_made_on_another(
    server, second, monkeypatch
):
    """The reveal goes to the second process; the student's long poll on the first returns it."""
    monkeypatch.setattr("spinemet_poll.server.STUDENT_WAIT", 120.0)
    code = start(server)
    browser = student(server, code)
    version = browser.get(f"{server.url}api/poll/{code}", timeout=10).json()["version"]
    with ThreadPoolExecutor(1) as pool:
        view = pool.submit(browser.get, f"{server.url}api/poll/{code}?since={version}", timeout=60)
        _waiting(server)
        presenter(second, "POST", f"api/polls/{code}/reveal")
        revealed = view.result().json()
    assert ("revealed", version + 1) == (revealed["state"], revealed["version"])


def test_the_presenter_on_one_process_sees_an_answer_sent_to_another(server, second, monkeypatch):
    """An answer stored by the second process wakes the presenter's long poll on the first."""
    monkeypatch.setattr("spinemet_poll.presenter.PRESENTER_WAIT", 120.0)
    code = start(server)
    version = presenter(server, "GET", f"api/polls/{code}").json()["version"]
    with ThreadPoolExecutor(1) as pool:
        view = pool.submit(presenter, server, "GET", f"api/polls/{code}?since={version}")
        _waiting(server)
        answer(student(second, code), second, code, "12.0")
        seen = view.result().json()
    assert (version + 1, 1) == (seen["version"], seen["results"]["answered"])


@pytest.mark.parametrize("route", ["api/poll/{code}?since=abc", "api/polls/{code}?since=1.5"])
def test_a_version_that_is_not_a_whole_number_is_refused_with_a_message(server, route):
    """``since=abc`` (student) or ``since=1.5`` (presenter) is a 400 naming the field."""
    code = start(server)
    response = presenter(server, "GET", route.format(code=code))
    assert (400, "since") == (response.status_code, response.json()["field"])


def test_a_body_over_the_limit_is_refused_before_it_is_read(server):
    """Over MAX_BODY bytes: the HTTP server answers a bare 400 and closes the connection
    (no handler ran, so no JSON message; the client may see the close first), nothing is
    stored."""
    code = start(server)
    browser = student(server, code)
    body = b'{"answer": "' + b"1" * MAX_BODY + b'", "confidence": "high"}'
    try:
        response = browser.post(f"{server.url}api/poll/{code}/answer", data=body, timeout=10)
        outcome = (response.status_code, response.content)
    except requests.ConnectionError:  # reset while the rest of the body was being sent
        outcome = "closed"
    answered = presenter(server, "GET", f"api/polls/{code}").json()["results"]["answered"]
    assert (True, 0) == (outcome in ((400, b""), "closed"), answered)


def test_the_access_log_holds_no_client_address(server, caplog):
    """A refused request is logged with its status and path, never the client's address."""
    with caplog.at_level("INFO", logger="tornado.access"):
        code = start(server)
        requests.post(f"{server.url}api/polls/{code}/reveal", timeout=10)
        wanted = f"403 POST /api/polls/{code}/reveal"
        for _ in range(1000):  # the server logs a request just after it answered it
            lines = [r.getMessage() for r in caplog.records if r.name == "tornado.access"]
            if any(line.startswith(wanted) for line in lines):
                break
            time.sleep(0.01)
    logged = [line for line in lines if line.startswith(wanted)]
    assert (1, False) == (len(logged), "127.0.0.1" in logged[0])


NUMERIC = {"source": "bank", "where": "prog-14", "question": "tokuhashi-revised", "seed": 1}
"""A numeric question: the revised Tokuhashi total of case prog-14 (key 15, tolerance 0)."""


def _numeric_poll(server, values) -> str:
    code = presenter(server, "POST", "api/polls", json=NUMERIC).json()["code"]
    for value in values:
        assert 200 == answer(student(server, code), server, code, value).status_code
    return code


def test_answers_at_the_ends_of_the_range_leave_the_presenters_view_working(server):
    """-1,000,000 and 1,000,000 among ordinary answers: the presenter still sees all nine."""
    code = _numeric_poll(server, [-1_000_000, 1_000_000, 11, 12, 13, 14, 15, 16, 17])
    view = presenter(server, "GET", f"api/polls/{code}")
    assert (200, 9) == (view.status_code, view.json()["results"]["answered"])


def test_after_the_reveal_the_bars_holding_the_key_are_marked_and_not_before(server):
    """Before Reveal no bar says which is right; after it, only the bar of 15 does."""
    code = _numeric_poll(server, [12, 15, 15, 18])
    before = presenter(server, "GET", f"api/polls/{code}").json()["results"]["bars"]
    presenter(server, "POST", f"api/polls/{code}/reveal")
    after = presenter(server, "GET", f"api/polls/{code}").json()["results"]["bars"]
    assert [set(), set()] == [{"key", "right"} & set(bar) for bar in before[:2]]
    assert [("12", False), ("15", True), ("18", False)] == [(b["label"], b["key"]) for b in after]
    assert "right" not in after[0]


def test_a_wild_wrong_answer_does_not_mark_its_bar_as_the_key(server):
    """Key 15: the bar 'over 15' holding only 1,000,000 stays unmarked after the reveal."""
    code = _numeric_poll(server, [8, 9, 10, 11, 12, 13, 14, 15, 16, -100, 1_000_000])
    presenter(server, "POST", f"api/polls/{code}/reveal")
    bars = presenter(server, "GET", f"api/polls/{code}").json()["results"]["bars"]
    marked = [(b["label"], b["key"]) for b in bars if b["key"] or b["label"].startswith("over")]
    assert [("14–15", True), ("over 16", False)] == marked


def test_the_csv_keeps_every_digit_typed_and_times_in_utc(server):
    """14,56789123 is exported as 14.56789123, and the times carry their UTC offset."""
    code = _numeric_poll(server, ["14,56789123"])
    row = next(
        csv.DictReader(io.StringIO(presenter(server, "GET", f"api/polls/{code}/export.csv").text))
    )
    assert ("14.56789123", "+00:00") == (row["answer"], row["answered_at"][-6:])


def test_deeply_nested_json_is_refused_with_a_message(server):
    """A body nested 8000 deep (deeper than Python's JSON reader goes) is a 400 on ``body``."""
    code = start(server)
    response = student(server, code).post(
        f"{server.url}api/poll/{code}/answer", data="[" * 8000 + "]" * 8000, timeout=10
    )
    assert (400, "body") == (response.status_code, response.json()["field"])


def _notice(response) -> str:
    match = re.search(r'data-notice="([^"]*)"', response.text)
    return match.group(1) if match else ""


def test_an_unknown_code_gets_the_join_page_with_a_notice(server):
    """j/ZZZZZ is a 404 page (not JSON) that says no poll has that code."""
    response = requests.get(f"{server.url}j/ZZZZZ", timeout=10)
    assert (404, "text/html") == (response.status_code, response.headers["Content-Type"][:9])
    assert "No poll has the code ZZZZZ: type the code shown on the screen." == _notice(response)


def test_a_network_trying_codes_is_slowed_and_can_still_join_a_real_poll(server):
    """After 30 unknown codes from one address the next is a 429; a real code still opens."""
    code = start(server)
    misses = [requests.get(f"{server.url}j/ZZZ{n:02d}", timeout=10).status_code for n in range(31)]
    joined = requests.get(f"{server.url}j/{code}", timeout=10).status_code
    assert ([404] * 30 + [429], 200) == (misses, joined)


def test_new_tokens_are_limited_per_address_and_a_forged_forwarded_for_does_not_help(server):
    """With this address's joins spent, a page naming another address in X-Forwarded-For is a
    429 page too: without a proxy in front, the server does not believe that header."""
    code = start(server)
    joins = server.app.settings["joins"]
    while joins.take("127.0.0.1"):
        pass
    forged = {"X-Forwarded-For": "203.0.113.9"}
    response = requests.get(f"{server.url}j/{code}", headers=forged, timeout=10)
    assert (429, "text/html") == (response.status_code, response.headers["Content-Type"][:9])
    assert _notice(response).startswith("Too many students are joining from this network")


def _joins_behind_a_proxy(store, spent: str, *headers: dict) -> list[int]:
    """As a hub service, with address ``spent`` out of joins: the statuses of j/<code> opened
    with each of ``headers``."""
    running = Running(store, behind_proxy=True)
    try:
        code = start(running)
        joins = running.app.settings["joins"]
        while joins.take(spent):
            pass
        return [
            requests.get(f"{running.url}j/{code}", headers=h, timeout=10).status_code
            for h in headers
        ]
    finally:
        running.stop()


def test_behind_a_proxy_each_forwarded_address_has_its_own_join_limit(store):
    """As a hub service the proxy's X-Forwarded-For names the student's network address."""
    statuses = _joins_behind_a_proxy(
        store,
        "203.0.113.7",
        {"X-Forwarded-For": "203.0.113.7"},
        {"X-Forwarded-For": "198.51.100.4"},
    )
    assert [429, 200] == statuses


def test_behind_a_proxy_a_client_cannot_name_its_own_address_in_x_real_ip(store):
    """Only the proxy's last X-Forwarded-For entry counts: a forged X-Real-Ip or an earlier
    entry gets no fresh join limit."""
    forged = {"X-Forwarded-For": "10.9.9.9, 203.0.113.7", "X-Real-Ip": "10.1.2.3"}
    assert [429] == _joins_behind_a_proxy(store, "203.0.113.7", forged)


@pytest.mark.parametrize(
    ("path", "notice"),
    [
        ("j/ZZZZZ.", "No poll has the code ZZZZZ.: type the code shown on the screen."),
        ("j/AB", "No poll has the code AB: type the code shown on the screen."),
        ("j/", "Type the code shown by the presenter."),
    ],
)
def test_a_mistyped_join_address_gets_the_join_page_with_a_notice(server, path, notice):
    """A code with a stray character, too short, or missing: the page says so, as HTML."""
    response = requests.get(server.url + path, timeout=10)
    assert (404, "text/html", notice) == (
        response.status_code,
        response.headers["Content-Type"][:9],
        _notice(response),
    )


@pytest.mark.parametrize("typed", ["{code_lower}", "{spaced}", "J/{code}"])
def test_a_code_typed_another_way_leads_to_the_poll(server, typed):
    """Lower case, a space inside, or J/ in capitals: redirected to j/<CODE>, the poll's page."""
    code = start(server)
    path = typed.format(
        code=code, code_lower=f"j/{code.lower()}", spaced=f"j/{code[:2]} {code[2:]}"
    )
    response = requests.get(server.url + path, timeout=10)
    assert (200, f"{server.url}j/{code}", "") == (
        response.status_code,
        response.url,
        _notice(response),
    )


class BrokenStore(PollStore):
    """A database that has gone away for a moment."""

    def get(self, code):
        raise RuntimeError("connection refused")


def test_a_server_error_shows_the_page_and_logs_no_address(database_url, caplog):
    """The database away: the student's page is an HTML page saying so, and the error's log
    names the path, never the client's address."""
    engine = make_engine(database_url)
    running = Running(BrokenStore(engine))
    try:
        with caplog.at_level("INFO"):
            page = requests.get(f"{running.url}j/ABCDE", timeout=10)
            view = requests.get(f"{running.url}api/poll/ABCDE", timeout=10)
            for _ in range(1000):  # logged just after the answer was sent
                errors = [r for r in caplog.records if r.levelname == "ERROR"]
                if len(errors) >= 2:
                    break
                time.sleep(0.01)
    finally:
        running.stop()
        engine.dispose()
    assert (500, "text/html", 500) == (
        page.status_code,
        page.headers["Content-Type"][:9],
        view.status_code,
    )
    assert "The poll server had a problem: reload in a moment." == _notice(page)
    messages = [r.getMessage() for r in errors]
    assert ["Uncaught exception GET /j/ABCDE", "Uncaught exception GET /api/poll/ABCDE"] == messages
    assert not any("127.0.0.1" in r.getMessage() for r in caplog.records)


def test_a_question_named_by_something_other_than_text_is_refused(server):
    """``where`` given as an object is a 400 naming the field, not a server error."""
    body = {"source": "bank", "where": {"a": 1}, "question": "sins-total", "seed": 1}
    response = presenter(server, "POST", "api/polls", json=body)
    assert (400, "where") == (response.status_code, response.json()["field"])
