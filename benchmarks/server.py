"""The measured Voilà server: the shared launcher (tools/launch.py) plus psutil readings.

Every server still running when the benchmark stops (normally, Ctrl-C or SIGTERM) is shut
down with its kernels.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import psutil

from tools.launch import ROOT, Voila

from .pages import BASELINE, Page

__all__ = ["Server", "kernel_rss", "make_site"]

_RUNNING: list[Server] = []


def _stop_all() -> None:
    """Stop every server still running (also when the run is interrupted)."""
    for server in list(_RUNNING):
        server.stop()


atexit.register(_stop_all)


class Server(Voila):
    """Voilà serving ``site`` (a copy of the notebooks plus the baseline), with its kernels'
    processes, memory and CPU readable. ``source`` is the checkout measured."""

    def __init__(
        self, site: Path, log: Path, config_dirs: Iterable[Path], *, source: Path = ROOT
    ) -> None:
        super().__init__(site, log, source=source, config_dirs=config_dirs, timeout=120.0)
        self.ps = psutil.Process(self.proc.pid)
        _RUNNING.append(self)

    def kernels(self) -> dict[str, psutil.Process]:
        """Kernel id → process, for every kernel this server runs."""
        found = {}
        for child in self.ps.children(recursive=True):
            try:
                for arg in child.cmdline():
                    name = os.path.basename(arg)
                    if name.startswith("kernel-") and name.endswith(".json"):
                        found[name[len("kernel-") : -len(".json")]] = child
            except psutil.Error:
                continue
        return found

    def memory(self) -> tuple[int, int]:
        """RSS of the server and of all its kernels, in bytes."""
        server = self.ps.memory_info().rss
        kernels = 0
        for proc in self.kernels().values():
            with contextlib.suppress(psutil.Error):
                kernels += proc.memory_info().rss
        return server, kernels

    def wait_pools(self, pools: int, limit: float = 900.0) -> None:
        """Wait until Voilà reports ``pools`` pre-heated pools filled and all is idle.

        "Filled" means every pool kernel has started and executed its notebook: a request
        before that waits for a kernel still rendering. (Counting kernel processes, as an
        earlier version did, let a burst start while the notebooks still ran.)
        """
        deadline = time.monotonic() + limit
        while (filled := len(re.findall(r"Kernel pool of .+ is filled", self.log_text()))) < pools:
            if time.monotonic() > deadline:
                raise RuntimeError(f"only {filled} of {pools} kernel pools filled")
            time.sleep(1.0)
        self.wait_idle(2.0, max(1.0, deadline - time.monotonic()))

    def wait_idle(self, seconds: float = 1.0, limit: float = 120.0) -> None:
        """Wait until the server and its kernels use < 5 % CPU (a refilled pool is idle)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            procs = [self.ps, *self.kernels().values()]
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    proc.cpu_percent(None)
            time.sleep(seconds)
            busy = 0.0
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    busy += proc.cpu_percent(None)
            if busy < 5.0:
                return

    def stop(self) -> None:
        if self in _RUNNING:
            _RUNNING.remove(self)
        super().stop()


def kernel_rss(server: Server, kernel_id: str) -> int:
    """RSS of one of the server's kernels in bytes (0 when it is gone)."""
    proc = server.kernels().get(kernel_id)
    try:
        return proc.memory_info().rss if proc else 0
    except psutil.Error:
        return 0


def make_site(pages: list[Page], source: Path = ROOT) -> Path:
    """A folder with the measured dashboards (of ``source``) and the baseline side by side."""
    site = Path(tempfile.mkdtemp(prefix="spinemet-bench-"))
    for spec in pages:
        folder = ROOT / "benchmarks" if spec is BASELINE else source / "notebooks"
        shutil.copy(folder / spec.notebook, site / spec.notebook)
    return site
