"""Saved quiz progress on disk: where it lives, written atomically, read without trust.

The case quiz saves its session after every answer (autosave) into one JSON file in the
format of :mod:`spinemet_core.progress`, and restores it when the page is opened again.
Where the file lives:

- ``$SPINEMET_PROGRESS`` when set: a file path; the words ``off`` or an empty value turn
  autosave off (a Voilà server shared by many people, whose kernels share one home);
- else ``$XDG_DATA_HOME/spinemet/progress.json``, ``XDG_DATA_HOME`` defaulting to
  ``~/.local/share`` (``make dashboards``, Binder, and a JupyterHub user's own server,
  which runs in that user's home).

A file that cannot be restored is never overwritten: it is renamed beside itself
(``progress.json.unreadable-<UTC time>``) and the caller tells the learner where it went.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from .progress import MAX_PROGRESS_BYTES, ProgressError

__all__ = ["OFF_WORDS", "PROGRESS_ENV", "progress_location", "read_progress", "set_aside", "write"]

PROGRESS_ENV = "SPINEMET_PROGRESS"
"""Environment variable naming the progress file (or turning autosave off)."""
OFF_WORDS = ("", "off")
"""Values of :data:`PROGRESS_ENV` that turn autosave off."""


def progress_location(environ: Mapping[str, str] | None = None) -> Path | None:
    """The progress file of this user, or ``None`` when autosave is turned off.

    >>> str(progress_location({"SPINEMET_PROGRESS": "/tmp/p.json"}))
    '/tmp/p.json'
    >>> str(progress_location({"XDG_DATA_HOME": "/data", "HOME": "/home/a"}))
    '/data/spinemet/progress.json'
    >>> progress_location({"SPINEMET_PROGRESS": "off"}) is None
    True
    """
    environ = os.environ if environ is None else environ
    if PROGRESS_ENV in environ:
        value = environ[PROGRESS_ENV].strip()
        return None if value.lower() in OFF_WORDS else Path(value).expanduser()
    data_home = environ.get("XDG_DATA_HOME", "").strip()
    home = Path(environ.get("HOME") or Path.home())
    base = Path(data_home) if data_home else home / ".local" / "share"
    return base / "spinemet" / "progress.json"


def write(path: Path, document: dict) -> bytes:
    """Write ``document`` as JSON to ``path`` atomically and return the bytes written: a
    temporary file in the same folder, flushed to disk, then renamed over ``path`` (a crash
    leaves the old file or the new one, never half of one). Raises :class:`OSError` when the
    folder is not writable."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, indent=1, ensure_ascii=False)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return text.encode("utf-8")


def read_progress(path: Path) -> bytes | None:
    """The bytes of the progress file, or ``None`` when there is none.

    Raises :class:`~spinemet_core.progress.ProgressError` when it cannot be read (a folder,
    no permission) or is larger than :data:`~spinemet_core.progress.MAX_PROGRESS_BYTES`.
    """
    path = Path(path)
    try:
        if not path.exists():
            return None
        if path.stat().st_size > MAX_PROGRESS_BYTES:
            raise ProgressError(f"the file is larger than {MAX_PROGRESS_BYTES // 1024} kB")
        return path.read_bytes()
    except OSError as exc:
        raise ProgressError(f"the file cannot be read ({exc.strerror or exc})") from None


def set_aside(path: Path, now: datetime | None = None, *, why: str = "unreadable") -> Path:
    """Rename a progress file beside itself and return its new path, ``<name>.<why>-<UTC
    time>`` (``why``: ``unreadable``, or ``other-session`` for a session another page saved),
    never overwriting an earlier one."""
    path = Path(path)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{n}")
    path.rename(target)
    return target
