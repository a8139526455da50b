"""Headless tests of the case-quiz dashboard."""

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given

pytest.importorskip("ipywidgets")

from spinemet_core.quiz import QuizSession
from spinemet_core.ui.quiz import QuizApp

from ..strategies import PROGRESS_BYTES, bounded

FIXTURES = Path(__file__).parents[1] / "cases" / "fixtures" / "good"


def _file(name, data: bytes):
    return {
        "name": name,
        "type": "application/json",
        "size": len(data),
        "content": memoryview(data),
        "last_modified": datetime.now(UTC),
    }


def _answer_correctly(app):
    _case, question = app.session.question(app.index)
    if question.type == "single_choice":
        app._answer_box.children[0].value = question.correct_texts[0]
    elif question.type == "multiple_choice":
        for box in app._answer_box.children:
            box.value = box.description in question.correct_texts
    else:
        app._answer_box.children[0].value = f"{question.answer:g}".replace(".", ",")
    app._submit.click()


def test_quiz_self_study_shows_feedback_and_breakdown_after_submit():
    """Answering shows 'Correct.', every choice's feedback and the core's computation."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    for _ in range(len(app.session)):
        _answer_correctly(app)
        assert "Correct." in app.feedback.value
        app._next.click()
    assert 4 == len(app.session.responses)
    app._finish.click()
    assert "Score: <b>4 correct of 4 answered (4 in quiz)</b>" in app.report.value


def test_quiz_exam_hides_feedback_until_finish():
    """Exam mode records silently and reports at the end."""
    app = QuizApp(FIXTURES)
    app.settings.mode.value = "exam"
    app.settings.start.click()
    _answer_correctly(app)
    assert "Feedback comes with the report" in app.feedback.value
    app._finish.click()
    app.confirm._confirm.click()  # finishing an exam locks its answers: asked first
    assert "Correct." in app.feedback.value
    assert "Score: <b>1 correct of 1 answered (4 in quiz)</b>" in app.report.value


def test_quiz_lecture_mode_is_large_and_reveals_on_cue():
    """Lecture mode enlarges the text and shows answers only after Reveal."""
    app = QuizApp(FIXTURES)
    app.settings.mode.value = "lecture"
    assert "sm-lecture" in app._dom_classes
    app.settings.start.click()
    assert "The presenter reveals the answer" in app.feedback.value
    app._reveal.click()
    assert "✔" in app.feedback.value


def test_quiz_export_then_import_restores_answers_and_refuses_tampering(monkeypatch):
    """The download link holds the progress; loading it restores it; a changed file is refused."""
    monkeypatch.setenv("SPINEMET_PROGRESS", "off")  # the fresh app restores nothing by itself
    app = QuizApp(FIXTURES)
    app.settings.seed.value = "9"
    app.settings.start.click()
    _answer_correctly(app)
    href = app.export_link.value.split("href='")[1].split("'")[0]
    data = base64.b64decode(href.split(",", 1)[1])
    fresh = QuizApp(FIXTURES)
    fresh._upload.value = (_file("p.json", data),)
    assert "Progress loaded" in fresh.import_message.value
    assert 1 == len(fresh.session.responses)
    assert "9" == fresh.settings.seed.value
    tampered = json.loads(data)
    tampered["seed"] = 1
    before = fresh.session
    fresh._upload.value = (_file("t.json", json.dumps(tampered).encode()),)
    assert "Not loaded" in fresh.import_message.value
    assert fresh.session is before


def test_quiz_shows_choices_in_the_session_order():
    """The radio buttons and checkboxes follow session.choices, not the authored order."""
    app = QuizApp(FIXTURES)
    app.settings.seed.value = "4"
    app.settings.start.click()
    for i in range(len(app.session)):
        app.index = i
        app._show()
        _case, question = app.session.question(i)
        expected = [c.text for c in app.session.choices(i)]
        if question.type == "single_choice":
            assert expected == list(app._answer_box.children[0].options)
        elif question.type == "multiple_choice":
            assert expected == [box.description for box in app._answer_box.children]


def test_quiz_finds_its_bank_through_the_core_lookup(monkeypatch):
    """Without a folder the quiz reads spinemet_core.cases.bank_folder() (here SPINEMET_CASES)."""
    monkeypatch.setenv("SPINEMET_CASES", str(FIXTURES))
    assert ["good-noms"] == [c.id for c in QuizApp().cases]


def test_quiz_filters_can_leave_no_question():
    """Filtering everything out says so instead of failing."""
    app = QuizApp(FIXTURES)
    app.settings.difficulty.value = "advanced"
    app.settings.start.click()
    assert "No question matches" in app.status.value


def _to(app, question_id):
    app.index = [q for _c, q in app.session.items].index(question_id)
    app._show()
    return app._answer_box.children[0]


def test_numeric_answer_starts_empty_and_an_empty_submit_records_nothing():
    """Submit with the number field empty says 'Enter an answer first.' beside it; nothing is
    recorded and the question stays open."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    field = _to(app, "eqd2-value")
    assert "" == field.value
    app._submit.click()
    assert "Enter an answer first." in app.answer_message.value
    assert {} == app.session.responses
    assert "none" != app._submit.layout.display
    assert not field.disabled


@pytest.mark.parametrize(
    ("typed", "recorded", "correct"),
    [("36,05", 36.05, True), ("3,6", 3.6, False), (" 36 ", 36.0, True), ("36.0", 36.0, True)],
)
def test_numeric_answer_reads_a_decimal_comma_as_a_point(typed, recorded, correct):
    """'3,6' is recorded as 3.6 (never 36) and graded as such."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    _to(app, "eqd2-value").value = typed
    app._submit.click()
    response = app.session.responses[("good-noms", "eqd2-value")]
    assert (recorded, correct) == (response.answer, response.correct)
    assert ("Correct." if correct else "Not quite.") in app.feedback.value


def test_numeric_answer_that_is_not_a_number_is_refused_beside_the_field():
    """Text that is not a number is named beside the field; nothing is recorded."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    _to(app, "eqd2-value").value = "36 Gy"
    app._submit.click()
    assert "Not a number: &#x27;36 Gy&#x27;" in app.answer_message.value
    assert {} == app.session.responses


def test_choice_question_submitted_without_a_choice_records_nothing():
    """A single-choice question with nothing chosen asks for a choice."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    _to(app, "plan")
    app._submit.click()
    assert "Choose an answer first." in app.answer_message.value
    assert {} == app.session.responses


def _exported(app) -> bytes:
    href = app.export_link.value.split("href='")[1].split("'")[0]
    return base64.b64decode(href.split(",", 1)[1])


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 2048,
        b"{" * 1024 + b"}" * 1024,
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"",
        b"null",
        b'{"format": "spinemet-quiz-progress", "version": 1}',
        b"x" * (600 * 1024),
        b"NaN",
        '{"\u00e9": 1}'.encode("utf-16"),
    ],
    ids=[
        "2kB-brackets",
        "nested-objects",
        "binary",
        "empty",
        "null",
        "no-checksum",
        "600kB",
        "nan",
        "utf-16",
    ],
)
def test_malformed_progress_file_is_not_loaded_and_the_session_is_unchanged(content):
    """Every malformed, foreign, huge or deeply nested file says 'Not loaded: ...'."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    _answer_correctly(app)
    before, saved = app.session, app.session.export()
    app._upload.value = (_file("p.json", content),)
    assert "<b>Not loaded:</b>" in app.import_message.value
    assert app.session is before and saved == app.session.export()


def test_the_same_progress_file_loads_twice():
    """Choosing the same file again loads it again (the upload is forgotten after each)."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()
    _answer_correctly(app)
    upload = (_file("p.json", _exported(app)),)
    app._upload.value = upload
    app.confirm._confirm.click()  # it replaces a session holding an answer: asked first
    assert "1 answer(s) restored" in app.import_message.value
    app._next.click()
    _answer_correctly(app)
    assert 2 == len(app.session.responses)
    app.import_message.value = ""
    app._upload.value = upload
    assert "Replace this session (2 answer(s))" in app.confirm.message.value
    app.confirm._confirm.click()
    assert "1 answer(s) restored" in app.import_message.value
    assert 1 == len(app.session.responses)


def test_a_callback_that_raises_reports_in_the_page(monkeypatch):
    """An unexpected error in Submit, or in the upload, is shown in the page, not raised."""
    app = QuizApp(FIXTURES)
    app.settings.start.click()

    def boom(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(app.session, "answer", boom)
    _answer_correctly(app)
    assert "<b>Something went wrong:</b> boom" in app.alert.value
    monkeypatch.setattr(QuizSession, "import_progress", boom)
    app._upload.value = (_file("p.json", b"{}"),)  # an observer: would raise here
    assert "<b>Not loaded:</b> boom" in app.import_message.value


_APP = {}


def _shared_app():
    """One started quiz with one answer, built once for the property test."""
    if not _APP:
        app = QuizApp(FIXTURES)
        app.settings.start.click()
        _answer_correctly(app)
        _APP["app"] = app
    return _APP["app"]


@bounded(60)
@given(PROGRESS_BYTES)
def test_any_uploaded_bytes_are_restored_or_not_loaded_and_never_touch_the_session(content):
    """Property: random bytes, random JSON or deep brackets show 'Not loaded: ...' and leave
    the session as it was (no random file carries a valid checksum)."""
    app = _shared_app()
    before, saved = app.session, app.session.export()
    app.import_message.value = ""
    app._upload.value = (_file("random.json", content),)
    assert "<b>Not loaded:</b>" in app.import_message.value
    assert app.session is before and saved == app.session.export()
    assert () == app._upload.value


@pytest.mark.parametrize("typed", ["", "abc", "2,5", "-1", "1000000001", "٣"])
def test_a_seed_that_is_not_a_whole_number_in_range_starts_nothing(typed):
    """The seed is read as typed (never clamped); a bad one is named beside the field."""
    app = QuizApp(FIXTURES)
    app.settings.seed.value = typed
    app.settings.start.click()
    assert app.session is None
    assert "The seed is a whole number from 0 to 1,000,000,000" in app.settings.seed_message.value
    app.settings.seed.value = " 1000000000 "
    app.settings.start.click()
    assert 10**9 == app.session.seed
    assert "" == app.settings.seed_message.value


def test_case_files_that_fail_to_load_are_listed_with_file_line_and_reason(tmp_path):
    """A bank with a duplicated key shows that file, where and why; the other cases load."""
    good = Path(__file__).parents[1] / "cases" / "fixtures" / "good" / "noms_framework"
    (tmp_path / "noms_framework").mkdir()
    source = (good / "good-noms.yaml").read_text()
    (tmp_path / "noms_framework" / "good-noms.yaml").write_text(source)
    (tmp_path / "noms_framework" / "dup.yaml").write_text(
        source.replace("id: good-noms", "id: dup") + "questions: []\n"
    )
    app = QuizApp(tmp_path)
    text = app.bank_problems.value
    assert 1 == len(app.cases)
    assert "1 case file(s) not loaded" in text
    assert "dup.yaml" in text and "duplicate key" in text and "line" in text
