"""The presenter's secret and the cookie secret, made at first start into the state folder.

Both are random, written with owner-only permissions into the git-ignored state folder
(:func:`spinemet_poll.db.state_folder`), never committed and never put into a URL
shown to students.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

__all__ = ["COOKIE_ENV", "PRESENTER_ENV", "read_or_make"]

PRESENTER_ENV = "SPINEMET_POLL_PRESENTER_KEY"
"""Environment variable that gives the presenter's secret instead of the state file."""

COOKIE_ENV = "SPINEMET_POLL_COOKIE_SECRET"
"""Environment variable that gives the secret signing the students' token cookies (set it on
a cluster, where a restarted pod has no state file and would otherwise let a student who
answered already answer again under a new token)."""


def read_or_make(folder: Path, name: str, env: str | None = None) -> str:
    """The secret in ``folder/name`` (or in the environment variable ``env``), made if missing."""
    if env and os.environ.get(env):
        return os.environ[env]
    path = folder / name
    if path.is_file():
        return path.read_text(encoding="ascii").strip()
    value = secrets.token_urlsafe(24)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value
