"""The shared question view: answer controls, the one feedback renderer, the one reveal."""

from pathlib import Path

import pytest

pytest.importorskip("ipywidgets")

import ipywidgets as widgets

from spinemet_core.cases import load_case
from spinemet_core.errors import InvalidInputError
from spinemet_core.ui import presentation as pres
from spinemet_core.ui.components import check_yourself
from spinemet_core.ui.question import (
    answer_controls,
    feedback_html,
    read_answer,
    reports_errors,
    reveal_html,
)
from spinemet_core.ui.quiz import QuizApp

FIXTURES = Path(__file__).parents[1] / "cases" / "fixtures" / "good"
CASE = load_case(FIXTURES / "noms_framework" / "good-noms.yaml")
Q = {q.id: q for q in CASE.questions}


def test_controls_follow_the_given_order_and_hold_the_answer():
    """Radio options and checkboxes come in the order passed; a saved answer is restored."""
    plan = Q["plan"]
    order = tuple(reversed(plan.choices))
    (radio,) = answer_controls(plan, order, "cEBRT")
    assert ["cEBRT", "Separation surgery, then SRS"] == list(radio.options)
    assert "cEBRT" == read_answer(plan, (radio,))
    why = Q["why-separate"]
    boxes = answer_controls(why, why.choices, [why.choices[1].text])
    assert [False, True, False] == [b.value for b in boxes]
    assert [why.choices[1].text] == read_answer(why, boxes)
    assert read_answer(why, answer_controls(why, why.choices)) is None


def test_feedback_gives_verdict_every_choice_and_the_core_computation():
    """A graded answer shows the verdict, marks the learner's choice and explains the key."""
    plan = Q["plan"]
    html = feedback_html(CASE, plan, plan.choices, answer="cEBRT", correct=False)
    assert html.startswith(
        "<div class='sm-feedback-wrong'><b>Not quite.</b> <ul><li class=sm-key-choice>✔ <b>Sep"
    )
    assert "✖ <b>cEBRT</b>: Renal cell carcinoma responds poorly" in html
    assert "conventional radiotherapy. <i class='sm-your-answer'>(your answer)</i>" in html
    assert "How the core computes it" in html
    assert "(Laufer 2013" in html


def test_numeric_feedback_names_the_answer_and_tolerance():
    """A numeric question's feedback gives the answer and its tolerance."""
    html = feedback_html(CASE, Q["eqd2-value"], (), answer=36.0, correct=True)
    assert "The answer is <b class='sm-correct-answer'>36</b> (within 0.1)." in html


def test_reveal_has_no_verdict_and_is_the_one_used_by_quiz_and_check(monkeypatch):
    """The lecture reveal of the quiz and of a check-yourself box is reveal_html's output."""
    plan = Q["plan"]
    html = reveal_html(CASE, plan, plan.choices)
    assert html.startswith("<div class='sm-feedback-key sm-feedback-correct'><ul>")
    assert "Correct." not in html and "Not quite." not in html
    app = QuizApp(FIXTURES)
    app.settings.mode.value = "lecture"
    app.settings.start.click()
    app._reveal.click()
    case, question = app.session.question(app.index)
    assert reveal_html(case, question, app.session.choices(app.index)) == app.feedback.value
    monkeypatch.setattr(pres, "_CURRENT", None)
    monkeypatch.setenv("QUERY_STRING", "mode=lecture")
    widget = check_yourself("noms_framework", "sins-band")
    widget._check.click()
    assert reveal_html(widget.case, widget.question, widget.choices) == widget._feedback.value


def test_number_field_starts_empty_and_reads_what_was_typed():
    """The numeric control is a text field: empty at first, '2,4' read as 2.4, a saved 36.0
    shown as '36', and text that is not a number refused with the field named."""
    question = Q["eqd2-value"]
    (field,) = answer_controls(question, ())
    assert "" == field.value
    assert read_answer(question, (field,)) is None
    field.value = "2,4"
    assert 2.4 == read_answer(question, (field,))
    assert "36" == answer_controls(question, (), 36.0)[0].value
    field.value = "two"
    with pytest.raises(InvalidInputError, match="^answer: 'two' is not a number"):
        read_answer(question, (field,))


def test_reports_errors_shows_the_error_in_the_target_and_swallows_it():
    """A decorated callback that raises writes the lead and the message into the target."""

    class Box:
        def __init__(self):
            self.out = widgets.HTML()

        @reports_errors("out", "Oops:")
        def fails(self, _change=None):
            raise ValueError("<b>bad</b> value")

        @reports_errors("out")
        def works(self):
            return 7

    box = Box()
    assert box.fails() is None
    assert "role='alert'><b>Oops:</b> &lt;b&gt;bad&lt;/b&gt; value</div>" in box.out.value
    assert 7 == box.works()


def test_feedback_shows_the_explanations_sources_and_status():
    """The explanation ends with its citations and the status given in the case file."""
    plan = Q["plan"]
    html = feedback_html(CASE, plan, plan.choices, answer="cEBRT", correct=False)
    assert "(Laufer 2013, Oncologist; status: unconfirmed)</span>" in html
