"""tools/launch.py: the one launcher of Voilà and Chromium for browser tests and benchmark."""

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from tools import launch


def test_free_port_can_be_bound_on_localhost():
    """The port returned is free: a server can bind it at once."""
    port = launch.free_port()
    server = HTTPServer(("127.0.0.1", port), BaseHTTPRequestHandler)
    try:
        assert port == server.server_address[1]
    finally:
        server.server_close()


def test_waiting_returns_once_the_url_answers(tmp_path):
    """The wait ends at the first answer and leaves the server running."""

    hits = []

    class Ok(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *_args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        launch.wait_until_answering(proc, url, timeout=5, what="t", log=tmp_path)
        assert (["/"], None) == (hits, proc.poll())  # one request; the process keeps running
    finally:
        launch.stop_process(proc)
        server.shutdown()
        server.server_close()


def test_a_server_that_exits_is_reported_with_its_exit_code_and_log(tmp_path):
    """A process that dies before answering raises LaunchError naming its code and log."""
    proc = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    url = f"http://127.0.0.1:{launch.free_port()}/"
    with pytest.raises(launch.LaunchError, match=f"^demo exited with 3; see {tmp_path}$"):
        launch.wait_until_answering(proc, url, timeout=30, what="demo", log=tmp_path)


def test_a_server_that_never_answers_is_stopped_after_the_timeout(tmp_path):
    """A silent process is stopped and reported once the timeout has passed."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    url = f"http://127.0.0.1:{launch.free_port()}/"
    with pytest.raises(launch.LaunchError, match="^demo did not answer within 1 s"):
        launch.wait_until_answering(proc, url, timeout=1, what="demo", log=tmp_path)
    assert proc.poll() is not None


def test_kernels_import_the_launched_checkout_first(monkeypatch, tmp_path):
    """The checkout leads PYTHONPATH, other entries follow once, empty ones are dropped."""
    monkeypatch.setenv("PYTHONPATH", f"/a::{tmp_path}")
    assert f"{tmp_path}:/a" == launch._python_path(tmp_path)


def test_chromium_and_its_arguments_are_written_once_for_tests_and_benchmark():
    """The browser tests and the benchmark launch Chromium from tools/launch.py only."""
    from pathlib import Path

    root = Path(launch.__file__).parents[1]
    users = [
        p.relative_to(root).as_posix()
        for folder in ("tests", "benchmarks")
        for p in (root / folder).rglob("*.py")
        if p != Path(__file__)
        and any(w in p.read_text() for w in ('"--disable-quic"', '"/usr/bin'))
    ]
    assert [] == users


def test_jupyterlab_serves_the_binder_voila_route_with_bundled_mathjax_then_cleans_up(tmp_path):
    """JupyterLab's server renders /voila/render/notebooks/00 with the spinemet template and no
    MathJax address, and stop() ends it and removes its settings folder."""
    import json
    import re
    import urllib.request

    with launch.JupyterLab(tmp_path / "lab.log") as lab:
        state = lab._state.name
        url = f"{lab.url}/voila/render/notebooks/00_start_here.ipynb"
        with urllib.request.urlopen(url, timeout=120) as response:
            body = response.read().decode()
        config = json.loads(
            re.search(r'<script id="jupyter-config-data"[^>]*>(.*?)</script>', body, re.S)[1]
        )
    assert "voila/templates/spinemet/static/" in body
    assert (None, None) == (config["fullMathjaxUrl"], config["mathjaxConfig"])
    assert (False, True) == (Path(state).exists(), lab.proc.poll() is not None)
