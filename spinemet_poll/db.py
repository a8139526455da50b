"""Where the polls are stored, and the engine that stores them.

The database is named by one URL, looked up in this order:

1. the environment variable ``SPINEMET_POLL_DB`` (any SQLAlchemy URL, e.g.
   ``postgresql+psycopg://poll:secret@db/poll`` for a hub on several machines);
2. the SQLite file ``polls.sqlite`` in the state folder (:func:`state_folder`).

SQLite runs in WAL mode (readers do not wait for the writer) with a busy timeout.
:func:`upgrade` brings any database to the newest schema with Alembic.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text

__all__ = [
    "DB_ENV",
    "STATE_ENV",
    "database_url",
    "downgrade",
    "head",
    "make_engine",
    "state_folder",
    "upgrade",
]

DB_ENV = "SPINEMET_POLL_DB"
"""Environment variable holding the database URL; it wins over the default file."""

STATE_ENV = "SPINEMET_POLL_STATE"
"""Environment variable naming the state folder (database file and presenter secret)."""

_ROOT = Path(__file__).resolve().parents[1]
_MIGRATIONS = Path(__file__).resolve().with_name("migrations")


def state_folder() -> Path:
    """The folder of the poll server's state, created if missing.

    ``SPINEMET_POLL_STATE`` if set, else ``deploy/poll/.state/`` of the source checkout
    (git-ignored), else ``~/.local/share/spinemet-poll``.
    """
    configured = os.environ.get(STATE_ENV)
    if configured:
        folder = Path(configured).expanduser()
    elif (_ROOT / "deploy").is_dir():
        folder = _ROOT / "deploy" / "poll" / ".state"
    else:
        folder = Path.home() / ".local" / "share" / "spinemet-poll"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def database_url() -> str:
    """The database URL: ``SPINEMET_POLL_DB``, else the SQLite file of the state folder."""
    return os.environ.get(DB_ENV) or f"sqlite:///{state_folder() / 'polls.sqlite'}"


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (default :func:`database_url`); SQLite connections use WAL."""
    url = url or database_url()
    engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head() -> str:
    """The newest revision of the migrations (what :func:`upgrade` reaches by default)."""
    return ScriptDirectory.from_config(_config()).get_current_head()


MIGRATION_LOCK = 886701
"""PostgreSQL advisory lock key held while the schema migrates."""


@contextlib.contextmanager
def _migrating(engine: Engine):
    """A connection in a transaction that no other process migrates at the same time: two
    server processes (pods) starting together on a new database would otherwise both
    create the tables, and one would fail. PostgreSQL: an advisory lock for the
    transaction. SQLite: an exclusive lock on a file beside the database."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with open(f"{engine.url.database}.migrate-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            with engine.begin() as connection:
                yield connection
        return
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        yield connection


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations of ``migrations/`` up to ``revision`` (``alembic upgrade``),
    one process at a time."""
    config = _config()
    with _migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo the migrations after ``revision`` (``alembic downgrade``)."""
    config = _config()
    with _migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
