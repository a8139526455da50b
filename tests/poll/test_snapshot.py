"""The question a poll keeps, as the core computes it (spinemet_poll/snapshot.py)."""

from __future__ import annotations

import pytest

from spinemet_core.cases import bank_folder, load_bank, load_templates
from spinemet_core.errors import InvalidInputError
from spinemet_core.quiz_templates import build_quiz
from spinemet_poll.snapshot import snapshot


@pytest.fixture(scope="module")
def lecture():
    """A lecture-mode quiz of the bank with its template variants (quiz seed 4)."""
    cases, _ = load_bank(bank_folder())
    templates, _ = load_templates(bank_folder())
    return build_quiz(cases, templates, mode="lecture", seed=4)


def test_a_template_variant_of_the_quiz_can_be_polled_as_the_room_sees_it(lecture):
    """A variant named by its case id is drawn again: same vignette, choice order and key."""
    index = next(i for i in range(len(lecture)) if lecture.question(i)[0].id in lecture.variants)
    case, question = lecture.question(index)
    columns = snapshot("bank", case.id, question.id, lecture.seed)
    shown = [
        {"text": c.text, "correct": c.correct, "feedback": c.feedback}
        for c in lecture.choices(index)
    ]
    assert (case.vignette.strip(), question.prompt.strip()) == (
        columns["vignette"],
        columns["prompt"],
    )
    assert (shown, question.answer) == (columns["choices"], columns["answer"])


def test_every_variant_of_a_lecture_quiz_can_be_polled(lecture):
    """Every question of every variant in the quiz starts a poll with the same case id."""
    named = [lecture.question(i) for i in range(len(lecture))]
    variants = [(c, q) for c, q in named if c.id in lecture.variants]
    polled = [snapshot("bank", c.id, q.id, lecture.seed)["case_id"] for c, q in variants]
    assert len(variants) >= 16
    assert [c.id for c, _ in variants] == polled


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("tpl-nosuch--3", "a case id of the bank or a quiz's template variant"),
        ("noms-01--x", "a case id of the bank or a quiz's template variant"),
    ],
)
def test_an_unknown_case_or_variant_is_refused_naming_the_field(where, reason):
    """A case id that is neither a bank case nor a template id with a seed names ``case``."""
    with pytest.raises(InvalidInputError) as caught:
        snapshot("bank", where, "sins-total", 1)
    assert ("case", reason) == (caught.value.field, caught.value.allowed)
