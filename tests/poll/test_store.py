"""The poll storage, run on SQLite and on PostgreSQL (spinemet_poll/store.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import inspect, text

from spinemet_core.errors import InvalidInputError
from spinemet_poll.db import head
from spinemet_poll.snapshot import snapshot
from spinemet_poll.store import MAX_ANSWERS, PollClosed, PollFull, PollNotFound

TOKEN_A, TOKEN_B, TOKEN_C = "a" * 22, "b" * 22, "c" * 22


def test_upgrade_creates_the_two_tables_at_the_head_revision(store):
    """alembic upgrade head leaves the poll and answer tables and the newest revision."""
    tables = set(inspect(store.engine).get_table_names())
    with store.engine.connect() as conn:
        revision = conn.execute(text("select version_num from alembic_version")).scalar()
    assert {"poll", "answer", "alembic_version"} == tables
    assert ("0002", "0002") == (head(), revision)


def test_sqlite_runs_in_wal_mode(tmp_path):
    """The default SQLite file is opened in WAL mode."""
    from spinemet_poll.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite'}")
    with engine.connect() as conn:
        assert "wal" == conn.execute(text("PRAGMA journal_mode")).scalar()
    engine.dispose()


def test_a_new_poll_is_open_with_a_five_character_code(store, single):
    """create gives an open poll whose code has five characters of the code alphabet."""
    poll = store.create(single)
    assert ("open", 5) == (store.get(poll.code).state, len(poll.code))


def test_the_snapshot_keeps_the_core_key_and_explanation(store, single):
    """The stored question holds the correct choice and the explanation of the core."""
    poll = store.get(store.create(single).code)
    assert ["12.0"] == [c["text"] for c in poll.choices if c["correct"]]
    assert single["explanation"] == poll.explanation


def test_one_answer_per_student_and_a_change_replaces_it(store, single):
    """A second submission of the same token updates its row, never adds one."""
    code = store.create(single).code
    store.submit(code, TOKEN_A, "8.0", "low")
    store.submit(code, TOKEN_A, "12.0", "high")
    _poll, rows = store.answers(code)
    assert [(["12.0"], "high", True)] == [(r.choice, r.confidence, r.correct) for r in rows]


def test_counts_follow_the_shown_choice_order(store, single):
    """results counts each choice in the order shown, with confidence and right answers."""
    code = store.create(single).code
    store.submit(code, TOKEN_A, "12.0", "high")
    store.submit(code, TOKEN_B, "8.0", "low")
    store.submit(code, TOKEN_C, "12.0", "medium")
    results = store.results(code)
    counts = {bar["label"]: bar["count"] for bar in results["bars"]}
    assert {"12.0": 2, "8.0": 1, "20.0": 0} == counts
    assert [c["text"] for c in single["choices"]] == [bar["label"] for bar in results["bars"]]
    assert (3, 2, {"low": 1, "medium": 1, "high": 1}) == (
        results["answered"],
        results["right"],
        results["confidence"],
    )


@pytest.mark.parametrize(
    ("answer", "confidence"),
    [("13.0", "high"), ("", "high"), (None, "high"), (["12.0"], "high"), ("12.0", "sure")],
)
def test_a_bad_answer_is_refused_and_nothing_is_stored(store, single, answer, confidence):
    """An answer that is not a choice, or a bad confidence, raises and stores nothing."""
    code = store.create(single).code
    with pytest.raises(InvalidInputError):
        store.submit(code, TOKEN_A, answer, confidence)
    assert 0 == store.results(code)["answered"]


def test_a_numeric_answer_accepts_a_decimal_comma_and_is_never_rounded(store):
    """ "5,25" is stored as 5.25 and graded against the core's key (5, tolerance 0)."""
    code = store.create(snapshot("bank", "noms-01", "sins-total", 1)).code
    store.submit(code, TOKEN_A, "5,25", "low")
    store.submit(code, TOKEN_B, 5, "high")
    _poll, rows = store.answers(code)
    assert [(5.25, False), (5.0, True)] == [(r.number, r.correct) for r in rows]
    with pytest.raises(InvalidInputError):
        store.submit(code, TOKEN_C, "five", "low")


def test_a_multiple_choice_answer_must_be_distinct_choices(store):
    """A multiple choice takes a list of distinct choice texts; the exact set is right."""
    columns = snapshot("bank", "noms-01", "plan-statements", 1)
    code = store.create(columns).code
    right = [c["text"] for c in columns["choices"] if c["correct"]]
    store.submit(code, TOKEN_A, right, "high")
    with pytest.raises(InvalidInputError):
        store.submit(code, TOKEN_B, [right[0], right[0]], "high")
    assert (1, 1) == (store.results(code)["answered"], store.results(code)["right"])


def test_a_closed_poll_takes_no_answer_until_reopened(store, single):
    """close stops answers, open lets them in again."""
    code = store.create(single).code
    store.move(code, "close")
    with pytest.raises(PollClosed):
        store.submit(code, TOKEN_A, "12.0", "high")
    store.move(code, "open")
    store.submit(code, TOKEN_A, "12.0", "high")
    assert 1 == store.results(code)["answered"]


def test_reveal_ends_the_poll_for_good(store, single):
    """A revealed poll takes no answer and cannot be opened again."""
    code = store.create(single).code
    poll = store.move(code, "reveal")
    assert ("revealed", True) == (poll.state, poll.revealed_at is not None)
    with pytest.raises(PollClosed):
        store.submit(code, TOKEN_A, "12.0", "high")
    with pytest.raises(PollClosed):
        store.move(code, "open")


def test_an_unknown_code_is_not_found(store):
    """A well-formed code nobody uses raises PollNotFound; a malformed one is refused."""
    with pytest.raises(PollNotFound):
        store.get("ZZZZZ")
    with pytest.raises(InvalidInputError):
        store.get("no!")


def test_export_has_one_row_per_student_and_no_token(store, single):
    """The CSV holds a header and one numbered row per student; no token appears."""
    code = store.create(single).code
    for token in (TOKEN_A, TOKEN_B, TOKEN_C):
        store.submit(code, token, "12.0", "medium")
    exported = store.export_csv(code)
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert ["1", "2", "3"] == [row["student"] for row in rows]
    assert TOKEN_A not in exported


def test_a_full_poll_refuses_new_students(store, single, monkeypatch):
    """Past MAX_ANSWERS a new token is refused while a known one may still change."""
    monkeypatch.setattr("spinemet_poll.store.MAX_ANSWERS", 1)
    code = store.create(single).code
    store.submit(code, TOKEN_A, "8.0", "low")
    with pytest.raises(PollFull):
        store.submit(code, TOKEN_B, "12.0", "low")
    store.submit(code, TOKEN_A, "12.0", "low")
    assert 2000 == MAX_ANSWERS


def test_a_multiple_choice_answer_is_exported_as_a_list_that_reads_back(store):
    """Several choices go into one CSV cell as a JSON list, whatever the choices' own text."""
    columns = snapshot("bank", "noms-01", "plan-statements", 1)
    code = store.create(columns).code
    chosen = [c["text"] for c in columns["choices"]][:2]
    store.submit(code, TOKEN_A, chosen, "low")
    row = next(csv.DictReader(io.StringIO(store.export_csv(code))))
    assert chosen == json.loads(row["answer"])
