"""One page load in Chromium, measured: time to interactive, bytes, widget round trips.

Time to interactive runs from navigation start to the moment the dashboard's main output is
visible (Voilà reveals cells only once all have executed) and, on pages with a figure, the
plotly figure is drawn. A round trip is the in-page time from the user's input event to the
dependent output's text changing.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from tools.dashboards import FIGURE

from .pages import Page
from .server import Server

__all__ = ["TIMEOUT_S", "Load", "frame_bytes", "open_page", "round_trips"]

TIMEOUT_S = 90.0


def frame_bytes(frame: dict) -> int:
    """Bytes of one websocket frame as sent: DevTools gives a binary frame (opcode 2, the
    Jupyter kernel protocol's binary messages) base64-encoded, a third longer than sent.

    >>> frame_bytes({"opcode": 2, "payloadData": "AAECAw=="})
    4
    >>> frame_bytes({"opcode": 1, "payloadData": "abc"})
    3
    """
    data = frame.get("payloadData", "")
    if frame.get("opcode") == 2:
        return len(data) * 3 // 4 - data[-2:].count("=")
    return len(data.encode())


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
            load.ws_bytes += frame_bytes(params["response"])

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
            await page.locator(FIGURE).first.wait_for(state="visible", timeout=TIMEOUT_S * 1000)
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


async def visit(context, page_url: str, ready: str, timeout_ms: float):
    """Open ``page_url`` in ``context`` until ``ready`` shows and 1 s more; the page and the
    URLs of every GET it made (its assets)."""
    page = await context.new_page()
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url) if r.method == "GET" else None)
    await page.goto(page_url, timeout=timeout_ms)
    await page.locator(ready).first.wait_for(state="visible", timeout=timeout_ms)
    await page.wait_for_timeout(1000)
    return page, urls
