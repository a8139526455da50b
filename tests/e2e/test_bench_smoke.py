"""A small run of the benchmark harness, so that `make bench` keeps working.

No timing is asserted here (benchmarks report numbers; tests check behaviour): the run
must finish, every page it opened must have become interactive, and the report must
list every target.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.e2e


def test_benchmark_harness_smoke_run_measures_every_phase(tmp_path):
    report = tmp_path / "RESULTS.md"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench",
            "--smoke",
            "--out",
            str(tmp_path),
            "--results-md",
            str(report),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert 0 == run.returncode, run.stdout[-3000:] + run.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text())
    pages = ["baseline.ipynb", "01_prognostic_scores.ipynb"]
    assert pages == list(results["cold"]) == list(results["warm"]) == list(results["hang"])
    for name in pages:
        (cold,) = results["cold"][name]
        assert cold["tti"] is not None and [] == cold["errors"]
        assert 3 == len(cold["round_trips"])
        assert cold["ws_bytes"] > 0 and cold["http_bytes"] > 0 and cold["kernel_rss"] > 0
        (warm,) = results["warm"][name]
        assert warm["tti"] is not None
        assert 0 == results["hang"][name]["hangs"]
    burst = results["burst"]
    assert ["browser", "protocol", "protocol"] == [ld["client"] for ld in burst["loads"]]
    assert all(load["tti"] is not None and [] == load["errors"] for load in burst["loads"])
    # Protocol-level students fetch what a browser fetched and change the primary tumour.
    assert burst["assets"] > 50
    for load in burst["loads"][1:]:
        assert load["http_bytes"] > 1_000_000 and load["ws_bytes"] > 0
        assert 3 == len(load["round_trips"]) and None not in load["round_trips"]
    assert burst["peak_bytes"]["kernels"] > 0
    text = report.read_text()
    for target in ("≤ 1.5 × baseline", "≤ 1.1 × baseline", "≤ 2 MB", "≤ 1.2 × baseline"):
        assert target in text
    assert "## Lecture burst" in text and "## Consecutive loads (hangs)" in text
    # Imports in fresh interpreters, and the static edition (first paint, then live).
    assert ["01_prognostic_scores.ipynb"] == list(results["imports"]["apps"])
    (static,) = results["static"]["cold"]["01_prognostic_scores.ipynb"]
    assert static["content"] is not None and static["interactive"] is not None
    assert static["content"] <= static["interactive"]
    assert "## Imports" in text and "## Static edition" in text
    # The hub phase: students signed in through the hub and got their own server.
    hub = results["hub"]
    assert (2, 2, []) == (hub["count"], hub["served"], hub["errors"])
    assert hub["assets"] > 50 and hub["student_mb_p50"] > 0
    assert (1, 1) == (hub["browsers"], hub["browser_served"])  # one student in Chromium
    assert "## Hub (deploy/hub, lecture mode)" in text
    # The poll phase: every answer stored once and the reveal on every student page, on
    # both databases and on two processes sharing PostgreSQL.
    poll = results["poll"]
    assert ["sqlite", "postgresql", "postgresql-2"] == list(poll)
    for figures in poll.values():
        assert (5, 5, True, 5, []) == (
            figures["acknowledged"],
            figures["stored"],
            figures["exactly_once"],
            figures["reveal_reached"],
            figures["errors"],
        )
    assert "## Live poll (spinemet_poll)" in text
