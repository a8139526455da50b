"""Lecture-scale benchmarks of the dashboards against a one-slider baseline notebook.

Run with ``make bench`` (full run, about an hour) or ``python -m benchmarks.bench --smoke``
(a minute; what ``make test`` runs to keep the harness working). Everything is measured in
one run on this machine: Voilà is started by the harness, Debian Chromium is driven by
Playwright, and the kernels' memory is read with psutil. Results are written as JSON and
as ``RESULTS.md`` (ratios to the baseline, targets met or not).

Phases
------
cold      fresh Voilà with the checked-in ``voila.json`` (no pre-heating), a fresh browser
          context per load: time to interactive, bytes over HTTP and websocket, kernel RSS,
          then widget round trips on one page.
warm      the lecture configuration (``lecture/voila.json``: pre-heated kernel pool, culling),
          one browser context whose cache is warm; the pool refills between loads.
burst     the lecture configuration with a pool sized for the class: N loads spread over S
          seconds, each page kept open a while then closed; share served, p50/p95 time to
          interactive, peak memory of server and kernels, student kernels alive after the
          linger time (culling must have reclaimed them).
hang      consecutive cold loads of every dashboard (two workers, so two dashboards at a
          time); a load that does not become interactive within the timeout is a hang.
          Runs while the burst server lingers.

Time to interactive is measured from navigation start to the moment the dashboard's main
output is visible (Voilà reveals cells only once all have executed) and, on pages with a
figure, the plotly figure is drawn.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import json
import os
import platform
import re
import runpy
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import psutil
from playwright.async_api import async_playwright

from benchmarks import student as students

ROOT = Path(__file__).resolve().parents[1]
#: The checkout whose dashboards, template, Voilà config and spinemet_core are measured;
#: ``--checkout`` points it at another one (e.g. an older commit) for before/after runs.
SOURCE = ROOT
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_S = 90.0
# The warm phase loads pages one after another and lets the pool refill in between; the
# lecture configuration waits 60 s before refilling (so refills do not compete with a
# burst), which would only make this phase slow, so it is shortened here. A load that
# finds a ready kernel is the same either way.
WARM_FILL_DELAY_S = 1.0
DEFAULT_POOL = runpy.run_path(str(ROOT / "lecture" / "pool_config.py"))["DEFAULT_POOL"]


@dataclass(frozen=True)
class Page:
    """One benchmarked notebook: what shows it is ready, and one input to change."""

    notebook: str
    ready: str
    figure: bool
    action: str  # "select", "key" or "click"
    target: str  # the control acted on
    output: str  # the element whose text must change
    values: tuple[str, str] = ("", "")


BASELINE = Page(
    "baseline.ipynb",
    ".bench-out",
    False,
    "key",
    ".widget-slider .noUi-handle",
    ".bench-out",
    ("ArrowRight", "ArrowLeft"),
)
PAGES = [
    BASELINE,
    Page(
        "00_start_here.ipynb",
        ".sm-environment",
        False,
        "click",
        ".sm-presentation-bar",
        ".sm-presentation-style",
        ("Normal", "Lecture"),
    ),
    Page(
        "01_prognostic_scores.ipynb",
        ".sm-results",
        True,
        "select",
        ".widget-dropdown:has(label:text-is('Primary tumour')) select",
        ".sm-results",
        ("", ""),
    ),
    Page(
        "02_noms_framework.ipynb",
        ".sm-recommendation",
        True,
        "select",
        ".widget-dropdown:has(label:text-is('Bilsky ESCC grade')) select",
        ".sm-recommendation",
        ("", ""),
    ),
    Page(
        "03_separation_surgery.ipynb",
        ".sm-cord-result",
        True,
        "select",
        ".widget-dropdown:has(label:text-is('Schedule')) select",
        ".sm-cord-result",
        ("", ""),
    ),
    Page(
        "04_stereotactic_radiosurgery.ipynb",
        ".sm-calculator",
        True,
        "select",
        ".widget-dropdown:has(label:text-is('Schedule')) select",
        ".sm-calculator",
        ("", ""),
    ),
    Page(
        "05_targeted_therapy_rcc.ipynb",
        ".sm-rcc-results",
        True,
        "select",
        ".widget-dropdown:has(label:text-is('Load example')) select",
        ".sm-rcc-results",
        ("calcium trap", "IMDC and MSKCC disagree"),
    ),
    Page(
        "06_case_quiz.ipynb",
        ".sm-quiz-status",
        False,
        "click",
        ".sm-quiz",
        ".sm-quiz",
        ("Self-study", "Lecture"),
    ),
]
BY_NAME = {p.notebook: p for p in PAGES}
#: The input a protocol-level student changes during the burst (widget model, description,
#: option indices set in turn), one round trip each.
BURST_CHANGES = {
    "02_noms_framework.ipynb": ("DropdownModel", "Bilsky ESCC grade", [1, 2, 3]),
    "01_prognostic_scores.ipynb": ("DropdownModel", "Primary tumour", [1, 2, 3]),
}


# --------------------------------------------------------------------------- servers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_RUNNING: list[Server] = []


def _stop_all() -> None:
    """Stop every server still running (also when the run is interrupted)."""
    for server in list(_RUNNING):
        server.stop()


atexit.register(_stop_all)


class Server:
    """Voilà on a free port serving a copy of the notebooks plus the baseline."""

    def __init__(self, site: Path, log: Path, config_dirs: list[Path], extra: list[str]):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = [
            sys.executable,
            "-m",
            "voila",
            "--no-browser",
            "--Voila.ip=127.0.0.1",
            f"--port={self.port}",
        ]
        args += [f"--Voila.config_file_paths={d}" for d in config_dirs]
        args += [*extra, str(site)]
        env = {**os.environ, "JUPYTER_PATH": str(SOURCE / "share" / "jupyter")}
        if SOURCE != ROOT:  # kernels import that checkout's spinemet_core
            env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), env.get("PYTHONPATH", "")])
        self._log = log.open("w")
        self.proc = subprocess.Popen(
            args, cwd=SOURCE, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self.ps = psutil.Process(self.proc.pid)
        _RUNNING.append(self)
        deadline = time.monotonic() + 120
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Voilà exited with {self.proc.returncode}; see {log}")
            try:
                urllib.request.urlopen(self.url + "/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("Voilà did not answer within 120 s") from None
                time.sleep(0.3)

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

    def log_text(self) -> str:
        self._log.flush()
        return Path(self._log.name).read_text(errors="replace")

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
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log.close()


def make_site(pages: list[Page]) -> Path:
    """A folder with the measured dashboards and the baseline side by side."""
    site = Path(tempfile.mkdtemp(prefix="spinemet-bench-"))
    for spec in pages:
        folder = ROOT / "benchmarks" if spec is BASELINE else SOURCE / "notebooks"
        shutil.copy(folder / spec.notebook, site / spec.notebook)
    return site


# --------------------------------------------------------------------------- one page load


@dataclass
class Load:
    notebook: str
    tti: float | None = None  # seconds; None = did not become interactive (hang)
    http_bytes: int = 0
    ws_bytes: int = 0
    kernel_id: str = ""
    kernel_rss: int = 0
    errors: list[str] = field(default_factory=list)
    client: str = "browser"


async def open_page(
    context,
    server: Server,
    page_spec: Page,
    *,
    measure_bytes=True,
    query: str = "",
    evidence: Path | None = None,
) -> tuple[object, Load]:
    """Open one dashboard and wait until it is interactive.

    A load that is not interactive in time keeps evidence when ``evidence`` (a file name
    without suffix) is given: a screenshot and the page's last console messages.
    """
    page = await context.new_page()
    load = Load(page_spec.notebook)
    console: list[str] = []
    began = time.monotonic()
    page.on("pageerror", lambda exc: load.errors.append(f"pageerror: {exc}"))
    page.on(
        "console",
        lambda msg: console.append(f"{time.monotonic() - began:.1f} s {msg.type}: {msg.text}"),
    )
    page.on(
        "requestfailed",
        lambda req: console.append(f"{time.monotonic() - began:.1f} s failed: {req.url}"),
    )
    if measure_bytes:
        cdp = await context.new_cdp_session(page)
        await cdp.send("Network.enable")

        def on_loaded(params):
            load.http_bytes += int(params.get("encodedDataLength", 0))

        def on_frame(params):
            load.ws_bytes += len(params["response"].get("payloadData", ""))

        cdp.on("Network.loadingFinished", on_loaded)
        cdp.on("Network.webSocketFrameReceived", on_frame)
        cdp.on("Network.webSocketFrameSent", on_frame)
    start = time.monotonic()
    try:
        await page.goto(
            f"{server.url}/voila/render/{page_spec.notebook}{query}", timeout=TIMEOUT_S * 1000
        )
        await page.locator(page_spec.ready).first.wait_for(
            state="visible", timeout=TIMEOUT_S * 1000
        )
        if page_spec.figure:
            await page.locator(".js-plotly-plot .main-svg").first.wait_for(
                state="visible", timeout=TIMEOUT_S * 1000
            )
        load.tti = time.monotonic() - start
    except Exception as exc:  # a timeout is the hang we count
        load.errors.append(f"not interactive: {type(exc).__name__}")
        if evidence is not None:
            with contextlib.suppress(Exception):
                await page.screenshot(path=str(evidence.with_suffix(".png")))
            evidence.with_suffix(".txt").write_text("\n".join(console[-60:]) + "\n")
        return page, load
    if await page.locator(
        "[data-mime-type='application/vnd.jupyter.error'], "
        "[data-mime-type='application/vnd.jupyter.stderr']"
    ).count():
        load.errors.append("error output on the page")
    config = await page.locator("#jupyter-config-data").first.text_content()
    load.kernel_id = json.loads(config).get("kernelId", "")
    return page, load


def kernel_rss(server: Server, kernel_id: str) -> int:
    proc = server.kernels().get(kernel_id)
    try:
        return proc.memory_info().rss if proc else 0
    except psutil.Error:
        return 0


# --------------------------------------------------------------------------- round trips

_ARM = """(outputSel) => {
  const out = document.querySelector(outputSel);
  window.__rt = { start: null, end: null, before: out ? out.textContent : null };
  const mark = () => { if (window.__rt.start === null) window.__rt.start = performance.now(); };
  for (const type of ["keydown", "change", "click", "pointerdown", "mousedown"]) {
    document.addEventListener(type, mark, { capture: true, once: true });
  }
  const observer = new MutationObserver(() => {
    const now = document.querySelector(outputSel);
    if (now && now.textContent !== window.__rt.before && window.__rt.end === null) {
      window.__rt.end = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}"""


async def _option_values(page, spec: Page) -> tuple[str, str]:
    if spec.values != ("", ""):
        return spec.values
    options = (
        await page.locator(spec.target)
        .first.locator("option")
        .evaluate_all("opts => opts.map(o => o.value)")
    )
    return options[0], options[1]


async def round_trips(page, spec: Page, changes: int) -> list[float | None]:
    """In-page time from the user's input event to the dependent output's text changing."""
    values = await _option_values(page, spec)
    times = []
    for i in range(changes):
        value = values[(i + 1) % 2]
        await page.evaluate(_ARM, spec.output)
        if spec.action == "select":
            await page.locator(spec.target).first.select_option(value)
        elif spec.action == "key":
            await page.locator(spec.target).first.focus()
            await page.keyboard.press(value)
        else:
            button = page.locator(spec.target).get_by_role("button", name=value, exact=True)
            await button.first.click()
        try:
            await page.wait_for_function("window.__rt.end !== null", timeout=10_000)
        except Exception:  # no update within 10 s: recorded as a failed round trip
            times.append(None)
            continue
        rt = await page.evaluate("window.__rt.end - window.__rt.start")
        times.append(rt / 1000)
        await page.wait_for_timeout(150)
    return times


# --------------------------------------------------------------------------- phases


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
                change=BURST_CHANGES.get(spec.notebook),
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


# --------------------------------------------------------------------------- run


def machine() -> dict:
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
    """The lecture's pool-size config (lecture/pool_config.py) for the burst's dashboard."""
    write = runpy.run_path(str(ROOT / "lecture" / "pool_config.py"))["write_pool_config"]
    return write(folder, notebook, pool).parent


def save(results: dict, out: Path) -> None:
    """Write what has been measured so far (a long run that is stopped keeps its phases)."""
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str))


async def run(args) -> dict:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pages = [p for p in PAGES if not args.only or p.notebook in args.only or p is BASELINE]
    site = make_site(pages)
    results: dict = {"machine": machine(), "settings": vars(args).copy()}
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            if "cold" in args.phases:
                server = Server(site, out / "voila-cold.log", [SOURCE], [])
                try:
                    results["cold"] = await phase_cold(
                        browser, server, pages, args.loads, args.changes
                    )
                    save(results, out)
                finally:
                    server.stop()
            if "warm" in args.phases:
                fast = out / "warm-config"
                fast.mkdir(parents=True, exist_ok=True)
                (fast / "voila.json").write_text(
                    json.dumps({"VoilaKernelManager": {"fill_delay": WARM_FILL_DELAY_S}})
                )
                server = Server(site, out / "voila-warm.log", [fast, ROOT / "lecture", ROOT], [])
                try:
                    await asyncio.to_thread(server.wait_pools, len(pages))
                    results["warm"] = await phase_warm(browser, server, pages, args.warm_loads)
                    save(results, out)
                finally:
                    server.stop()
            if "burst" in args.phases:
                spec = BY_NAME[args.burst_notebook]
                # What a fresh browser fetches for this page, recorded on a throwaway
                # server so that the burst server's pool stays whole.
                server = Server(site, out / "voila-assets.log", [SOURCE], [])
                try:
                    assets, views = await students.record_page(
                        browser, server.url, spec.notebook, spec.ready
                    )
                finally:
                    server.stop()
                pools = burst_config(out / "burst-config", spec.notebook, args.burst_pool)
                started = time.monotonic()
                server = Server(site, out / "voila-burst.log", [pools, ROOT / "lecture", ROOT], [])
                try:
                    others = DEFAULT_POOL * (len(pages) - 1)
                    await asyncio.to_thread(server.wait_pools, len(pages))
                    pool_fill_s = time.monotonic() - started
                    print(
                        f"pools of {args.burst_pool + others} kernels ready after "
                        f"{pool_fill_s:.0f} s",
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
                        # The consecutive-load check runs on its own server while this one
                        # lingers, so its kernels do not count as left over here.
                        hang_server = Server(site, out / "voila-hang.log", [SOURCE], [])
                        try:
                            results["hang"] = await phase_hang(
                                browser, hang_server, pages, args.hang_loads, out
                            )
                            save({**results, "burst": burst}, out)
                        finally:
                            hang_server.stop()
                    while time.monotonic() - burst["_closed_at"] < args.linger:
                        await asyncio.sleep(5)
                    alive = server.kernels()
                    # Every kernel handed to a student, including pages that never became
                    # interactive (their page never told us its kernel id): Voilà logs each.
                    log_text = (out / "voila-burst.log").read_text()
                    student_ids = set(re.findall(r"Using pre-heated kernel: (\S+) for", log_text))
                    student_ids |= {ld["kernel_id"] for ld in burst["loads"] if ld["kernel_id"]}
                    burst["student_kernels"] = len(student_ids)
                    # Cells whose outputs nbclient gave up waiting for (a page missing them
                    # never becomes interactive), and kernels that failed to bind a port.
                    burst["iopub_timeouts"] = log_text.count("Timeout waiting for IOPub output")
                    burst["port_clashes"] = log_text.count("Address already in use")
                    burst["linger_s"] = round(time.monotonic() - burst["_closed_at"])
                    burst["student_kernels_alive"] = len(student_ids & set(alive))
                    burst["kernels_alive"] = len(alive)
                finally:
                    server.stop()
                results["burst"] = burst
            elif "hang" in args.phases:
                server = Server(site, out / "voila-hang.log", [SOURCE], [])
                try:
                    results["hang"] = await phase_hang(browser, server, pages, args.hang_loads, out)
                finally:
                    server.stop()
        finally:
            await browser.close()
    shutil.rmtree(site, ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    parser.add_argument("--results-md", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    parser.add_argument("--phases", default="cold,warm,burst,hang")
    parser.add_argument("--only", nargs="*", help="dashboards to measure (baseline always)")
    parser.add_argument("--loads", type=int, default=10)
    parser.add_argument("--warm-loads", type=int, default=10)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--burst", type=int, default=40)
    parser.add_argument("--burst-seconds", type=float, default=60.0)
    parser.add_argument("--burst-notebook", default="02_noms_framework.ipynb")
    parser.add_argument("--burst-pool", type=int, default=40)
    parser.add_argument(
        "--burst-browsers",
        type=int,
        default=5,
        help="students of the burst who use Chromium (the others are protocol-level clients)",
    )
    parser.add_argument("--hold", type=float, default=10.0)
    parser.add_argument("--linger", type=float, default=600.0)
    parser.add_argument("--hang-loads", type=int, default=100)
    parser.add_argument("--smoke", action="store_true", help="tiny run that checks the harness")
    parser.add_argument("--checkout", help="measure the dashboards of another checkout")
    args = parser.parse_args(argv)
    if args.smoke:
        args.loads, args.warm_loads, args.changes = 1, 1, 3
        args.burst, args.burst_seconds, args.burst_pool, args.hold = 3, 3.0, 3, 4.0
        args.burst_browsers = 1
        args.linger, args.hang_loads = 0.0, 2
        args.only = args.only or ["01_prognostic_scores.ipynb"]
        args.burst_notebook = args.only[0]
    # A stopped run (Ctrl-C, kill) still shuts its Voilà servers and their kernels down.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args.phases = args.phases.split(",")
    if args.checkout:
        global SOURCE
        SOURCE = Path(args.checkout).resolve()
    results = asyncio.run(run(args))
    out = Path(args.out)
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    from .report import write_report

    write_report(results, Path(args.results_md))
    print(f"wrote {out / 'results.json'} and {args.results_md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
