"""``make bench``'s hub phase: a class signs in through the hub and opens one dashboard.

The hub (deploy/hub, lecture mode: temporary accounts) runs on this machine as ``make hub``
runs it. N students arrive spread over S seconds. A few (``browsers``, evenly spread) use
Chromium on this machine; each of the others, at the protocol level (as
``benchmarks/student.py``: their browsers would run on their own laptops):

1. signs in (``/hub/tmplogin``) and asks for a server (``/hub/spawn``);
2. waits until their own Voilà answers, and opens the dashboard through the hub's OAuth
   (the page: Voilà runs the notebook in a new kernel, no pre-heating on the hub);
3. fetches the static files a fresh Chromium fetched for that page (recorded once through the
   hub), opens the kernel's websocket and asks for every widget's state;
4. keeps the page open ``hold`` seconds, then closes it.

Time to interactive is from the sign-in to the widget states received (Chromium: the page's
main output and figure drawn); a student is *served* when that happens within the timeout.
Memory per student is the peak RSS of their processes (their Voilà server and kernels); CPU
is the hub's whole process tree (hub, proxy, culler, servers, kernels) over the phase.

Run alone: ``python -m benchmarks.hub_phase --students 5 --seconds 10``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import psutil
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

from tools.dashboards import FIGURE
from tools.hub import Hub, Student

from .browser import visit
from .hub_processes import _cpu_seconds, _sample, _tree
from .hub_report import hub_section
from .student import PARALLEL_REQUESTS, ProtocolLoad, _Kernel, widget_views


async def record_hub_assets(browser, hub_url: str, notebook: str, ready: str):
    """Paths (with a ``{user}`` placeholder) a fresh Chromium fetches for ``notebook`` through
    the hub, signed in in one context and recorded in a second one with its cookies but an
    empty cache; and how many widget views a complete page of it shows."""
    first = await browser.new_context()
    page = await first.new_page()
    await page.goto(f"{hub_url}/hub/tmplogin", timeout=120_000)
    await page.locator(".sm-environment").first.wait_for(state="visible", timeout=120_000)
    name = page.url.split("/user/")[1].split("/")[0]
    second = await browser.new_context(storage_state=await first.storage_state())
    await first.close()
    page_url = f"{hub_url}/user/{name}/voila/render/{notebook}"
    _page, urls = await visit(second, page_url, ready, 120_000)
    views = len(widget_views(await (await second.request.get(page_url)).text()))
    await second.close()
    prefix = f"{hub_url}/user/{name}/"
    paths = []
    for url in dict.fromkeys(urls):
        if url.startswith(prefix) and url != page_url and "/api/kernels/" not in url:
            paths.append("/user/{user}/" + url.removeprefix(prefix))
    return paths, views


async def _fetch(client, hub_url: str, paths: list[str], cookie: str, load: dict) -> None:
    queue = list(paths)

    async def worker():
        while queue:
            request = HTTPRequest(hub_url + queue.pop(0), headers={"Cookie": cookie})
            response = await client.fetch(request, raise_error=False)
            if response.code >= 400:
                load["errors"].append(f"HTTP {response.code} {request.url}")

    await asyncio.gather(*(worker() for _ in range(PARALLEL_REQUESTS)))


async def hub_student(hub_url, notebook, ready, assets, views, hold, timeout, pool) -> dict:
    """One student through the hub; returns their timings and errors."""
    loop = asyncio.get_running_loop()
    load: dict = {"name": "", "signed_in": None, "page": None, "tti": None, "errors": []}
    student = Student(SimpleNamespace(url=hub_url))
    start = time.monotonic()
    conn = None
    try:
        await loop.run_in_executor(pool, student.sign_in_temporary)
        load["name"], load["signed_in"] = student.name, time.monotonic() - start
        page = await loop.run_in_executor(pool, student.open_page, notebook, timeout)
        load["page"] = time.monotonic() - start
        html, cookie = page.text, student.cookie_header()
        kernel_id = re.search(r'"kernelId":\s*"([0-9a-f-]+)"', html).group(1)
        client = AsyncHTTPClient(force_instance=True, max_clients=PARALLEL_REQUESTS)
        paths = [p.replace("{user}", student.name) for p in assets]
        await _fetch(client, hub_url, paths, cookie, load)
        ws = hub_url.replace("http", "ws", 1)
        channels = f"/user/{student.name}/api/kernels/{kernel_id}/channels"
        request = HTTPRequest(f"{ws}{channels}?session_id={uuid.uuid4().hex}")
        request.headers["Cookie"] = cookie
        conn = await websocket_connect(request, max_message_size=64 * 2**20)
        kernel = _Kernel(conn, ProtocolLoad(notebook))
        control = uuid.uuid4().hex
        kernel.send("comm_open", {"comm_id": control, "target_name": "jupyter.widget.control",
                                  "data": {}}, {"version": "1.0.0"})  # fmt: skip
        asked = kernel.send("comm_msg", {"comm_id": control, "data": {"method": "request_states"}})
        (*_, reply) = await kernel.until(
            asked,
            lambda m: (
                m["header"]["msg_type"] == "comm_msg"
                and m["content"]["data"].get("method") == "update_states"
            ),
            max(1.0, timeout - (time.monotonic() - start)),
        )
        states = reply["content"]["data"]["states"]
        if len(widget_views(html)) < views or ready.lstrip(".") not in html + json.dumps(states):
            raise RuntimeError("incomplete page")
        load["tti"] = time.monotonic() - start
        await asyncio.sleep(hold)
    except Exception as exc:  # a refused sign-in, a server that never came, a timeout
        load["errors"].append(f"{type(exc).__name__}: {exc}"[:300])
    if conn is not None:
        conn.close()
    return load


async def hub_browser_student(browser, hub_url, notebook, ready, hold, timeout) -> dict:
    """One student in Chromium (on this machine's cores): a temporary account, then the
    dashboard drawn; time to interactive from the sign-in page."""
    load: dict = {"name": "", "signed_in": None, "page": None, "tti": None, "errors": []}
    context = await browser.new_context(viewport={"width": 1300, "height": 1000})
    page = await context.new_page()
    start = time.monotonic()
    try:
        await page.goto(f"{hub_url}/hub/tmplogin", timeout=timeout * 1000)
        await page.locator(".sm-environment").first.wait_for(timeout=timeout * 1000)
        load["name"] = page.url.split("/user/")[1].split("/")[0]
        load["signed_in"] = load["page"] = time.monotonic() - start
        await page.goto(f"{hub_url}/user/{load['name']}/voila/render/{notebook}")
        left = max(1.0, timeout - (time.monotonic() - start))
        await page.locator(ready).first.wait_for(state="visible", timeout=left * 1000)
        await page.locator(FIGURE).first.wait_for(state="visible", timeout=left * 1000)
        load["tti"] = time.monotonic() - start
        await asyncio.sleep(hold)
    except Exception as exc:  # a timeout or an error page: not served
        load["errors"].append(f"browser: {type(exc).__name__}: {exc}"[:300])
    await context.close()
    return load


def _pct(values: list[float], q: float) -> float | None:  # nearest rank, as report.pct
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 2) if values else None


async def phase_hub(
    browser, spec, students, seconds, hold, out: Path, timeout=90.0, browsers: int = 3
) -> dict:
    """The phase on a fresh hub with its state in a temporary folder; ``browsers`` of the
    students (evenly spread, the first included) use Chromium, the others are protocol-level."""
    every = max(1, students // max(1, browsers)) if browsers else 0
    with tempfile.TemporaryDirectory(prefix="spinemet-hub-bench-") as state:
        hub = Hub("lecture", Path(state), out / "hub-bench.log", cull_timeout=3600)
        try:
            assets, views = await record_hub_assets(browser, hub.url, spec.notebook, spec.ready)
            peaks: dict = {"users": {}, "hub": 0, "total": 0}
            stop = asyncio.Event()
            sampler = asyncio.create_task(_sample(hub, peaks, stop))
            cpu_before = _cpu_seconds(_tree(hub))
            psutil.cpu_percent()  # starts the machine-wide measurement
            began = time.monotonic()

            async def arrive(i: int, pool) -> dict:
                await asyncio.sleep(i * seconds / max(1, students))
                if every and i % every == 0 and i // every < browsers:
                    args = (spec.notebook, spec.ready, hold, timeout)
                    return {
                        **await hub_browser_student(browser, hub.url, *args),
                        "client": "browser",
                    }
                args = (spec.notebook, spec.ready, assets, views, hold, timeout, pool)
                return {**await hub_student(hub.url, *args), "client": "protocol"}

            with ThreadPoolExecutor(max_workers=students) as pool:
                loads = await asyncio.gather(*(arrive(i, pool) for i in range(students)))
            wall = time.monotonic() - began
            cpu = _cpu_seconds(_tree(hub)) - cpu_before
            machine_cpu = psutil.cpu_percent()
            stop.set()
            await sampler
        finally:
            hub.stop()
    ttis = [ld["tti"] for ld in loads if ld["tti"] is not None and ld["client"] == "protocol"]
    in_browser = [ld for ld in loads if ld["client"] == "browser"]
    browser_ttis = [ld["tti"] for ld in in_browser if ld["tti"] is not None]
    per_user = sorted(peaks["users"].values())
    per_student_mb = per_user[len(per_user) // 2] / 2**20 if per_user else None
    return {
        "notebook": spec.notebook,
        "count": students,
        "seconds": seconds,
        "hold": hold,
        "assets": len(assets),
        "served": sum(ld["tti"] is not None for ld in loads),
        "tti_p50": _pct(ttis, 0.5),
        "tti_p95": _pct(ttis, 0.95),
        "browsers": len(in_browser),
        "browser_served": len(browser_ttis),
        "browser_tti_p50": _pct(browser_ttis, 0.5),
        "browser_tti_p95": _pct(browser_ttis, 0.95),
        "server_up_p50": _pct([ld["page"] for ld in loads if ld["page"] is not None], 0.5),
        "student_mb_p50": round(per_student_mb) if per_student_mb else None,
        "student_mb_max": round(per_user[-1] / 2**20) if per_user else None,
        "hub_mb": round(peaks["hub"] / 2**20),
        "peak_total_mb": round(peaks["total"] / 2**20),
        "cpu_seconds": round(cpu, 1),
        "cpu_cores_mean": round(cpu / wall, 2),
        "machine_cpu_percent": machine_cpu,
        "wall_s": round(wall, 1),
        "errors": sorted({e for ld in loads for e in ld["errors"]}),
        "loads": loads,
    }


async def _main(args) -> dict:
    from playwright.async_api import async_playwright

    from tools.dashboards import READY
    from tools.launch import CHROMIUM, CHROMIUM_ARGS

    spec = SimpleNamespace(notebook=args.notebook, ready=READY["noms_framework"])
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            return await phase_hub(browser, spec, args.students, args.seconds, args.hold, args.out)
        finally:
            await browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--hold", type=float, default=10.0)
    parser.add_argument("--notebook", default="02_noms_framework.ipynb")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    result = asyncio.run(_main(options))
    (options.out / "hub.json").write_text(json.dumps(result, indent=1))
    print("\n".join(hub_section(result)))
