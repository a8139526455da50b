"""One launcher for the browser tests and the benchmark: Voilà or JupyterLab on a free port,
Debian Chromium.

Both servers are started the way the project serves its dashboards: the checkout's own Jupyter
data folder on ``JUPYTER_PATH`` (the ``spinemet`` template), the checkout first on
``PYTHONPATH`` (kernels import its ``spinemet_core``), run from the checkout so that its
``voila.json`` applies. :class:`Voila` is standalone Voilà (the local route, ``make
dashboards``); :class:`JupyterLab` is the Jupyter server Binder runs, with Voilà as its server
extension (the Binder routes ``/voila/render/notebooks/…`` and ``/lab/tree/notebooks/…``).
Each waits until its server answers and stops it (and its kernels) on ``stop()`` or at the end
of a ``with``.

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
import tempfile
import time
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "ROOT",
    "JupyterLab",
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


class _Server:
    """A server process started from ``source`` with its output in ``log``, answering at
    ``self.url + answer`` when the constructor returns (else :class:`LaunchError`)."""

    what = "server"

    def _start(
        self, args: Sequence[str], log: Path, source: Path, answer: str, timeout: float
    ) -> None:
        self.log = Path(log)
        self.log.parent.mkdir(parents=True, exist_ok=True)
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
            wait_until_answering(
                self.proc, self.url + answer, timeout=timeout, what=self.what, log=self.log
            )
        except LaunchError:
            self._log.close()
            raise

    def log_text(self) -> str:
        """Everything the server has logged so far."""
        self._log.flush()
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        """Stop the server (its kernels go with it)."""
        stop_process(self.proc)
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()


class Voila(_Server):
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

    what = "Voilà"

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
        self._start(args, log, Path(source), "/", timeout)


class JupyterLab(_Server):
    """JupyterLab's Jupyter server on a free port of 127.0.0.1, as Binder runs it after
    ``binder/postBuild``: rooted at the checkout, every installed server extension on (Voilà
    among them, configured by the checkout's ``voila.json``), no browser opened.

    It serves the Binder routes: ``/voila/render/notebooks/NN.ipynb`` (Voilà as a server
    extension, the ``urlpath=voila/…`` link) and ``/lab/tree/notebooks/NN.ipynb`` (the
    ``urlpath=lab/…`` link). The token is empty, so a browser needs no login; the server
    listens on 127.0.0.1 only. JupyterLab's user settings and workspaces live in a fresh
    temporary folder, removed on :meth:`stop`: nothing a person saved under ``~/.jupyter``
    (nor a tab left open by an earlier run) changes what a test sees, and two servers never
    share a workspace file.

    Parameters
    ----------
    log : path
        File that receives the server's output (created, parents included).
    source : path
        The checkout served: its notebooks, template, ``voila.json`` and ``spinemet_core``.
    extra : strings
        Further command-line options.
    timeout : float
        Seconds to wait until ``/lab`` answers; :class:`LaunchError` after that.
    """

    what = "JupyterLab"

    def __init__(
        self,
        log: Path,
        *,
        source: Path = ROOT,
        extra: Sequence[str] = (),
        timeout: float = 120.0,
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._state = tempfile.TemporaryDirectory(prefix="spinemet-lab-")
        state = Path(self._state.name)
        args = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--ServerApp.root_dir={Path(source)}",
            "--IdentityProvider.token=",
            f"--LabApp.user_settings_dir={state / 'settings'}",
            f"--LabApp.workspaces_dir={state / 'workspaces'}",
            # Run as root in CI containers (Binder runs as a user and needs no such flag).
            *(["--allow-root"] if os.geteuid() == 0 else []),
            *extra,
        ]
        try:
            self._start(args, log, Path(source), "/lab", timeout)
        except LaunchError:
            self._state.cleanup()
            raise

    def stop(self) -> None:
        """Stop the server (its kernels go with it) and remove its settings folder."""
        super().stop()
        self._state.cleanup()
