"""The "Start poll" control of lecture mode (spinemet_core/ui/poll_link.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.components import check_yourself
from spinemet_core.ui.poll_link import POLL_ENV, poll_link_html
from spinemet_core.ui.presentation import presentation


def test_the_link_names_the_question_and_the_quiz_seed():
    """A bank question's link carries the case, the question and the seed."""
    link = poll_link_html("bank", "noms-01", "sins-total", 7, address="http://h:8867/")
    expected = (
        "http://h:8867/present?source=bank&amp;where=noms-01&amp;question=sins-total&amp;seed=7"
    )
    assert expected in link


def test_without_a_poll_server_the_control_says_one_is_needed(monkeypatch):
    """With SPINEMET_POLL_URL unset (the static edition) the control explains, links nowhere."""
    monkeypatch.delenv(POLL_ENV, raising=False)
    link = poll_link_html("check", "noms_framework", "sins-band")
    assert (True, False) == ("need the poll server" in link, "href" in link)


def test_check_yourself_shows_start_poll_in_lecture_mode_only(monkeypatch):
    """The check-yourself box shows its Start poll link in lecture mode, hides it otherwise."""
    monkeypatch.setenv(POLL_ENV, "http://127.0.0.1:8867/")
    widget = check_yourself("noms_framework", "sins-band")
    hidden = widget._poll.shown
    presentation().set(mode="lecture")
    assert (False, True) == (hidden, widget._poll.shown)
    assert "question=sins-band" in widget._poll.value


def test_the_quiz_in_lecture_mode_offers_a_poll_on_the_current_question(monkeypatch):
    """A lecture-mode quiz points its Start poll link at the shown case and the session seed."""
    from spinemet_core.quiz import QuizSession
    from spinemet_core.ui.quiz import QuizApp

    monkeypatch.setenv(POLL_ENV, "http://127.0.0.1:8867/")
    app = QuizApp()
    app.start(QuizSession(app.cases, mode="lecture", seed=5))
    case, question = app.session.question(app.index)
    assert app._poll.shown
    assert f"where={case.id}&amp;question={question.id}&amp;seed=5" in app._poll.value


def test_a_template_variant_in_the_lecture_quiz_can_start_its_poll(monkeypatch):
    """On a variant's question the link names the variant; the poll server can snapshot it."""
    from html import unescape
    from urllib.parse import parse_qs, urlsplit

    from spinemet_core.quiz_templates import build_quiz
    from spinemet_core.ui.quiz import QuizApp
    from spinemet_poll.snapshot import snapshot

    monkeypatch.setenv(POLL_ENV, "http://127.0.0.1:8867/")
    app = QuizApp()
    app.start(build_quiz(app.cases, app.templates, mode="lecture", seed=5))
    while app.session.question(app.index)[0].id not in app.session.variants:
        app._go(1)
    case, question = app.session.question(app.index)
    href = unescape(app._poll.value.split("href='")[1].split("'")[0])
    query = {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}
    columns = snapshot(query["source"], query["where"], query["question"], int(query["seed"]))
    shown = [c.text for c in app.session.choices(app.index)]
    assert (case.id, question.id) == (query["where"], query["question"])
    assert shown == [c["text"] for c in columns["choices"]]
