"""Saved progress read without trust: every bad file is a ProgressError in words, never
another exception (examples, then properties over random and tampered files)."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.cases import load_case
from spinemet_core.progress import MAX_PROGRESS_BYTES
from spinemet_core.quiz import ProgressError, QuizSession

from .strategies import PROGRESS_BYTES, bounded, signed, tampered_progress

CASE = load_case(
    Path(__file__).parent / "cases" / "fixtures" / "good" / "noms_framework" / "good-noms.yaml"
)


def _saved() -> dict:
    session = QuizSession([CASE], mode="lecture", seed=3)
    _case, question = session.question(0)
    answer = {"numeric": question.answer, "multiple_choice": list(question.correct_texts)}
    session.answer(0, answer.get(question.type, question.choices[0].text), "high")
    session.reveal(0)
    return json.loads(json.dumps(session.export()))


SAVED = _saved()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 2048, "nested deeper than 8 levels"),
        ('{"a": ' * 3000, "nested deeper than 8 levels"),
        (b" " * (MAX_PROGRESS_BYTES + 1), "larger than 512 kB"),
        (b"\xff\xfe", "not JSON"),
        (b"NaN", "not JSON"),
        (b'{"x": Infinity}', "not JSON"),
        (b"[1, 2", "not JSON"),
        (b"9" * 5000, "not JSON"),
        (b"[]", "not a spinemet quiz progress file"),
    ],
)
def test_malformed_files_are_refused_in_words(content, message):
    """Deep, huge, non-UTF-8, non-standard or foreign JSON: one ProgressError each."""
    with pytest.raises(ProgressError, match=message):
        QuizSession.import_progress(content, [CASE])


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda d: d.update(version=True), "version True is not supported"),
        (lambda d: d.update(finished="no"), "'finished' is not true or false"),
        (lambda d: d.update(revealed=[["good-noms", "nope"]]), "revealed questions are not"),
        (lambda d: d.update(responses={}), "responses are not a list"),
        (lambda d: d["responses"].append({"case": "x", "question": "y"}), "not in this quiz"),
        (lambda d: d["settings"].update(topics="noms_framework"), "incomplete or inconsistent"),
        (lambda d: d["responses"][0].update(answer=[[1]]), "incomplete or inconsistent"),
        (lambda d: d.pop("items"), "incomplete or inconsistent"),
    ],
)
def test_a_re_signed_file_is_still_checked_behind_its_checksum(tamper, message):
    """A changed file with a recomputed checksum is refused by the checks behind it."""
    data = json.loads(json.dumps(SAVED))
    tamper(data)
    with pytest.raises(ProgressError, match=message):
        QuizSession.import_progress(json.dumps(signed(data)).encode(), [CASE])


def test_a_saved_file_loads_twice_and_round_trips():
    """The same bytes give the same session each time."""
    raw = json.dumps(SAVED).encode()
    first = QuizSession.import_progress(raw, [CASE])
    assert SAVED == first.export() == QuizSession.import_progress(raw, [CASE]).export()


def _outcome(content) -> str:
    try:
        QuizSession.import_progress(content, [CASE])
    except ProgressError as exc:
        return "not loaded" if str(exc) else "an empty message"
    return "restored"


@bounded(150)
@given(PROGRESS_BYTES)
def test_random_bytes_or_json_are_restored_or_not_loaded(content):
    """Property: random bytes, random JSON and deep brackets never raise anything else."""
    assert _outcome(content) in {"restored", "not loaded"}


@bounded(150)
@given(tampered_progress(SAVED), st.sampled_from(["dict", "bytes"]))
def test_tampered_progress_is_restored_or_not_loaded(data, form):
    """Property: a saved file with any node replaced (re-signed or not) is restored (then
    re-graded) or refused, never another exception."""
    content = data if form == "dict" else json.dumps(data).encode()
    assert _outcome(content) in {"restored", "not loaded"}
