"""A student's page load at the protocol level: what the server does, without the rendering.

In a lecture every student's browser runs on their own laptop; on the benchmark machine 40
Chromium pages would share the server's two cores, so a burst of real browsers measures the
browsers more than the server. This client asks the server for exactly what a fresh
browser asks for, in the same order, and waits for the same answers:

1. the dashboard page (``/voila/render/<notebook>``: Voilà hands out a pre-heated kernel),
   checked to show as many widget views as a complete page (:func:`record_page`);
2. every static file a real Chromium load of that page fetched (recorded once per run with
   :func:`record_assets`), six at a time like a browser, without a cache;
3. the kernel's websocket, and the widget manager's first request: a comm to
   ``jupyter.widget.control`` asking for every widget's state (``request_states``), which is
   how the page learns what to draw;
4. while the page is "open", changes of one input (a ``update`` comm message, as a
   dropdown sends): the round trip ends when the kernel reports idle after handling it;
5. closing the page closes the websocket.

Time to interactive here is from the first request to the widget states received (and
checked to contain the dashboard's main output). The page is *served* when that happens
within the timeout.
"""

from __future__ import annotations

import asyncio
import json
import re
import struct
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

from .browser import visit

PARALLEL_REQUESTS = 6  # connections per host, as in Chromium


@dataclass
class ProtocolLoad:
    notebook: str
    tti: float | None = None
    http_bytes: int = 0
    ws_bytes: int = 0
    kernel_id: str = ""
    round_trips: list[float | None] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    client: str = "protocol"


def asset_paths(urls: list[str], base_url: str, page_url: str, kernel_id: str) -> list[str]:
    """Same-server GETs of a recorded page load, less the page, the kernel and the websocket."""
    paths, seen = [], set()
    for url in urls:
        if not url.startswith(base_url + "/") or url == page_url:
            continue
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if (kernel_id and kernel_id in path) or "/channels" in path or path in seen:
            continue
        seen.add(path)
        paths.append(path)
    return paths


def widget_views(html: str) -> list[str]:
    """Model ids of the widget views the page's cells display."""
    return re.findall(
        r'"application/vnd\.jupyter\.widget-view\+json":\s*\{"model_id":\s*"(\w+)"', html
    )


async def record_page(browser, base_url: str, notebook: str, ready: str) -> tuple[list[str], int]:
    """Paths a fresh Chromium fetches for ``notebook``, and how many widget views a complete
    page of it shows (run against a throwaway server)."""
    html = (await AsyncHTTPClient().fetch(f"{base_url}/voila/render/{notebook}")).body.decode()
    return await record_assets(browser, base_url, notebook, ready), len(widget_views(html))


async def record_assets(browser, base_url: str, notebook: str, ready: str) -> list[str]:
    """Paths a fresh Chromium fetches for ``notebook`` (run against a throwaway server)."""
    context = await browser.new_context()
    page_url = f"{base_url}/voila/render/{notebook}"
    page, urls = await visit(context, page_url, ready, 90_000)
    config = json.loads(await page.locator("#jupyter-config-data").first.text_content())
    await context.close()
    return asset_paths(urls, base_url, page_url, config.get("kernelId", ""))


def _message(session: str, msg_type: str, content: dict, metadata: dict | None = None) -> dict:
    return {
        "header": {
            "msg_id": uuid.uuid4().hex,
            "username": "student",
            "session": session,
            "msg_type": msg_type,
            "version": "5.3",
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
        "parent_header": {},
        "metadata": metadata or {},
        "content": content,
        "channel": "shell",
        "buffers": [],
    }


def decode_frame(frame: str | bytes) -> dict:
    """A kernel message from a websocket frame (JSON text, or jupyter_server's binary form:
    a count of parts, their offsets, then the JSON message as the first part)."""
    if isinstance(frame, str):
        return json.loads(frame)
    (count,) = struct.unpack("!I", frame[:4])
    offsets = struct.unpack(f"!{count}I", frame[4 : 4 + 4 * count])
    end = offsets[1] if count > 1 else len(frame)
    return json.loads(frame[offsets[0] : end].decode())


def find_model(states: dict, model_name: str, description: str) -> str | None:
    """The comm id of the widget with this model name and description."""
    for comm_id, entry in states.items():
        state = entry.get("state", {})
        if state.get("_model_name") == model_name and state.get("description") == description:
            return comm_id
    return None


class _Kernel:
    """The page's websocket: sends messages, reads replies to one request."""

    def __init__(self, conn, load: ProtocolLoad) -> None:
        self.conn, self.load = conn, load
        self.session = uuid.uuid4().hex

    def send(self, msg_type: str, content: dict, metadata: dict | None = None) -> str:
        msg = _message(self.session, msg_type, content, metadata)
        text = json.dumps(msg)
        self.load.ws_bytes += len(text)
        self.conn.write_message(text)
        return msg["header"]["msg_id"]

    async def until(self, parent: str, done, timeout: float) -> list[dict]:
        """Read messages until ``done(msg)`` holds for one whose parent is ``parent``;
        return every message answering ``parent``, that one last."""
        answers = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            frame = await asyncio.wait_for(self.conn.read_message(), left)
            if frame is None:
                raise ConnectionError("the kernel's websocket closed")
            self.load.ws_bytes += len(frame)
            msg = decode_frame(frame)
            if msg.get("parent_header", {}).get("msg_id") == parent:
                answers.append(msg)
                if done(msg):
                    return answers


async def _fetch_all(client, base_url: str, paths: list[str], load: ProtocolLoad, timeout):
    queue = list(paths)

    async def worker():
        while queue:
            path = queue.pop(0)
            response = await client.fetch(
                HTTPRequest(base_url + path, request_timeout=timeout), raise_error=False
            )
            load.http_bytes += len(response.body or b"")
            if response.code >= 400:
                load.errors.append(f"HTTP {response.code} {path}")

    await asyncio.gather(*(worker() for _ in range(PARALLEL_REQUESTS)))


async def open_dashboard(
    base_url: str,
    notebook: str,
    ready_class: str,
    assets: list[str],
    *,
    expected_views: int = 1,
    change: tuple[str, str, list] | None = None,
    hold: float = 10.0,
    timeout: float = 90.0,
) -> ProtocolLoad:
    """One student: load, become interactive, change an input while holding, close.

    ``expected_views`` is the number of widget views a complete page shows (see
    :func:`record_page`); ``change`` is (model name, description, values): the input whose
    ``index`` is set to each value in turn during the hold, one round trip each.
    """
    load = ProtocolLoad(notebook)
    client = AsyncHTTPClient(force_instance=True, max_clients=PARALLEL_REQUESTS)
    start = time.monotonic()
    conn = None
    try:
        page = await client.fetch(
            HTTPRequest(f"{base_url}/voila/render/{notebook}", request_timeout=timeout)
        )
        html = page.body.decode()
        load.http_bytes += len(page.body)
        found = re.search(r'"kernelId":\s*"([0-9a-f-]+)"', html)
        if not found:
            raise RuntimeError("no kernel id in the page")
        load.kernel_id = found.group(1)
        left = timeout - (time.monotonic() - start)
        await _fetch_all(client, base_url, assets, load, left)
        ws_url = base_url.replace("http", "ws", 1)
        conn = await websocket_connect(
            f"{ws_url}/api/kernels/{load.kernel_id}/channels?session_id={uuid.uuid4().hex}",
            connect_timeout=timeout,
            max_message_size=64 * 2**20,
        )
        kernel = _Kernel(conn, load)
        control = uuid.uuid4().hex
        # The widget control protocol's version, as the ipywidgets 8 front end sends it.
        kernel.send("comm_open", {"comm_id": control, "target_name": "jupyter.widget.control",
                                  "data": {}}, {"version": "1.0.0"})  # fmt: skip
        asked = kernel.send("comm_msg", {"comm_id": control, "data": {"method": "request_states"}})
        left = timeout - (time.monotonic() - start)
        (*_, reply) = await kernel.until(
            asked,
            lambda m: (
                m["header"]["msg_type"] == "comm_msg"
                and m["content"]["data"].get("method") == "update_states"
            ),
            left,
        )
        states = reply["content"]["data"]["states"]
        # A pre-heated page whose notebook ran on a starved machine can lack a cell's
        # output (nbclient drops it after iopub_timeout): a browser would wait forever.
        views = widget_views(html)
        if len(views) < expected_views or not set(views) <= set(states):
            raise RuntimeError(
                f"incomplete page: {len(views)} of {expected_views} widget views, "
                f"{len(set(views) - set(states))} without a model"
            )
        if ready_class not in html and ready_class not in json.dumps(states):
            raise RuntimeError(f"the page has no {ready_class}")
        load.tti = time.monotonic() - start
    except Exception as exc:  # a timeout or a refused page is a load not served
        load.errors.append(f"not interactive: {type(exc).__name__}: {exc}"[:300])
        if conn is not None:
            conn.close()
        client.close()
        return load
    held_until = time.monotonic() + hold
    if change is not None:
        model, description, values = change
        comm_id = find_model(states, model, description)
        if comm_id is None:
            load.errors.append(f"no {model} {description!r} on the page")
        else:
            for value in values:
                began = time.monotonic()
                sent = kernel.send(
                    "comm_msg",
                    {"comm_id": comm_id, "data": {"method": "update", "state": {"index": value},
                                                  "buffer_paths": []}},
                )  # fmt: skip
                try:
                    answers = await kernel.until(
                        sent,
                        lambda m: (
                            m["header"]["msg_type"] == "status"
                            and m["content"]["execution_state"] == "idle"
                        ),
                        timeout,
                    )
                except (TimeoutError, ConnectionError):
                    load.round_trips.append(None)
                    continue
                # The change counts once another widget (the dependent output) was updated.
                if any(
                    m["header"]["msg_type"] == "comm_msg"
                    and m["content"]["comm_id"] != comm_id
                    and m["content"]["data"].get("method") == "update"
                    for m in answers
                ):
                    load.round_trips.append(time.monotonic() - began)
                else:
                    load.round_trips.append(None)
                    load.errors.append(f"setting {description!r} to {value} changed nothing")
                await asyncio.sleep(1.0)
    await asyncio.sleep(max(0.0, held_until - time.monotonic()))
    conn.close()
    client.close()
    return load
