"""Lecture-scale benchmarks of the dashboards against a one-slider baseline notebook.

Run with ``make bench`` (a full run takes over an hour) or ``python -m benchmarks.bench
--smoke`` (what ``make test`` runs to keep the harness working). Everything is measured in one
run on this machine: Voilà and Debian Chromium are started by the launcher the browser tests
use (``tools/launch.py``), Chromium is driven by Playwright, and memory is read with psutil.
Results are written as JSON and as ``RESULTS.md`` (ratios to the baseline, targets met or
not). The dashboards measured are those of the topic manifest (``benchmarks/pages.py``).

Phases (``benchmarks/phases.py``, ``imports.py``, ``static.py``)
-----------------------------------------------------------------
imports   each dashboard's import statements in fresh Python processes, against ``import
          ipywidgets`` alone: time and resident memory.
cold      fresh Voilà with the checked-in ``voila.json`` (no pre-heating), a fresh browser
          context per load: time to interactive, bytes over HTTP and websocket, kernel RSS,
          then widget round trips on one page.
warm      the lecture configuration (``deploy/lecture/voila.json``: pre-heated kernel pool,
          culling), one browser context whose cache is warm; the pool refills between loads.
burst     the lecture configuration with a pool sized for the class: N loads spread over S
          seconds, each page kept open a while then closed; share served, p50/p95 time to
          interactive, peak memory of server and kernels, student kernels alive after the
          linger time (culling must have reclaimed them).
static    the static edition (``make static``) served by http.server: content visible (first
          paint) and interactive, cold (fresh profile) and warm (next page, reload).
hang      consecutive cold loads of every dashboard (two workers, so two dashboards at a
          time); a load that does not become interactive within the timeout is a hang.
          Runs while the burst server lingers.
hub       the class hub (deploy/hub, lecture mode): N students sign in over S seconds and
          open the burst's dashboard through it (``benchmarks/hub_phase.py``).
poll      the live-poll server: N students answer one poll within S seconds, on SQLite, on
          PostgreSQL, and on two processes sharing PostgreSQL (``benchmarks/poll_phase.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import runpy
import shutil
import signal
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import psutil
from playwright.async_api import async_playwright

from benchmarks import student as students
from spinemet_core.topics import DASHBOARDS
from tools.launch import CHROMIUM, CHROMIUM_ARGS, ROOT

from .hub_phase import phase_hub
from .imports import phase_imports
from .pages import BASELINE, BY_NAME, PAGES
from .phases import WARM_FILL_DELAY_S, phase_burst, phase_cold, phase_hang, phase_warm
from .poll_phase import phase_poll
from .server import Server, make_site
from .static import phase_static

DEFAULT_POOL = runpy.run_path(str(ROOT / "deploy" / "lecture" / "pool_config.py"))["DEFAULT_POOL"]
LECTURE = ROOT / "deploy" / "lecture"


def machine() -> dict:
    """The machine, Chromium and the versions of the measured stack."""
    versions = {
        n: metadata.version(n)
        for n in (
            "voila",
            "ipywidgets",
            "plotly",
            "anywidget",
            "ipykernel",
            "jupyter_server",
            "tornado",
            "playwright",
        )
    }
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True)
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "chromium": chromium.stdout.strip(),
        "versions": versions,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def burst_config(folder: Path, notebook: str, pool: int) -> Path:
    """The lecture's pool-size config (deploy/lecture/pool_config.py) for the burst's dashboard."""
    write = runpy.run_path(str(LECTURE / "pool_config.py"))["write_pool_config"]
    return write(folder, notebook, pool).parent


def save(results: dict, out: Path) -> None:
    """Write what has been measured so far (a long run that is stopped keeps its phases)."""
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str))


async def run_burst(browser, args, site: Path, pages, results: dict, source: Path) -> dict:
    """The burst on a lecture server; the hang phase runs while that server lingers."""
    out = Path(args.out)
    spec = BY_NAME[args.burst_notebook]
    # What a fresh browser fetches for this page, recorded on a throwaway server so that
    # the burst server's pool stays whole.
    with Server(site, out / "voila-assets.log", [source], source=source) as server:
        assets, views = await students.record_page(browser, server.url, spec.notebook, spec.ready)
    pools = burst_config(out / "burst-config", spec.notebook, args.burst_pool)
    started = time.monotonic()
    with Server(site, out / "voila-burst.log", [pools, LECTURE, ROOT], source=source) as server:
        others = DEFAULT_POOL * (len(pages) - 1)
        await asyncio.to_thread(server.wait_pools, len(pages))
        pool_fill_s = time.monotonic() - started
        print(
            f"pools of {args.burst_pool + others} kernels ready after {pool_fill_s:.0f} s",
            flush=True,
        )
        idle_server, idle_kernels = server.memory()
        pool_kernels = len(server.kernels())
        burst = await phase_burst(
            browser,
            server,
            spec,
            args.burst,
            args.burst_seconds,
            args.hold,
            browsers=args.burst_browsers,
            assets=assets,
            views=views,
            evidence=out,
        )
        burst["idle_bytes"] = {"server": idle_server, "kernels": idle_kernels}
        burst["pool_fill_s"] = round(pool_fill_s)
        burst["pool_kernels_before"] = pool_kernels
        save({**results, "burst": burst}, out)
        if "hang" in args.phases:
            # The consecutive-load check runs on its own server while this one lingers,
            # so its kernels do not count as left over here.
            with Server(site, out / "voila-hang.log", [source], source=source) as hang_server:
                results["hang"] = await phase_hang(
                    browser, hang_server, pages, args.hang_loads, out
                )
            save({**results, "burst": burst}, out)
        while time.monotonic() - burst["_closed_at"] < args.linger:
            await asyncio.sleep(5)
        alive = server.kernels()
        # Every kernel handed to a student, including pages that never became interactive
        # (their page never told us its kernel id): Voilà logs each.
        log_text = server.log_text()
    student_ids = set(re.findall(r"Using pre-heated kernel: (\S+) for", log_text))
    student_ids |= {ld["kernel_id"] for ld in burst["loads"] if ld["kernel_id"]}
    burst["student_kernels"] = len(student_ids)
    # Cells whose outputs nbclient gave up waiting for (a page missing them never becomes
    # interactive), and kernels that failed to bind a port.
    burst["iopub_timeouts"] = log_text.count("Timeout waiting for IOPub output")
    burst["port_clashes"] = log_text.count("Address already in use")
    burst["linger_s"] = round(time.monotonic() - burst["_closed_at"])
    burst["student_kernels_alive"] = len(student_ids & set(alive))
    burst["kernels_alive"] = len(alive)
    return burst


async def run(args, source: Path = ROOT) -> dict:
    """Every phase asked for, on the dashboards of ``source`` (a checkout)."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pages = [p for p in PAGES if not args.only or p.notebook in args.only or p is BASELINE]
    site = make_site(pages, source)
    results: dict = {"machine": machine(), "settings": vars(args).copy()}
    if "imports" in args.phases:
        notebooks = [source / "notebooks" / p.notebook for p in pages if p is not BASELINE]
        results["imports"] = phase_imports(notebooks, source, 3 if args.smoke else 10)
        save(results, out)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            if "cold" in args.phases:
                with Server(site, out / "voila-cold.log", [source], source=source) as server:
                    results["cold"] = await phase_cold(
                        browser, server, pages, args.loads, args.changes
                    )
                save(results, out)
            if "warm" in args.phases:
                fast = out / "warm-config"
                fast.mkdir(parents=True, exist_ok=True)
                (fast / "voila.json").write_text(
                    json.dumps({"VoilaKernelManager": {"fill_delay": WARM_FILL_DELAY_S}})
                )
                log = out / "voila-warm.log"
                with Server(site, log, [fast, LECTURE, ROOT], source=source) as server:
                    await asyncio.to_thread(server.wait_pools, len(pages))
                    results["warm"] = await phase_warm(browser, server, pages, args.warm_loads)
                save(results, out)
            if "static" in args.phases:
                results["static"] = await phase_static(
                    browser, [p for p in pages if p is not BASELINE], *[args.static_loads] * 2
                )
                save(results, out)
            if "burst" in args.phases:
                results["burst"] = await run_burst(browser, args, site, pages, results, source)
            elif "hang" in args.phases:
                with Server(site, out / "voila-hang.log", [source], source=source) as server:
                    results["hang"] = await phase_hang(browser, server, pages, args.hang_loads, out)
            if "hub" in args.phases:
                spec = BY_NAME[args.burst_notebook]
                results["hub"] = await phase_hub(
                    browser,
                    spec,
                    args.hub_students,
                    args.hub_seconds,
                    args.hold,
                    out,
                    browsers=args.hub_browsers,
                )
                save(results, out)
            if "poll" in args.phases:
                results["poll"] = await phase_poll(args.poll_students, args.poll_seconds, out)
                save(results, out)
        finally:
            await browser.close()
    shutil.rmtree(site, ignore_errors=True)
    return results


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; ``--smoke`` shrinks every phase to a minute's run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    parser.add_argument("--results-md", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    parser.add_argument("--phases", default="imports,cold,warm,static,burst,hang,hub,poll")
    parser.add_argument("--only", nargs="*", help="dashboards to measure (baseline always)")
    parser.add_argument("--loads", type=int, default=10)
    parser.add_argument("--warm-loads", type=int, default=10)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--burst-seconds", type=float, default=60.0)
    parser.add_argument("--burst-notebook", default=DASHBOARDS["noms_framework"].notebook)
    parser.add_argument("--burst-pool", type=int, default=100)
    parser.add_argument(
        "--burst-browsers",
        type=int,
        default=5,
        help="students of the burst who use Chromium (the others are protocol-level clients)",
    )
    parser.add_argument(
        "--static-loads", type=int, default=5, help="cold and warm loads per static page"
    )
    parser.add_argument("--hold", type=float, default=10.0)
    parser.add_argument("--linger", type=float, default=600.0)
    parser.add_argument("--hang-loads", type=int, default=100)
    parser.add_argument("--hub-students", type=int, default=40)
    parser.add_argument("--hub-browsers", type=int, default=3, help="hub students who use Chromium")
    parser.add_argument("--hub-seconds", type=float, default=60.0)
    parser.add_argument("--poll-students", type=int, default=200)
    parser.add_argument("--poll-seconds", type=float, default=30.0)
    parser.add_argument("--smoke", action="store_true", help="tiny run that checks the harness")
    parser.add_argument("--checkout", help="measure the dashboards of another checkout")
    args = parser.parse_args(argv)
    if args.smoke:
        args.loads, args.warm_loads, args.changes, args.static_loads = 1, 1, 3, 1
        args.burst, args.burst_seconds, args.burst_pool, args.hold = 3, 3.0, 3, 4.0
        args.burst_browsers = 1
        args.linger, args.hang_loads = 0.0, 2
        args.hub_students, args.hub_seconds, args.hub_browsers = 2, 2.0, 1
        args.poll_students, args.poll_seconds = 5, 2.0
        args.only = args.only or [DASHBOARDS["prognostic_scores"].notebook]
        args.burst_notebook = args.only[0]
    args.phases = args.phases.split(",")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Every page is measured as a first visitor sees it: no quiz session saved on this machine
    # is restored, and none is written.
    os.environ["SPINEMET_PROGRESS"] = "off"
    # A stopped run (Ctrl-C, kill) still shuts its Voilà servers and their kernels down.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    source = Path(args.checkout).resolve() if args.checkout else ROOT
    results = asyncio.run(run(args, source))
    out = Path(args.out)
    save(results, out)
    from .report import write_report

    write_report(results, Path(args.results_md))
    print(f"wrote {out / 'results.json'} and {args.results_md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
