"""Seeded choice order, grading by text and agreement with the core's value."""

import random

import pytest

from spinemet_core.cases import (
    CHECK_SEED,
    bank_folder,
    checks_folder,
    choice_order,
    grade,
    load_bank,
)
from spinemet_core.cases.answers import agrees, shown

BANK, _ = load_bank(bank_folder())
CHECKS, _ = load_bank(checks_folder())
CHOICE_QUESTIONS = [(c, q) for c in (*BANK, *CHECKS) for q in c.questions if q.choices]
SEEDS = (*range(1, 11), CHECK_SEED)
CHI2_999 = {1: 10.828, 2: 13.816, 3: 16.266, 4: 18.467, 5: 20.515, 6: 22.458}
"""Upper 0.1% points of the chi-square distribution by degrees of freedom."""


def _positions(order):
    """Observed and expected counts of correct choices at each displayed position.

    A question with n choices of which k are correct expects k/n correct choices at
    each of its n positions when the order is a uniform shuffle.
    """
    size = max(len(q.choices) for _c, q in CHOICE_QUESTIONS)
    observed, expected = [0] * size, [0.0] * size
    for seed in SEEDS:
        for case, question in CHOICE_QUESTIONS:
            shown_order = order(case, question, seed)
            k = sum(c.correct for c in shown_order)
            for position, choice in enumerate(shown_order):
                observed[position] += choice.correct
                expected[position] += k / len(shown_order)
    return observed, expected


def _chi2(observed, expected):
    return sum((o - e) ** 2 / e for o, e in zip(observed, expected, strict=True))


def _seeded(case, question, seed):
    return choice_order(question, seed=seed, case_id=case.id)


def test_bank_and_checks_give_every_choice_question():
    """The position test runs over 107 choice questions: 67 + 28 of the bank, 12 checks."""
    assert 107 == len(CHOICE_QUESTIONS)
    assert 12 == sum(1 for c, _q in CHOICE_QUESTIONS if c in CHECKS)


def test_correct_choice_is_spread_evenly_over_the_displayed_positions():
    """Over all questions and 11 seeds the correct choice's position passes a chi-square
    test of uniformity (0.1% level), and each well-filled position gets 80-120% of its share."""
    observed, expected = _positions(_seeded)
    assert _chi2(observed, expected) < CHI2_999[len(observed) - 1], (observed, expected)
    for o, e in zip(observed, expected, strict=True):
        if e >= 200:
            assert 0.8 <= o / e <= 1.2, (observed, expected)


def test_position_test_rejects_the_authored_order():
    """Without the shuffle (the order as written, correct first) the same test fails."""
    observed, expected = _positions(lambda _case, question, _seed: question.choices)
    assert _chi2(observed, expected) > CHI2_999[len(observed) - 1]
    assert observed[0] > 2 * expected[0]


def test_same_seed_gives_the_same_order_and_seeds_differ():
    """choice_order is a pure function of (seed, case, question); other seeds reorder."""
    for case, question in CHOICE_QUESTIONS:
        first = choice_order(question, seed=7, case_id=case.id)
        assert first == choice_order(question, seed=7, case_id=case.id)
        assert sorted(question.choices, key=id) == sorted(first, key=id)
    differ = sum(
        _seeded(c, q, 7) != _seeded(c, q, 8) for c, q in CHOICE_QUESTIONS if len(q.choices) > 2
    )
    assert differ > len(CHOICE_QUESTIONS) // 2


def test_choice_order_does_not_touch_the_global_random_state():
    """Shuffling for display leaves random's module state alone (a quiz seed stays a seed)."""
    random.seed(3)
    before = random.random()
    random.seed(3)
    case, question = CHOICE_QUESTIONS[0]
    choice_order(question, seed=1, case_id=case.id)
    assert before == random.random()


def test_grade_uses_the_choice_text_whatever_its_position():
    """The correct text grades right in every displayed order."""
    for case, question in CHOICE_QUESTIONS:
        if question.type != "single_choice":
            continue
        for seed in (1, 2):
            order = choice_order(question, seed=seed, case_id=case.id)
            assert [grade(question, c.text) for c in order] == [c.correct for c in order]


@pytest.mark.parametrize(
    ("value", "text", "tolerance", "expected"),
    [
        (12.0, "12", None, True),
        (12.0, "12.0", None, True),
        (4.833, "4.8", 0.05, True),
        (4.833, "4.8", None, False),
        (4.833, "1.5", 0.05, False),
        (12.0, "twelve", None, False),
        (11, "11", None, True),
        (True, "yes", None, True),
        ("9-11", "9-11", None, True),
        ("SRS", "srs", None, False),
    ],
)
def test_agrees_compares_numbers_within_tolerance_and_text_exactly(
    value, text, tolerance, expected
):
    """A computed number agrees with a choice within its tolerance; anything else by text."""
    assert expected is agrees(value, text, tolerance)


def test_shown_writes_values_as_choice_texts():
    """Booleans read yes/no and floats lose a trailing .0."""
    assert ("yes", "no", "12", "4.5", "11") == (
        shown(True),
        shown(False),
        shown(12.0),
        shown(4.5),
        shown(11),
    )
