"""Live polls end to end in Chromium: one presenter page and three student pages (one a
390 x 844 phone), the "Start poll" link of a lecture-mode dashboard, and the refusals a
student meets when trying the presenter's actions.

The poll server (tools/poll.py) runs on a free port with its SQLite file and presenter key
in a temporary folder; the same suite of storage and API tests runs on PostgreSQL too
(tests/poll)."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import threading
from pathlib import Path

import pytest
import requests
from playwright.sync_api import expect

from tools.launch import LaunchError, Voila
from tools.poll import PollServer

from .conftest import PageWatch, _log
from .helpers import FIRST_RENDER_TIMEOUT_MS

QUESTION = "source=check&where=stereotactic_radiosurgery&question=eqd2-8x1"
PHONE = {"width": 390, "height": 844}
CODE = re.compile(r"^[A-Z0-9]{5}$")


@pytest.fixture(scope="module")
def poll(tmp_path_factory):
    """The poll server, its state in a temporary folder."""
    try:
        server = PollServer(tmp_path_factory.mktemp("poll-state"), _log("poll-e2e"))
    except LaunchError as exc:
        pytest.fail(str(exc))
    with server:
        yield server


def _page(chromium, poll, viewport=None) -> PageWatch:
    return PageWatch(chromium, poll.url.rstrip("/"), viewport)


def _start(presenter: PageWatch, poll) -> tuple[str, str]:
    """Open the presenter page on the check-yourself question; the code and join address."""
    presenter.page.goto(f"{poll.url}present?{QUESTION}#key={poll.key}")
    expect(presenter.page.locator("#code")).to_have_text(CODE)
    return presenter.page.locator("#code").inner_text(), presenter.page.locator(
        "#address"
    ).inner_text()


def _answer(student: PageWatch, address: str, choice: str, confidence: str) -> None:
    student.page.goto(address)
    student.page.get_by_label(choice, exact=True).check()
    student.page.get_by_label(confidence, exact=True).check()
    student.page.get_by_role("button", name="Send answer").click()
    expect(student.page.locator("#answer-message")).to_have_text(
        "Answer saved. You may change it while the poll is open."
    )


def test_three_students_answer_the_presenter_sees_three_and_reveals(chromium, poll, screenshots):
    """Start, three answers (one from a phone), bars add up to 3, reveal shows each student
    right or wrong, the CSV holds 3 rows, and a student cannot open, close or reveal."""
    presenter = _page(chromium, poll)
    students = [_page(chromium, poll), _page(chromium, poll), _page(chromium, poll, PHONE)]
    try:
        code, address = _start(presenter, poll)
        assert f"{poll.url}j/{code}" == address
        assert "#key" not in presenter.page.url and poll.key not in presenter.page.url
        for student, choice, level in zip(
            students, ["12.0", "8.0", "12.0"], ["high", "low", "medium"], strict=True
        ):
            _answer(student, address, choice, level)
        expect(presenter.page.locator("#answered")).to_have_text("3")
        counts = presenter.page.locator("#bars li").evaluate_all(
            "items => items.map(li => Number(li.dataset.count))"
        )
        assert 3 == sum(counts)
        qr_width = presenter.page.locator(".join img").evaluate("img => img.naturalWidth")
        assert qr_width > 100
        expect(presenter.page.locator("#confidence")).to_have_text(
            "Confidence: low 1 · medium 1 · high 1"
        )
        # Before the reveal no student page shows the key or anyone's counts.
        assert 0 == students[0].page.locator("#reveal, #bars").count()
        phone = students[2].page
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.screenshot(path=screenshots / "poll-student-390.png", full_page=True)
        # A student cannot open, close or reveal (nor start, watch or export).
        for action in ("open", "close", "reveal"):
            status = phone.evaluate(
                "url => fetch(url, {method: 'POST'}).then(r => r.status)",
                f"{poll.url}api/polls/{code}/{action}",
            )
            assert 403 == status, action
        presenter.page.screenshot(path=screenshots / "poll-presenter-open.png", full_page=True)
        presenter.page.locator("#do-reveal").click()
        expect(presenter.page.locator("#share")).to_have_text("2 of 3 right (67%)")
        verdicts = ["Right.", "Not quite.", "Right."]
        for student, verdict in zip(students, verdicts, strict=True):
            expect(student.page.locator("#verdict")).to_have_text(verdict)
            expect(student.page.get_by_role("button")).to_have_count(0)
        phone.screenshot(path=screenshots / "poll-student-390-revealed.png", full_page=True)
        presenter.page.screenshot(path=screenshots / "poll-presenter-revealed.png", full_page=True)
        with presenter.page.expect_download() as download:
            presenter.page.locator("#do-export").click()
        text = Path(download.value.path()).read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert 3 == len(rows)
        # The phone's refused requests are the only errors any page logged.
        refused = [e for e in students[2].console_errors if "status of 403" not in e]
        for page in (presenter, *students[:2]):
            assert ([], []) == (page.console_errors, page.outside_requests)
        assert ([], []) == (refused, students[2].outside_requests)
    finally:
        for page in (presenter, *students):
            page.close()


def test_a_student_who_changes_an_answer_is_counted_once(chromium, poll):
    """Sending twice from one page leaves one answer: the presenter counts 1."""
    presenter, student = _page(chromium, poll), _page(chromium, poll, PHONE)
    try:
        _code, address = _start(presenter, poll)
        _answer(student, address, "8.0", "low")
        student.page.get_by_label("12.0", exact=True).check()
        student.page.get_by_role("button", name="Change my answer").click()
        expect(presenter.page.locator("#answered")).to_have_text("1")
        expect(presenter.page.locator("#bars li[data-count='1'] b")).to_have_text("12.0")
    finally:
        presenter.close()
        student.close()


def test_a_presenter_page_without_the_key_asks_for_it(chromium, poll):
    """A browser without the key gets the sign-in form, and no poll starts."""
    page = _page(chromium, poll)
    try:
        page.page.goto(f"{poll.url}present?{QUESTION}")
        expect(page.page.get_by_label("Presenter key")).to_be_visible()
        assert 0 == page.page.locator("#code").count()
    finally:
        page.close()


@pytest.fixture(scope="module")
def lecture_voila(poll):
    """Voilà whose kernels know the poll server (SPINEMET_POLL_URL), as make lecture sets it."""
    os.environ["SPINEMET_POLL_URL"] = poll.url
    try:
        server = Voila("notebooks", _log("voila-poll-e2e"))
    except LaunchError as exc:
        pytest.fail(str(exc))
    finally:
        del os.environ["SPINEMET_POLL_URL"]
    with server:
        yield server


def test_start_poll_in_a_lecture_dashboard_opens_the_presenter_view(
    chromium, poll, lecture_voila, screenshots
):
    """Dashboard 02 in lecture mode: Start poll under the check-yourself question opens the
    presenter view with a poll on that question."""
    dashboard = PageWatch(chromium, lecture_voila.url)
    try:
        # The presenter's browser holds the key (the sign-in address printed at start).
        dashboard.page.goto(f"{poll.url}present#key={poll.key}")
        dashboard.page.goto(
            f"{lecture_voila.url}/voila/render/02_noms_framework.ipynb?mode=lecture"
        )
        link = dashboard.page.locator(".sm-poll-start").first
        expect(link).to_be_visible(timeout=FIRST_RENDER_TIMEOUT_MS)
        with dashboard.context.expect_page() as opened:
            link.click()
        presenter = opened.value
        expect(presenter.locator("#code")).to_have_text(CODE)
        expect(presenter.locator(".prompt")).not_to_be_empty()
        presenter.screenshot(path=screenshots / "poll-from-dashboard.png")
    finally:
        dashboard.close()


def test_on_the_hub_an_admin_presents_and_a_student_cannot(tmp_path):
    """make hub: the poll service answers at /services/poll/; the teacher (an admin) signed in
    through the hub starts a poll, a signed-in student is refused, anyone may answer."""
    from tools.hub import Hub, Student, chp_missing

    if why := chp_missing():
        pytest.fail(why)
    body = {"source": "check", "where": "noms_framework", "question": "sins-band"}
    with Hub("course", tmp_path / "hub", _log("hub-poll")) as hub:
        teacher = Student(hub, hub.admin, "teacher-pass-4821")
        teacher.sign_up()
        teacher.sign_in()
        ana = Student(hub, "ana", "ana-pass-4821")
        ana.sign_up()
        teacher.approve("ana")
        ana.sign_in()
        polls = f"{hub.url}/services/poll/api/polls"
        header = {"X-Poll-Request": "1"}
        for person in (teacher, ana):
            person.get("/services/poll/hub-login")
        started = teacher.http.post(polls, json=body, headers=header, timeout=30)
        refused = ana.http.post(polls, json=body, headers=header, timeout=30)
        code = started.json()["code"]
        phone = requests.Session()
        assert 200 == phone.get(f"{hub.url}/services/poll/j/{code}", timeout=30).status_code
        answered = phone.post(
            f"{hub.url}/services/poll/api/poll/{code}/answer",
            timeout=30,
            json={"answer": "11", "confidence": "high"},
        )
    assert (201, 403, 200) == (started.status_code, refused.status_code, answered.status_code)
    assert started.json()["join_url"].startswith(f"{hub.url}/services/poll/j/")


def test_a_press_on_close_is_not_lost_while_the_room_answers(chromium, poll):
    """Answers arrive ten a second; a 150 ms press on Close still closes the poll (the board
    is updated in place, so the button is not replaced between mouse down and up)."""
    presenter = _page(chromium, poll)
    stop = threading.Event()

    def room(code: str, address: str) -> None:
        for number in itertools.count():
            if stop.wait(0.1):
                return
            phone = requests.Session()
            if 200 == phone.get(address, timeout=10).status_code:
                phone.post(
                    f"{poll.url}api/poll/{code}/answer",
                    json={"answer": ["8.0", "12.0", "20.0"][number % 3], "confidence": "low"},
                    timeout=10,
                )

    try:
        code, address = _start(presenter, poll)
        threading.Thread(target=room, args=(code, address), daemon=True).start()
        expect(presenter.page.locator("#answered")).not_to_have_text("0")
        expect(presenter.page.locator("#answered")).not_to_have_text("1")
        box = presenter.page.locator("#do-close").bounding_box()
        presenter.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        presenter.page.mouse.down()
        presenter.page.wait_for_timeout(150)
        presenter.page.mouse.up()
        expect(presenter.page.locator("#state")).to_have_text("closed")
    finally:
        stop.set()
        presenter.close()


def test_the_presenter_can_hide_the_answers_from_the_room_until_the_poll_closes(
    chromium, poll, screenshots
):
    """Hide answers: the count still rises, the bars and confidence are not on screen until
    Close; the choice is kept for the next poll in this browser."""
    presenter, student = _page(chromium, poll), _page(chromium, poll, PHONE)
    try:
        _code, address = _start(presenter, poll)
        presenter.page.locator("#do-hide").click()
        _answer(student, address, "12.0", "high")
        expect(presenter.page.locator("#answered")).to_have_text("1")
        expect(presenter.page.locator("#hidden-note")).to_be_visible()
        expect(presenter.page.locator("#bars")).to_be_hidden()
        expect(presenter.page.locator("#confidence")).to_be_hidden()
        presenter.page.screenshot(path=screenshots / "poll-presenter-hidden.png")
        presenter.page.locator("#do-close").click()
        expect(presenter.page.locator("#bars li[data-count='1'] b")).to_have_text("12.0")
        expect(presenter.page.locator("#hidden-note")).to_be_hidden()
        _start(presenter, poll)
        expect(presenter.page.locator("#do-hide")).to_have_text("Show answers")
        presenter.page.locator("#do-hide").click()
        expect(presenter.page.locator("#bars")).to_be_visible()
    finally:
        presenter.close()
        student.close()


def test_a_student_with_a_wrong_code_can_type_another(chromium, poll):
    """j/<unknown> on a phone says no poll has that code and offers the join form."""
    student = _page(chromium, poll, PHONE)
    try:
        student.page.goto(f"{poll.url}j/ZZZZZ")
        expect(student.page.locator("#status")).to_have_text(
            "No poll has the code ZZZZZ: type the code shown on the screen."
        )
        expect(student.page.get_by_label("Join code shown by the presenter")).to_be_visible()
    finally:
        student.close()


def test_on_a_projector_the_share_right_and_the_key_are_in_view_after_the_reveal(
    chromium, poll, screenshots
):
    """1280 x 720, the bank's longest question (five long choices, three of them keys): the
    presenter reaches Reveal without scrolling, and after it the share right and the key
    stand on the screen, above the bars."""
    presenter = _page(chromium, poll, {"width": 1280, "height": 720})
    try:
        presenter.page.goto(
            f"{poll.url}present?source=bank&where=prog-07&question=disagreement&seed=1"
            f"#key={poll.key}"
        )
        expect(presenter.page.locator("#code")).to_have_text(CODE)
        reveal = presenter.page.locator("#do-reveal").bounding_box()
        assert reveal["y"] + reveal["height"] <= 720
        presenter.page.locator("#do-reveal").click()
        expect(presenter.page.locator("#share")).to_have_text("0 of 0 right (0%)")
        key = presenter.page.locator("#answer-key")
        expect(key).to_contain_text("The answers:")
        bottoms = [
            box["y"] + box["height"]
            for box in (presenter.page.locator("#share").bounding_box(), key.bounding_box())
        ]
        presenter.page.screenshot(path=screenshots / "poll-presenter-1280x720-revealed.png")
        assert max(bottoms) <= 720
    finally:
        presenter.close()


def test_on_a_phone_a_refused_number_is_explained_under_the_field(chromium, poll):
    """390 x 844, a numeric poll: '12 points' is refused with the reason right under the
    field, on screen, and the field is marked invalid; nothing is counted. '15,0' then is
    saved and graded right."""
    presenter, student = _page(chromium, poll), _page(chromium, poll, PHONE)
    try:
        presenter.page.goto(
            f"{poll.url}present?source=bank&where=prog-14&question=tokuhashi-revised&seed=1"
            f"#key={poll.key}"
        )
        expect(presenter.page.locator("#code")).to_have_text(CODE)
        student.page.goto(presenter.page.locator("#address").inner_text())
        student.page.get_by_label("A number, e.g. 2.4").fill("12 points")
        student.page.get_by_role("button", name="Send answer").click()
        message = student.page.locator("#answer-message")
        expect(message).to_contain_text("answer: '12 points' is not a number")
        expect(student.page.locator("#number")).to_have_attribute("aria-invalid", "true")
        box = message.bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"]
        expect(presenter.page.locator("#answered")).to_have_text("0")
        # A decimal comma, as typed on a European phone, is the number 15: saved and right.
        student.page.get_by_label("A number, e.g. 2.4").fill("15,0")
        student.page.get_by_role("button", name="Send answer").click()
        expect(message).to_have_text("Answer saved. You may change it while the poll is open.")
        expect(student.page.locator("#number")).to_have_attribute("aria-invalid", "false")
        expect(presenter.page.locator("#answered")).to_have_text("1")
        presenter.page.locator("#do-reveal").click()
        expect(student.page.locator("#verdict")).to_have_text("Right.")
    finally:
        presenter.close()
        student.close()
