"""Fixtures of the poll tests: the same suite runs on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import itertools

import pytest

from spinemet_poll.db import make_engine, upgrade
from spinemet_poll.snapshot import snapshot
from spinemet_poll.store import PollStore
from tools.postgres import PostgresServer, find_bin

_NUMBERS = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the whole run (fails, never skips, without postgresql)."""
    if find_bin("initdb") is None:
        pytest.fail("PostgreSQL is not installed: run 'make test' (Debian package postgresql)")
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'polls.sqlite'}"
    server = request.getfixturevalue("postgres")
    return server.create_database(f"poll_{next(_NUMBERS)}")


@pytest.fixture
def store(database_url):
    """A migrated :class:`PollStore` on an empty database."""
    engine = make_engine(database_url)
    upgrade(engine)
    yield PollStore(engine)
    engine.dispose()


@pytest.fixture
def single():
    """Snapshot columns of a single-choice check-yourself question."""
    return snapshot("check", "stereotactic_radiosurgery", "eqd2-8x1")
