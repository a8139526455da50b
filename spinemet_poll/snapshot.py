"""The question of a poll as the core computes it when the poll starts.

The presenter names a question (a check-yourself question of a topic, or a question of
a case in the bank with the quiz's seed); the core loads it, orders its choices as
the projected dashboard shows them and computes its key and explanation. A quiz's
template variant is named by its case id, ``"<template id>--<variant seed>"``
(:func:`~spinemet_core.cases.templates.variant_id`): the core draws the same variant
again from the template and that seed. The poll
keeps this snapshot, so a poll's record does not change if the bank does later.
"""

from __future__ import annotations

import functools
import re

from spinemet_core.cases import (
    CHECK_SEED,
    bank_folder,
    breakdown,
    check_question,
    choice_order,
    draw,
    load_bank,
    load_templates,
)
from spinemet_core.errors import InvalidInputError, SpinemetError, require_choice, require_int
from spinemet_core.references import get_reference

__all__ = ["SOURCES", "find_question", "snapshot"]

SOURCES = ("check", "bank")
"""Where a poll's question comes from: a dashboard's check-yourself box, or the case bank."""


@functools.cache
def _bank() -> dict:
    cases, _problems = load_bank(bank_folder())
    return {case.id: case for case in cases}


@functools.cache
def _templates() -> dict:
    templates, _problems = load_templates(bank_folder())
    return {template.id: template for template in templates}


def _case(case_id):
    """The bank's case ``case_id``, or the template variant it names; else InvalidInputError."""
    case = _bank().get(case_id)
    if case is not None:
        return case
    template_id, _, seed = str(case_id).rpartition("--")
    template = _templates().get(template_id)
    if template is None or not re.fullmatch(r"[0-9]{1,10}", seed):
        raise InvalidInputError(
            "case", case_id, "a case id of the bank or a quiz's template variant"
        )
    try:
        return draw(template, int(seed)).case
    except SpinemetError as exc:
        raise InvalidInputError("case", case_id, f"a variant that can be drawn ({exc})") from None


def find_question(source: str, where: str, question_id: str, seed=None):
    """The case, question and shown choices named by the presenter.

    ``where`` is the topic for ``source="check"`` (seed fixed to ``CHECK_SEED``) and the
    case id for ``source="bank"``, a hand-written case or a template variant (``seed`` is
    the quiz's seed, which orders the choices). Raises
    :class:`InvalidInputError` for anything unknown.
    """
    require_choice("source", source, SOURCES)
    for name, value in (("where", where), ("question", question_id)):
        if not isinstance(value, str):
            raise InvalidInputError(name, value, "a name (text) from the Start poll link")
    if source == "check":
        case, question = check_question(where, question_id)
        seed = CHECK_SEED
    else:
        case = _case(where)
        ids = [q.id for q in case.questions]
        question = case.questions[ids.index(require_choice("question", question_id, ids))]
        seed = require_int("seed", seed, minimum=0, maximum=10**9)
    return case, question, choice_order(question, seed=seed, case_id=case.id)


def snapshot(source: str, where: str, question_id: str, seed=None) -> dict:
    """The poll columns of the question named as in :func:`find_question`."""
    case, question, choices = find_question(source, where, question_id, seed)
    cites = ", ".join(get_reference(key).label for key in question.citekeys)
    if question.fidelity:
        cites += f"; status: {question.fidelity.label}"
    return {
        "source": source,
        "case_id": case.id,
        "question_id": question.id,
        "kind": question.type,
        "vignette": case.vignette.strip(),
        "prompt": question.prompt.strip(),
        "choices": [
            {"text": c.text, "correct": c.correct, "feedback": c.feedback} for c in choices
        ],
        "answer": question.answer,
        "tolerance": question.tolerance,
        "explanation": question.explanation,
        "breakdown": breakdown(case, question),
        "citation": cites,
    }
