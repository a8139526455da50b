"""The static edition's phase: the site of ``make static`` served by http.server, in Chromium.

Per dashboard, two times from navigation start:

* content visible: the dashboard's main output is on screen, either in the first paint's
  copy (``tools/static_snapshot.py``) or live;
* interactive: the live output is visible (voici has run every cell in the page's Pyodide)
  and, on pages with a figure, the live figure is drawn.

Cold loads use a fresh browser profile each (first visit). Warm loads share one profile that
has opened the start page first: the first load of a dashboard is the visitor's next page,
the others are reloads. The site is served by the standard library's ``http.server``, which
sends ``Last-Modified`` and no ``Cache-Control``: the browser revalidates each file (a 304)
instead of fetching it again, as with most static hosts' defaults.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tools.dashboards import FIGURE
from tools.launch import free_port, stop_process, wait_until_answering

from .browser import TIMEOUT_S
from .pages import Page

__all__ = ["SITE", "phase_static", "static_section"]

SITE = Path(__file__).resolve().parents[1] / "build" / "static"
START = "00_start_here"


async def _load(context, url: str, spec: Page) -> dict:
    """One page load: content-visible and interactive times (s), HTTP bytes, errors."""
    page = await context.new_page()
    result = {"content": None, "interactive": None, "http_bytes": 0, "errors": []}
    cdp = await context.new_cdp_session(page)
    await cdp.send("Network.enable")

    def on_loaded(params):
        result["http_bytes"] += int(params.get("encodedDataLength", 0))

    cdp.on("Network.loadingFinished", on_loaded)
    page.on("pageerror", lambda exc: result["errors"].append(f"pageerror: {exc}"))
    live = f"#rendered_cells {spec.ready}"
    start = time.monotonic()
    try:
        await page.goto(url, timeout=TIMEOUT_S * 1000)
        await page.locator(f"#sm-snapshot {spec.ready}, {live}").first.wait_for(
            state="visible", timeout=TIMEOUT_S * 1000
        )
        result["content"] = time.monotonic() - start
        await page.locator(live).first.wait_for(state="visible", timeout=TIMEOUT_S * 1000)
        if spec.figure:
            await page.locator(f"#rendered_cells {FIGURE}").first.wait_for(
                state="visible", timeout=TIMEOUT_S * 1000
            )
        result["interactive"] = time.monotonic() - start
        await page.wait_for_timeout(500)
    except Exception as exc:  # recorded, not raised: a page that never became interactive
        result["errors"].append(f"not interactive: {type(exc).__name__}")
    await page.close()
    return result


async def phase_static(browser, pages: list[Page], loads: int, warm_loads: int) -> dict:
    """Cold and warm loads of every dashboard's static page (the baseline has none)."""
    if not (SITE / "voici" / "render" / f"{START}.html").is_file():
        raise SystemExit("build/static is missing: run 'make static' first")
    port = free_port()
    log = SITE.parent / "static-bench-http.log"
    with log.open("w") as handle:
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "-d", SITE, str(port)],
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/voici/render/"
    results: dict = {"cold": {}, "warm": {}}
    try:
        wait_until_answering(
            server, base + f"{START}.html", timeout=30, what="http.server", log=log
        )
        dashboards = [p for p in pages if (SITE / "voici" / "render" / _html(p)).is_file()]
        for spec in dashboards:
            runs = []
            for i in range(loads):
                context = await browser.new_context(viewport={"width": 1300, "height": 1000})
                runs.append(await _load(context, base + _html(spec), spec))
                await context.close()
                _say("static cold", spec, i, runs[-1])
            results["cold"][spec.notebook] = runs
        context = await browser.new_context(viewport={"width": 1300, "height": 1000})
        start_page = next((p for p in dashboards if p.notebook.startswith(START)), None)
        if start_page is not None:
            await _load(context, base + _html(start_page), start_page)  # the visit begins
        for spec in dashboards:
            runs = []
            for i in range(warm_loads):
                runs.append(await _load(context, base + _html(spec), spec))
                _say("static warm", spec, i, runs[-1])
            results["warm"][spec.notebook] = runs
        await context.close()
    finally:
        stop_process(server, timeout=10)
    return results


def _html(spec: Page) -> str:
    return spec.notebook.removesuffix(".ipynb") + ".html"


def _say(what: str, spec: Page, i: int, run: dict) -> None:
    times = [run["content"], run["interactive"]]
    shown = ", ".join("-" if t is None else f"{t:.2f} s" for t in times)
    print(f"{what} {spec.notebook} #{i + 1}: content, interactive {shown}", flush=True)


def static_section(static: dict, fmt, baseline_tti: float | None) -> list[str]:
    """RESULTS.md lines of the static phase; ``fmt(values)`` gives "p50 / p95 (n)"."""
    lines = [
        "## Static edition",
        "",
        "The site of `make static` (voici, Pyodide in the page) served by `python -m "
        "http.server` on this machine. Content visible: the dashboard's main output on screen "
        "(the first paint's copy, `tools/static_snapshot.py`, or the live page). Interactive: "
        "the live output (and figure) drawn after Python ran every cell in the browser. Cold: "
        "a fresh browser profile per load (a first visit). Warm: one profile that opened the "
        "start page first; the first load of each dashboard is the next page of a visit, the "
        "others reloads. × baseline: interactive p50 over the cold time to interactive of the "
        "Voilà baseline page in this run (a server-side kernel, for scale).",
        "",
        "| page | cold: content visible | cold: interactive | warm: content visible "
        "| warm: interactive | interactive (cold) × baseline | HTTP cold / warm (MB) |",
        "|---|---|---|---|---|---|---|",
    ]
    for notebook, cold in static.get("cold", {}).items():
        warm = static.get("warm", {}).get(notebook, [])

        def col(runs, key):
            return fmt([r[key] for r in runs if r[key] is not None]) + (
                f", {sum(r[key] is None for r in runs)} failed"
                if any(r[key] is None for r in runs)
                else ""
            )

        interactive = sorted(r["interactive"] for r in cold if r["interactive"] is not None)
        ratio = (
            f"{interactive[len(interactive) // 2] / baseline_tti:.2f}"
            if interactive and baseline_tti
            else "-"
        )
        http = [
            sorted(r["http_bytes"] for r in runs)[len(runs) // 2] / 1e6 if runs else 0
            for runs in (cold, warm)
        ]
        lines.append(
            f"| {notebook} | {col(cold, 'content')} | {col(cold, 'interactive')} | "
            f"{col(warm, 'content')} | {col(warm, 'interactive')} | {ratio} | "
            f"{http[0]:.2f} / {http[1]:.2f} |"
        )
    return [*lines, ""]
