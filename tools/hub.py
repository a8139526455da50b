"""The class hub (deploy/hub) for the browser tests and the benchmark: JupyterHub on free
ports of 127.0.0.1 with its state in a given folder, and a protocol-level student.

:class:`Hub` starts ``jupyterhub -f deploy/hub/jupyterhub_config.py`` as ``make hub`` does,
in ``lecture`` or ``course`` mode, and stops it (with the proxy and every student's server)
on :meth:`Hub.stop`. :class:`Student` is one person's cookies (a ``requests`` session): it
signs in either way, waits for its server and opens pages as that person.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import requests

from tools.launch import ROOT, LaunchError, free_port, stop_process, wait_until_answering

__all__ = ["CHP", "Hub", "Student", "chp_missing"]

CONFIG = ROOT / "deploy" / "hub" / "jupyterhub_config.py"
#: configurable-http-proxy as the Makefile installs it from npm.
CHP = ROOT / ".venv" / "chp" / "node_modules" / ".bin" / "configurable-http-proxy"
START = "00_start_here.ipynb"


def chp_missing() -> str | None:
    """Why the hub cannot start here (no configurable-http-proxy), or ``None``."""
    if CHP.exists():
        return None
    return f"configurable-http-proxy is missing ({CHP}): run 'make test' or 'make hub'"


class Hub:
    """JupyterHub in ``mode`` with its state in ``state``, answering when constructed.

    Parameters
    ----------
    mode : {"lecture", "course"}
        How students sign in (see deploy/hub/jupyterhub_config.py).
    state : path
        The hub's state folder (database, secrets, homes); created when missing.
    log : path
        File that receives the hub's, the proxy's and the students' servers' output.
    admin : str
        The teacher's account in course mode.
    timeout : float
        Seconds to wait for the hub to answer; :class:`LaunchError` after that.
    """

    def __init__(
        self,
        mode: str,
        state: Path,
        log: Path,
        *,
        admin: str = "teacher",
        cull_timeout: int = 1800,
        timeout: float = 120.0,
    ) -> None:
        self.mode, self.state, self.admin = mode, Path(state), admin
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "SPINEMET_HUB_MODE": mode,
            "SPINEMET_HUB_STATE": str(self.state),
            "SPINEMET_HUB_IP": "127.0.0.1",
            "SPINEMET_HUB_PORT": str(self.port),
            "SPINEMET_HUB_API_PORT": str(free_port()),
            "SPINEMET_HUB_PROXY_API_PORT": str(free_port()),
            "SPINEMET_HUB_POLL_PORT": str(free_port()),
            "SPINEMET_HUB_ADMIN": admin,
            "SPINEMET_HUB_CULL_TIMEOUT": str(cull_timeout),
            "SPINEMET_CHP": str(CHP),
            "JUPYTER_PATH": str(ROOT / "share" / "jupyter"),
            "PYTHONPATH": os.pathsep.join(
                dict.fromkeys(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
            ),
        }
        self.log = Path(log)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log.open("w")
        self.state.mkdir(parents=True, exist_ok=True)
        args = [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)]
        self.proc = subprocess.Popen(
            args, cwd=self.state, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        try:
            wait_until_answering(
                self.proc, self.url + "/hub/health", timeout=timeout, what="JupyterHub", log=log
            )
        except LaunchError:
            self._log.close()
            raise

    def home(self, name: str) -> Path:
        """The folder that is ``HOME`` for ``name``'s server."""
        return self.state / "homes" / name

    def log_text(self) -> str:
        """Everything logged so far."""
        self._log.flush()
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        """Stop the hub, its proxy and every student's server."""
        stop_process(self.proc, timeout=30)
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()


def _xsrf(page: str) -> str:
    match = re.search(r'name="_xsrf" value="([^"]+)"', page)
    if match is None:
        raise AssertionError("the form has no _xsrf field")
    return match.group(1)


class Student:
    """One person at the hub (their own cookies), speaking HTTP as a browser would."""

    def __init__(self, hub: Hub, name: str = "", password: str = "") -> None:
        self.hub, self.name, self.password = hub, name, password
        self.http = requests.Session()

    def get(self, path: str, **kwargs) -> requests.Response:
        """GET ``hub.url + path`` (redirects followed unless told otherwise)."""
        return self.http.get(self.hub.url + path, timeout=120, **kwargs)

    def _post_form(self, path: str, data: dict) -> requests.Response:
        token = _xsrf(self.get(path).text)
        return self.http.post(self.hub.url + path, data={**data, "_xsrf": token}, timeout=120)

    def sign_in_temporary(self) -> str:
        """Lecture mode: take a temporary account, start its server; return its name."""
        self.get("/hub/tmplogin", allow_redirects=False)
        pending = self.get("/hub/spawn", allow_redirects=False).headers["location"]
        self.name = pending.rstrip("/").rsplit("/", 1)[1]
        return self.name

    def sign_up(self) -> requests.Response:
        """Course mode: ask for an account (the teacher must approve it)."""
        return self._post_form(
            "/hub/signup",
            {
                "username": self.name,
                "signup_password": self.password,
                "signup_password_confirmation": self.password,
            },
        )

    def sign_in(self) -> requests.Response:
        """Course mode: sign in with name and password."""
        return self._post_form("/hub/login", {"username": self.name, "password": self.password})

    def approve(self, name: str) -> None:
        """As the teacher: authorize ``name``'s sign-up."""
        page = self.get("/hub/authorize").text
        if f"/authorize/{name}" not in page:
            raise AssertionError(f"{name} is not waiting for approval")
        self.get(f"/hub/authorize/{name}")

    def sign_out(self) -> None:
        """Sign out of the hub."""
        self.get("/hub/logout")

    def open_page(self, notebook: str = START, timeout: float = 120.0) -> requests.Response:
        """Start the server if needed and open ``notebook`` through the hub's OAuth."""
        self.get("/hub/spawn", allow_redirects=False)
        deadline = time.monotonic() + timeout
        while True:
            response = self.get(f"/user/{self.name}/voila/render/{notebook}")
            if response.status_code == 200 and "/user/" in response.url:
                return response
            if time.monotonic() > deadline:
                raise LaunchError(f"{self.name}'s server did not start: {response.url}")
            time.sleep(0.5)

    def open_start_page(self, timeout: float = 120.0) -> requests.Response:
        """Start the server if needed and open the start page."""
        return self.open_page(START, timeout)

    def cookie_header(self) -> str:
        """The student's cookies as one ``Cookie`` header (for a websocket)."""
        return "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)
