"""The live-poll server (``python -m spinemet_poll``) for the browser tests and the benchmark.

:class:`PollServer` starts it on a free port of 127.0.0.1 with its state (SQLite file and
presenter key) in a given folder, or with the database given by a URL, and stops it on
:meth:`~tools.launch._Server.stop` or at the end of a ``with``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tools.launch import ROOT, _Server, free_port

__all__ = ["PollServer"]


class PollServer(_Server):
    """The poll server answering at :attr:`url` (ends with ``/``) when constructed.

    Parameters
    ----------
    state : path
        Its state folder (``SPINEMET_POLL_STATE``): the presenter key and the SQLite file.
    log : path
        File that receives the server's output.
    database : str, optional
        A database URL (``SPINEMET_POLL_DB``); by default the SQLite file of ``state``.
    """

    what = "poll server"

    def __init__(
        self, state: Path, log: Path, *, database: str | None = None, timeout: float = 60.0
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.state = Path(state)
        saved = {name: os.environ.get(name) for name in ("SPINEMET_POLL_STATE", "SPINEMET_POLL_DB")}
        os.environ["SPINEMET_POLL_STATE"] = str(self.state)
        os.environ.pop("SPINEMET_POLL_DB", None)
        if database:
            os.environ["SPINEMET_POLL_DB"] = database
        try:
            args = [sys.executable, "-m", "spinemet_poll", f"--port={self.port}", "--ip=127.0.0.1"]
            self._start(args, log, ROOT, "present", timeout)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

    @property
    def key(self) -> str:
        """The presenter's secret, made by the server at its start."""
        return (self.state / "presenter.key").read_text(encoding="ascii").strip()
