"""The browser storage's front end (spinemet_core/ui/static/browser_store.js) in Chromium,
with a stand-in for the widget model: what it reads, writes, sets aside and reports."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SOURCE = (
    Path(__file__).parents[2] / "spinemet_core" / "ui" / "static" / "browser_store.js"
).read_text()
ORIGIN = "http://spinemet.invalid"

#: Load the module, give it a model, render it, then send it messages; report the model's
#: values, the storage's contents and how often the model was saved.
RUN = """async ([source, stored, messages, refuse]) => {
  localStorage.clear();
  if (stored !== null) localStorage.setItem("spinemet-progress", stored);
  if (refuse) Storage.prototype.setItem = () => { throw new Error("QuotaExceededError"); };
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const widget = (await import(url)).default;
  const values = { key: "spinemet-progress", stored: "", loaded: false, error: "" };
  const handlers = {};
  let saves = 0;
  const model = {
    get: (name) => values[name],
    set: (name, value) => { values[name] = value; },
    save_changes: () => { saves += 1; },
    on: (event, callback) => { handlers[event] = callback; },
  };
  widget.initialize({ model });
  const el = document.createElement("div");
  widget.render({ model, el });
  widget.render({ model, el });  // a second view reads nothing again
  for (const msg of messages) handlers["msg:custom"](msg);
  const kept = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    kept[key.replace(/unreadable-\\d{8}T\\d{6}Z$/, "unreadable-TIME")] = localStorage.getItem(key);
  }
  return { values, kept, saves, hidden: el.style.display };
}"""


@pytest.fixture
def run(chromium):
    """Run the module in a page of a stand-in origin (localStorage needs one)."""
    context = chromium.new_context()
    page = context.new_page()
    page.route(f"{ORIGIN}/**", lambda route: route.fulfill(body="<html></html>"))
    page.goto(f"{ORIGIN}/")

    def go(stored=None, messages=(), refuse=False):
        return page.evaluate(RUN, [SOURCE, stored, list(messages), refuse])

    yield go
    context.close()


def test_render_sends_the_stored_session_once_and_stays_hidden(run):
    """The stored string reaches the model with loaded=true; the element is hidden."""
    result = run(stored='{"a": 1}')
    assert {"key": "spinemet-progress", "stored": '{"a": 1}', "loaded": True, "error": ""} == (
        result["values"]
    )
    assert (1, "none") == (result["saves"], result["hidden"])


def test_nothing_stored_sends_an_empty_string(run):
    """A first visit sends '' (no session)."""
    assert "" == run()["values"]["stored"]


def test_save_clear_and_set_aside(run):
    """save writes the text; clear removes it; aside keeps the old text under another key."""
    assert {"spinemet-progress": "x"} == run(messages=[{"op": "save", "text": "x"}])["kept"]
    assert {} == run(stored="old", messages=[{"op": "clear"}])["kept"]
    kept = run(stored="broken", messages=[{"op": "aside"}])["kept"]
    assert {"spinemet-progress.unreadable-TIME": "broken"} == kept


def test_a_storage_that_refuses_is_reported(run):
    """A refused write sets the model's error (the kernel shows it in the page)."""
    result = run(messages=[{"op": "save", "text": "x"}], refuse=True)
    assert "Error: QuotaExceededError" == result["values"]["error"]
    assert {} == result["kept"]
