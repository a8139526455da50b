"""One launcher for the browser tests and the benchmark: Voilà on a free port, Debian Chromium.

Voilà is started the way the project serves its dashboards: the checkout's own Jupyter data
folder on ``JUPYTER_PATH`` (the ``spinemet`` template), the checkout first on ``PYTHONPATH``
(kernels import its ``spinemet_core``), run from the checkout so that its ``voila.json``
applies, with any further config folders given. :class:`Voila` waits until the server
answers and stops it (and its kernels) on :meth:`Voila.stop` or at the end of a ``with``.

Only the standard library is used; the Playwright caller launches Chromium with
:data:`CHROMIUM` and :data:`CHROMIUM_ARGS`.

>>> "--headless" in CHROMIUM_ARGS and "--disable-quic" in CHROMIUM_ARGS
True
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "ROOT",
    "LaunchError",
    "Voila",
    "chromium_missing",
    "free_port",
    "stop_process",
    "wait_until_answering",
]

ROOT = Path(__file__).resolve().parents[1]
#: Debian's Chromium (``apt-get install chromium``; ``make chromium`` installs it).
CHROMIUM = "/usr/bin/chromium"
#: Headless, and quiet: no background traffic that could leave 127.0.0.1.
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


class LaunchError(RuntimeError):
    """A server exited or did not answer in time."""


def chromium_missing() -> str | None:
    """Why the browser tools cannot run (Chromium not installed), or ``None``."""
    if Path(CHROMIUM).exists():
        return None
    return (
        "Debian chromium is missing: run 'make test' as root, or 'sudo apt-get install -y chromium'"
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(
    proc: subprocess.Popen, url: str, *, timeout: float, what: str, log: Path
) -> None:
    """Poll ``url`` until it answers; :class:`LaunchError` if ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise LaunchError(f"{what} exited with {proc.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                response.read()
            return
        except OSError:
            if time.monotonic() > deadline:
                stop_process(proc)
                raise LaunchError(
                    f"{what} did not answer within {timeout:.0f} s; see {log}"
                ) from None
            time.sleep(0.3)


def stop_process(proc: subprocess.Popen, timeout: float = 15.0) -> None:
    """Terminate ``proc`` and wait for it; kill it if it does not stop within ``timeout``."""
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)


def _python_path(source: Path) -> str:
    parts = [str(source), *os.environ.get("PYTHONPATH", "").split(os.pathsep)]
    return os.pathsep.join(dict.fromkeys(p for p in parts if p))


class Voila:
    """Voilà serving ``notebooks`` on a free port of 127.0.0.1, answering when constructed.

    Parameters
    ----------
    notebooks : path
        The folder served (relative paths are relative to ``source``).
    log : path
        File that receives Voilà's output (created, parents included).
    source : path
        The checkout whose template, ``voila.json`` and ``spinemet_core`` are used.
    config_dirs : paths
        Extra ``--Voila.config_file_paths`` folders, in Voilà's order.
    timeout : float
        Seconds to wait for the first answer; :class:`LaunchError` after that.
    """

    def __init__(
        self,
        notebooks: str | Path,
        log: Path,
        *,
        source: Path = ROOT,
        config_dirs: Iterable[Path] = (),
        extra: Sequence[str] = (),
        timeout: float = 120.0,
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(log)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        args = [
            sys.executable,
            "-m",
            "voila",
            "--no-browser",
            "--Voila.ip=127.0.0.1",
            f"--port={self.port}",
            *(f"--Voila.config_file_paths={d}" for d in config_dirs),
            *extra,
            str(notebooks),
        ]
        env = {
            **os.environ,
            "JUPYTER_PATH": str(Path(source) / "share" / "jupyter"),
            "PYTHONPATH": _python_path(Path(source)),
        }
        self._log = self.log.open("w")
        self.proc = subprocess.Popen(
            args, cwd=source, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        try:
            wait_until_answering(self.proc, self.url + "/", timeout=timeout, what="Voilà", log=log)
        except LaunchError:
            self._log.close()
            raise

    def log_text(self) -> str:
        """Everything Voilà has logged so far."""
        self._log.flush()
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        """Stop the server (its kernels go with it)."""
        stop_process(self.proc)
        self._log.close()

    def __enter__(self) -> Voila:
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()
