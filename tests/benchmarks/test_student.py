"""The protocol-level student of the burst benchmark: what it asks for and what it checks."""

import json
import struct

from benchmarks.student import asset_paths, decode_frame, find_model, widget_views

BASE = "http://127.0.0.1:8866"


def test_assets_are_the_servers_get_requests_less_page_kernel_and_duplicates():
    """Assets are the same-server GETs less the page, the kernel and duplicates."""
    urls = [
        f"{BASE}/voila/render/02.ipynb",
        f"{BASE}/voila/static/voila.js?v=1",
        f"{BASE}/api/kernels/abc-123/channels?session_id=s",
        f"{BASE}/api/kernels/abc-123",
        f"{BASE}/voila/static/voila.js?v=1",
        "https://elsewhere.example/x.js",
        f"{BASE}/voila/templates/spinemet/static/plotly/plotly.min.js?v=4.1.1",
    ]
    assert [
        "/voila/static/voila.js?v=1",
        "/voila/templates/spinemet/static/plotly/plotly.min.js?v=4.1.1",
    ] == asset_paths(urls, BASE, f"{BASE}/voila/render/02.ipynb", "abc-123")


def test_kernel_messages_decode_from_text_and_binary_frames():
    """Kernel messages decode from text frames and from binary frames with buffers."""
    msg = {"header": {"msg_type": "comm_msg"}, "content": {"data": {}}}
    assert msg == decode_frame(json.dumps(msg))
    body = json.dumps(msg).encode()
    buffer = b"\x00\x01\x02"
    offsets = (12, 12 + len(body))
    frame = struct.pack("!3I", 2, *offsets) + body + buffer
    assert msg == decode_frame(frame)


def test_widget_views_are_read_from_the_pages_cell_outputs():
    """Widget views are counted from the page's cell outputs."""
    html = (
        '<script type="application/vnd.voila.cell-output+json">{"data": '
        '{"application/vnd.jupyter.widget-view+json": {"model_id": "aa11", "version_major": 2}}}'
        "</script><p>text</p>"
        '{"application/vnd.jupyter.widget-view+json": {"model_id": "bb22"}}'
    )
    assert ["aa11", "bb22"] == widget_views(html)
    assert [] == widget_views("<html>no widgets</html>")


def test_the_changed_input_is_found_by_model_and_description():
    """The input to change is found by widget model name and description."""
    states = {
        "c1": {"state": {"_model_name": "DropdownModel", "description": "Primary tumour"}},
        "c2": {"state": {"_model_name": "DropdownModel", "description": "Bilsky ESCC grade"}},
        "c3": {"state": {"_model_name": "HTMLModel", "description": "Bilsky ESCC grade"}},
    }
    assert "c2" == find_model(states, "DropdownModel", "Bilsky ESCC grade")
    assert find_model(states, "DropdownModel", "SINS") is None
