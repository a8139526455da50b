"""The Alembic migrations of the poll schema (spinemet_poll/migrations/), on both databases."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect, text

from spinemet_poll import db
from spinemet_poll.db import downgrade, make_engine, upgrade
from spinemet_poll.snapshot import snapshot
from spinemet_poll.store import PollStore

COLUMNS_0001 = (
    "code, state, source, case_id, question_id, kind, vignette, prompt, choices, "
    "explanation, breakdown, citation, created_at"
)


def _poll_at_0001(engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                f"INSERT INTO poll ({COLUMNS_0001}) VALUES ('ABCDE', 'open', 'check', 'c', 'q', "
                "'single_choice', 'v', 'p', '[{\"text\": \"yes\", \"correct\": true, "
                "\"feedback\": \"f\"}]', 'e', '[]', '', CURRENT_TIMESTAMP)"
            )
        )


def test_a_poll_made_before_the_counters_keeps_working_after_the_upgrade(database_url):
    """A poll stored at revision 0001 has both counters at 0 after the upgrade, and moves."""
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    _poll_at_0001(engine)
    upgrade(engine)
    store = PollStore(engine)
    before = store.versions(["ABCDE"])
    store.move("ABCDE", "close")
    after = store.versions(["ABCDE"])
    engine.dispose()
    assert {"ABCDE": {"moves": 0, "changes": 0}} == before
    assert {"ABCDE": {"moves": 1, "changes": 1}} == after


def test_downgrade_to_0001_drops_only_the_counters(database_url):
    """Downgrading to 0001 removes the two counter columns and keeps the polls."""
    engine = make_engine(database_url)
    upgrade(engine)
    PollStore(engine).create(snapshot("check", "stereotactic_radiosurgery", "eqd2-8x1"))
    downgrade(engine, "0001")
    columns = {c["name"] for c in inspect(engine).get_columns("poll")}
    with engine.connect() as conn:
        polls = conn.execute(text("SELECT count(*) FROM poll")).scalar()
    engine.dispose()
    assert (set(), 1) == ({"moves", "changes"} & columns, polls)


def _migrate_in_a_new_process(url: str) -> subprocess.Popen:
    script = f"from spinemet_poll.db import make_engine, upgrade; upgrade(make_engine({url!r}))"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen([sys.executable, "-c", script], env=env, stderr=subprocess.PIPE)


def test_servers_starting_together_on_a_new_database_migrate_one_at_a_time(database_url):
    """Three processes (pods) upgrading one new database at once all succeed."""
    runs = [_migrate_in_a_new_process(database_url) for _ in range(3)]
    errors = [run.communicate(timeout=120)[1].decode()[-300:] for run in runs]
    assert [(0, "")] * 3 == [(run.returncode, err) for run, err in zip(runs, errors, strict=True)]


def test_while_one_process_migrates_no_other_can_start(database_url):
    """Inside the migration's transaction the lock is held: another process's try fails."""
    engine = make_engine(database_url)
    with db._migrating(engine):
        if engine.dialect.name == "postgresql":
            other = make_engine(database_url)
            with other.connect() as conn:
                key = {"key": db.MIGRATION_LOCK}
                taken = conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), key).scalar()
            other.dispose()
        else:
            with open(f"{engine.url.database}.migrate-lock", "a") as lock:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    taken = True
                except BlockingIOError:
                    taken = False
    engine.dispose()
    assert taken is False
