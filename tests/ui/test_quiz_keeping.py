"""The quiz never loses a session: it asks before replacing answers, saves each answer,
restores the session on return, and loads a file with all its settings (issue 18 item 5,
issue 19 item 3)."""

import json
from pathlib import Path

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.quiz import QuizSession
from spinemet_core.ui.quiz import QuizApp

from .test_quiz_app import FIXTURES, _answer_correctly, _exported, _file

BANK = Path(__file__).parents[2] / "cases"


def _started(bank=FIXTURES, **settings) -> QuizApp:
    app = QuizApp(bank)
    for name, value in settings.items():
        getattr(app.settings, name).value = value
    app.settings.start.click()
    return app


def test_start_in_the_middle_of_a_session_asks_first_and_cancel_keeps_the_answers():
    """Start with answers given shows a question; Cancel keeps the session; Confirm starts anew."""
    app = _started()
    _answer_correctly(app)
    before = app.session
    app.settings.start.click()
    assert app.session is before and 1 == len(app.session.responses)
    assert "The 1 answer(s) of this session will be replaced" in app.confirm.message.value
    app.confirm._cancel.click()
    assert app.session is before and "none" == app.confirm.layout.display
    app.settings.start.click()
    app.confirm._confirm.click()
    assert app.session is not before and {} == app.session.responses


def test_start_without_answers_asks_nothing():
    """A session with no answer yet is replaced at once (nothing to lose)."""
    app = _started()
    first = app.session
    app.settings.start.click()
    assert app.session is not first and not app.confirm.pending


def test_import_restores_every_setting_so_start_builds_the_same_quiz(monkeypatch):
    """A file saved with one topic, one level, 5 questions and seed 7 in exam mode sets those
    controls; Start then builds the same questions."""
    monkeypatch.setenv("SPINEMET_PROGRESS", "off")
    app = _started(BANK, mode="exam", seed="7", count=5, difficulty="intermediate")
    for topic, box in app.settings.topics.items():
        box.value = topic == "noms_framework"
    app.settings.start.click()
    saved = app.session
    assert 5 == len(saved)
    data = _exported(app)
    fresh = QuizApp(BANK)
    fresh._upload.value = (_file("p.json", data),)
    s = fresh.settings
    shown = (s.mode.value, s.seed.value, s.count.value, s.difficulty.value)
    assert ("exam", "7", 5, "intermediate") == shown
    assert {"noms_framework"} == {t for t, box in s.topics.items() if box.value}
    s.start.click()
    assert saved.items == fresh.session.items


def test_going_back_shows_the_confidence_saved_with_that_answer():
    """Answer with low confidence, then another with high: Previous shows low again, locked."""
    app = _started()
    app._confidence.value = "low"
    _answer_correctly(app)
    app._next.click()
    app._confidence.value = "high"
    _answer_correctly(app)
    app._previous.click()
    assert ("low", True) == (app._confidence.value, app._confidence.disabled)
    app._next.click()
    app._next.click()  # not answered yet: the default, open
    assert ("medium", False) == (app._confidence.value, app._confidence.disabled)


def test_the_number_of_questions_is_chosen_and_the_score_says_what_it_counts():
    """5 questions asked; after 1 answered the report reads '1 correct of 1 answered (5 in
    quiz)' and the status names the questions of the quiz."""
    app = _started(BANK, count=5)
    assert 5 == len(app.session)
    _answer_correctly(app)
    assert "Question 1 of 5" in app.status.value
    assert "answered 1 (1 correct)" in app.status.value
    app._finish.click()
    assert "Score: <b>1 correct of 1 answered (5 in quiz)</b>" in app.report.value


def test_the_quiz_mode_selector_is_the_pages_only_one():
    """Choosing Lecture in the quiz puts the page in lecture mode, Exam takes it out; the quiz's
    style hides the page bar's own Mode toggle."""
    from spinemet_core.ui.presentation import PresentationBar, presentation

    bar = PresentationBar()
    app = QuizApp(FIXTURES)
    app.settings.mode.value = "lecture"
    assert ("lecture", "lecture") == (presentation().mode, bar._mode.value)
    app.settings.mode.value = "exam"
    assert ("normal", "normal") == (presentation().mode, bar._mode.value)
    assert "sm-bar-mode" in bar._mode._dom_classes
    assert ".sm-presentation-bar .sm-bar-mode { display: none !important; }" in app._style.value


def test_the_download_is_a_visible_button_like_link():
    """The export is a link styled as a filled button, at least 44 px high."""
    app = _started()
    assert "<a class='sm-export-link' download='spinemet-progress.json'" in app.export_link.value
    assert "a.sm-export-link { display: inline-flex;" in app._style.value
    assert "min-height: 44px" in app._style.value


def _progress(tmp_path: Path) -> Path:
    return tmp_path / "progress.json"


def test_each_answer_is_saved_and_a_new_page_restores_it_with_its_confidence(tmp_path):
    """Two answers saved as given; a fresh app restores them, their confidences, the
    settings, and says so."""
    app = _started(seed="5")
    app._confidence.value = "high"
    _answer_correctly(app)
    assert 1 == len(json.loads(_progress(tmp_path).read_text())["responses"])
    app._next.click()
    app._confidence.value = "low"
    _answer_correctly(app)
    again = QuizApp(FIXTURES)
    assert app.session.export() == again.session.export()
    assert ["high", "low"] == [r.confidence for r in again.session.responses.values()]
    assert "5" == again.settings.seed.value
    assert f"Restored your session from {_progress(tmp_path)}: 2 answer(s)." in (
        again.restore_notice.value
    )
    assert "flex" == again._restore_box.layout.display
    assert 2 == again.index  # the first unanswered question


def test_start_fresh_asks_then_deletes_the_saved_session(tmp_path):
    """Start fresh asks; Cancel keeps everything; Confirm deletes the file and the session."""
    app = _started()
    _answer_correctly(app)
    again = QuizApp(FIXTURES)
    again._fresh.click()
    assert "The saved session and its 1 answer(s) will be deleted" in again.confirm.message.value
    again.confirm._cancel.click()
    assert _progress(tmp_path).exists() and again.session is not None
    again._fresh.click()
    again.confirm._confirm.click()
    assert not _progress(tmp_path).exists() and again.session is None
    assert "none" == again._restore_box.layout.display
    assert QuizApp(FIXTURES).session is None


@pytest.mark.parametrize("content", [b"{not json", b"[]", b"\xff"])
def test_an_unreadable_saved_file_is_kept_aside_and_the_learner_told(tmp_path, content):
    """A corrupt file is renamed (never overwritten), the page says why and where it went,
    and the next answer is saved to a new file."""
    _progress(tmp_path).write_bytes(content)
    app = QuizApp(FIXTURES)
    aside = list(tmp_path.glob("progress.json.unreadable-*"))
    assert 1 == len(aside) and content == aside[0].read_bytes()
    assert "could not be restored" in app.restore_notice.value
    assert f"It was kept as {aside[0]}" in app.restore_notice.value
    assert app.session is None
    app.settings.start.click()
    _answer_correctly(app)
    assert 1 == len(json.loads(_progress(tmp_path).read_text())["responses"])


def test_a_failed_autosave_is_said_in_the_page(tmp_path, monkeypatch):
    """When the progress folder cannot be written the answer still counts and the page says
    autosave failed, pointing to Download progress."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("SPINEMET_PROGRESS", str(blocker / "progress.json"))
    app = _started()
    _answer_correctly(app)
    assert 1 == len(app.session.responses)
    assert "Autosave to" in app.save_message.value
    assert "use Download progress" in app.save_message.value


def test_autosave_off_saves_and_restores_nothing(tmp_path, monkeypatch):
    """SPINEMET_PROGRESS=off (a server shared by many people) writes no file."""
    monkeypatch.setenv("SPINEMET_PROGRESS", "off")
    app = _started()
    _answer_correctly(app)
    assert [] == list(tmp_path.iterdir())
    assert QuizApp(FIXTURES).session is None


def test_a_restored_finished_exam_shows_its_report():
    """A finished exam comes back with its report."""
    app = _started(mode="exam")
    _answer_correctly(app)
    app._finish.click()
    app.confirm._confirm.click()
    again = QuizApp(FIXTURES)
    assert isinstance(again.session, QuizSession) and again.session.finished
    assert "1 correct of 1 answered (4 in quiz)" in again.report.value


def test_two_pages_of_one_quiz_lose_nothing(tmp_path):
    """Two tabs of the same quiz: each save adds the other tab's answers; a tab that starts a
    different quiz keeps the other's file aside instead of overwriting it."""
    first = _started()
    _answer_correctly(first)
    second = QuizApp(FIXTURES)  # restores the first tab's answer, shows the next question
    _answer_correctly(second)
    first._next.click()
    first._next.click()
    _answer_correctly(first)  # saving sees the second tab's answer and adds it
    assert 3 == len(first.session.responses)
    assert "1 answer(s) given in another page were added here." in first.save_message.value
    saved = json.loads(_progress(tmp_path).read_text())
    assert 3 == len(saved["responses"])
    second.settings.seed.value = "9"
    second.settings.start.click()
    second.confirm._confirm.click()
    aside = list(tmp_path.glob("progress.json.other-session-*"))
    assert 1 == len(aside) and saved == json.loads(aside[0].read_text())
    assert f"it was kept as {aside[0]}" in second.save_message.value


def test_finishing_an_exam_asks_first_and_cancel_keeps_it_open(monkeypatch):
    """Finish in an exam names the unanswered questions; Cancel leaves answers open to change;
    self-study's Finish asks nothing (it locks nothing)."""
    app = _started(mode="exam")
    _answer_correctly(app)
    app._finish.click()
    assert "Finish the exam? 3 of 4 question(s) are unanswered" in app.confirm.message.value
    app.confirm._cancel.click()
    assert not app.session.finished and "" == app.report.value
    monkeypatch.setenv("SPINEMET_PROGRESS", "off")  # not the exam saved above
    study = _started()
    study._finish.click()
    assert not study.confirm.pending and study.session.finished


def test_a_refused_file_is_named_with_where_and_why_it_is_not_json():
    """A broken upload says its file name and the line and column where JSON stops."""
    app = QuizApp(FIXTURES)
    app._upload.value = (_file("mine.json", b'{"format":\n "x",,}'),)
    message = app.import_message.value
    assert "this file is not JSON (line 2, column 6: Expecting" in message
    assert "(<code>mine.json</code>)" in message
