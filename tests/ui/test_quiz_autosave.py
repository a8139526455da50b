"""Autosave in the browser's storage (the static edition), with the front end played by the
test: what the page sends in, what the kernel sends out."""

import json

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.cases import load_bank
from spinemet_core.ui.quiz import QuizApp
from spinemet_core.ui.quiz_autosave import AutoSave

from .test_quiz_app import FIXTURES, _answer_correctly

CASES, _ = load_bank(FIXTURES)


def _browser_app(monkeypatch, stored: str = ""):
    """A quiz whose autosave is the browser's storage; the storage answers with ``stored``."""
    autosave = AutoSave(CASES, browser=True)
    sent = []
    monkeypatch.setattr(autosave.store, "send", sent.append)
    app = QuizApp(FIXTURES, autosave=autosave)
    assert app.session is None  # nothing before the page has sent its storage
    autosave.store.stored = stored
    autosave.store.loaded = True
    return app, sent


def test_in_the_browser_each_answer_is_sent_to_storage_and_comes_back(monkeypatch):
    """Every answer sends the whole session to localStorage; a page that finds it restores it."""
    app, sent = _browser_app(monkeypatch)
    assert "this browser's storage" == app.autosave.where
    app.settings.start.click()
    app._confidence.value = "high"
    _answer_correctly(app)
    assert "save" == sent[-1]["op"]
    saved = sent[-1]["text"]
    assert 1 == len(json.loads(saved)["responses"])
    again, _sent = _browser_app(monkeypatch, stored=saved)
    assert app.session.export() == again.session.export()
    assert "Restored your session from this browser's storage: 1 answer(s)." in (
        again.restore_notice.value
    )


def test_in_the_browser_an_unreadable_session_is_set_aside(monkeypatch):
    """A corrupt stored session is moved aside (never overwritten) and the learner told."""
    app, sent = _browser_app(monkeypatch, stored="{broken")
    assert [{"op": "aside"}] == sent
    assert app.session is None
    assert "could not be restored: this file is not JSON (line 1, column 2" in (
        app.restore_notice.value
    )
    assert "kept under another name in this browser" in app.restore_notice.value


def test_in_the_browser_start_fresh_clears_the_storage(monkeypatch):
    """Start fresh, confirmed, sends 'clear'."""
    app, sent = _browser_app(monkeypatch)
    app.settings.start.click()
    _answer_correctly(app)
    again, sent = _browser_app(monkeypatch, stored=sent[-1]["text"])
    again._fresh.click()
    again.confirm._confirm.click()
    assert {"op": "clear"} == sent[-1]


def test_a_storage_that_refuses_is_said_in_the_page(monkeypatch):
    """When the browser refuses to store (private mode, full), the page says so."""
    app, _sent = _browser_app(monkeypatch)
    app.autosave.store.error = "QuotaExceededError: the quota has been exceeded"
    app.settings.start.click()
    assert "QuotaExceededError" in app.save_message.value


def test_the_static_edition_chooses_the_browser(monkeypatch):
    """Under Pyodide (sys.platform 'emscripten') autosave goes to the browser by default."""
    monkeypatch.setattr("sys.platform", "emscripten")
    autosave = AutoSave(CASES)
    assert autosave.browser and autosave.widget is autosave.store
