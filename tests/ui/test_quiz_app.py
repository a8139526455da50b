"""Headless tests of the case-quiz dashboard."""

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.quiz import QuizApp

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
        app._answer_box.children[0].value = question.answer
    app._submit.click()


def test_quiz_self_study_shows_feedback_and_breakdown_after_submit():
    """Answering shows 'Correct.', every choice's feedback and the core's computation."""
    app = QuizApp(FIXTURES)
    app._start.click()
    for _ in range(len(app.session)):
        _answer_correctly(app)
        assert "Correct." in app.feedback.value
        app._next.click()
    assert 4 == len(app.session.responses)
    app._finish.click()
    assert "Score: <b>4 / 4</b>" in app.report.value


def test_quiz_exam_hides_feedback_until_finish():
    """Exam mode records silently and reports at the end."""
    app = QuizApp(FIXTURES)
    app._mode.value = "exam"
    app._start.click()
    _answer_correctly(app)
    assert "Feedback comes with the report" in app.feedback.value
    app._finish.click()
    assert "Correct." in app.feedback.value
    assert "Score: <b>1 / 4</b>" in app.report.value


def test_quiz_lecture_mode_is_large_and_reveals_on_cue():
    """Lecture mode enlarges the text and shows answers only after Reveal."""
    app = QuizApp(FIXTURES)
    app._mode.value = "lecture"
    assert "sm-lecture" in app._dom_classes
    app._start.click()
    assert "The presenter reveals the answer" in app.feedback.value
    app._reveal.click()
    assert "✔" in app.feedback.value


def test_quiz_export_then_import_restores_answers_and_refuses_tampering():
    """The download link holds the progress; loading it restores it; a changed file is refused."""
    app = QuizApp(FIXTURES)
    app._seed.value = 9
    app._start.click()
    _answer_correctly(app)
    href = app.export_link.value.split("href='")[1].split("'")[0]
    data = base64.b64decode(href.split(",", 1)[1])
    fresh = QuizApp(FIXTURES)
    fresh._upload.value = (_file("p.json", data),)
    assert "Progress loaded" in fresh.import_message.value
    assert 1 == len(fresh.session.responses)
    assert 9 == fresh._seed.value
    tampered = json.loads(data)
    tampered["seed"] = 1
    before = fresh.session
    fresh._upload.value = (_file("t.json", json.dumps(tampered).encode()),)
    assert "Not loaded" in fresh.import_message.value
    assert fresh.session is before


def test_quiz_shows_choices_in_the_session_order():
    """The radio buttons and checkboxes follow session.choices, not the authored order."""
    app = QuizApp(FIXTURES)
    app._seed.value = 4
    app._start.click()
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
    app._difficulty.value = "advanced"
    app._start.click()
    assert "No question matches" in app.status.value
