"""The benchmark's phases, each on a server the caller starts (see ``benchmarks/bench.py``).

cold   a fresh browser context per load: time to interactive, bytes over HTTP and websocket,
       kernel RSS, then widget round trips on one page.
warm   pre-heated kernels and one browser context whose cache is warm.
burst  N students open one page within S seconds and keep it a while; most are
       protocol-level clients (``benchmarks/student.py``), a few real Chromium pages.
hang   consecutive cold loads of every dashboard, two dashboards at a time.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from benchmarks import student as students

from .browser import TIMEOUT_S, open_page, round_trips
from .pages import BURST_CHANGES, Page
from .server import Server, kernel_rss

__all__ = [
    "WARM_FILL_DELAY_S",
    "browser_slots",
    "phase_burst",
    "phase_cold",
    "phase_hang",
    "phase_warm",
]

# The warm phase loads pages one after another and lets the pool refill in between; the
# lecture configuration waits 60 s before refilling (so refills do not compete with a
# burst), which would only make this phase slow, so it is shortened here. A load that
# finds a ready kernel is the same either way.
WARM_FILL_DELAY_S = 1.0


async def phase_cold(browser, server: Server, pages: list[Page], loads: int, changes: int) -> dict:
    results = {}
    for spec in pages:
        runs = []
        for i in range(loads):
            context = await browser.new_context(viewport={"width": 1300, "height": 1000})
            page, load = await open_page(context, server, spec)
            if load.tti is not None:
                await page.wait_for_timeout(1000)  # late figure and font requests
                load.kernel_rss = kernel_rss(server, load.kernel_id)
            rts = []
            if i == 0 and load.tti is not None and changes:
                rts = await round_trips(page, spec, changes)
            await context.close()
            runs.append({**load.__dict__, "round_trips": rts})
            print(
                f"cold {spec.notebook} #{i + 1}: {load.tti and round(load.tti, 2)} s, "
                f"ws {load.ws_bytes / 1e6:.2f} MB, rss {load.kernel_rss / 1e6:.0f} MB",
                flush=True,
            )
        results[spec.notebook] = runs
    return results


async def phase_warm(browser, server: Server, pages: list[Page], loads: int) -> dict:
    """Pre-heated kernels and a warm browser cache (one priming load not counted)."""
    results = {}
    context = await browser.new_context(viewport={"width": 1300, "height": 1000})
    for spec in pages:
        runs = []
        for i in range(loads + 1):
            await asyncio.sleep(WARM_FILL_DELAY_S + 1)  # the pool starts refilling after a delay
            await asyncio.to_thread(server.wait_idle)
            page, load = await open_page(context, server, spec)
            await page.wait_for_timeout(500)
            await page.close()
            if i:
                runs.append(load.__dict__)
                print(
                    f"warm {spec.notebook} #{i}: {load.tti and round(load.tti, 2)} s, "
                    f"http {load.http_bytes / 1e6:.2f} MB",
                    flush=True,
                )
        results[spec.notebook] = runs
    await context.close()
    return results


def browser_slots(count: int, browsers: int) -> set[int]:
    """Which of ``count`` students (spread evenly, the first included) use a real browser."""
    browsers = max(0, min(browsers, count))
    return {k * count // browsers for k in range(browsers)} if browsers else set()


async def phase_burst(
    browser,
    server: Server,
    spec: Page,
    count: int,
    seconds: float,
    hold: float,
    *,
    browsers: int,
    assets: list[str],
    views: int,
    evidence: Path,
) -> dict:
    """``count`` students open the page within ``seconds``; each keeps it ``hold`` s.

    ``browsers`` of them are real Chromium pages, the others protocol-level students
    (``benchmarks/student.py``): they ask the server for everything a fresh browser asks
    for and change an input while the page is open, but do not render, as the students'
    own laptops would; the browsers check that pages still draw under the burst.
    """
    peak = {"server": 0, "kernels": 0, "total": 0}
    stop = asyncio.Event()
    slots = browser_slots(count, browsers)

    async def sample():
        while not stop.is_set():
            s, k = await asyncio.to_thread(server.memory)
            peak["server"] = max(peak["server"], s)
            peak["kernels"] = max(peak["kernels"], k)
            peak["total"] = max(peak["total"], s + k)
            await asyncio.sleep(0.5)

    async def student(i: int) -> dict:
        await asyncio.sleep(i * seconds / count)
        if i in slots:
            context = await browser.new_context(viewport={"width": 1300, "height": 1000})
            page, load = await open_page(
                context, server, spec, measure_bytes=False, evidence=evidence / f"burst-{i + 1}"
            )
            if load.tti is not None:
                await page.wait_for_timeout(hold * 1000)
            await context.close()
        else:
            load = await students.open_dashboard(
                server.url,
                spec.notebook,
                spec.ready.lstrip("."),
                assets,
                expected_views=views,
                change=BURST_CHANGES.get(spec.id),
                hold=hold,
                timeout=TIMEOUT_S,
            )
        print(
            f"burst #{i + 1} ({load.client}): {load.tti and round(load.tti, 2)} s {load.errors}",
            flush=True,
        )
        return load.__dict__

    sampler = asyncio.create_task(sample())
    began = time.monotonic()
    loads = await asyncio.gather(*(student(i) for i in range(count)))
    closed = time.monotonic()
    stop.set()
    await sampler
    return {
        "notebook": spec.notebook,
        "count": count,
        "browsers": len(slots),
        "assets": len(assets),
        "widget_views": views,
        "seconds": seconds,
        "hold": hold,
        "loads": loads,
        "peak_bytes": peak,
        "duration": closed - began,
        "_closed_at": closed,
    }


async def phase_hang(
    browser, server: Server, pages: list[Page], loads: int, evidence: Path | None = None
) -> dict:
    """Consecutive fresh loads per dashboard, two dashboards at a time."""
    results: dict[str, dict] = {}
    queue = list(pages)

    async def worker():
        while queue:
            spec = queue.pop(0)
            hangs, errors, ttis = 0, [], []
            for i in range(loads):
                context = await browser.new_context(viewport={"width": 1300, "height": 900})
                _page, load = await open_page(
                    context,
                    server,
                    spec,
                    measure_bytes=False,
                    evidence=evidence and evidence / f"hang-{spec.notebook[:-6]}-{i + 1}",
                )
                await context.close()
                if load.tti is None:
                    hangs += 1
                else:
                    ttis.append(load.tti)
                errors += load.errors
                if (i + 1) % 25 == 0:
                    print(f"hang {spec.notebook}: {i + 1} loads, {hangs} hangs", flush=True)
            results[spec.notebook] = {"loads": loads, "hangs": hangs, "errors": errors, "tti": ttis}

    await asyncio.gather(worker(), worker())
    return results
