"""First paint of the static edition: each page shows its dashboard while Python starts.

A static page runs its notebook in the visitor's browser (Pyodide), which takes seconds
before the first widget exists. Run by ``make static`` after ``tools/build_static.py``, this
script opens every dashboard once in Voilà with Debian Chromium, takes a copy of what the
page shows in its initial state (text, controls with their values, figures as drawn SVG,
and the widget and figure styles the copy needs), and writes it into the static page's
loading element. A visitor therefore sees the dashboard at once, marked "Getting ready",
inert (nothing can be clicked or typed), and the copy goes away with the loading element
when voici shows the live cells.

The copy is made from the same notebooks and ``spinemet_core`` that the static page then
runs, so it shows what the live page will show; nothing is written by hand. Formulas are
kept as the MathML that MathJax rendered (Chromium draws MathML itself), so the copy
needs no MathJax fonts.

Usage: ``python tools/static_snapshot.py [build/static]`` with the project's ``.venv``
(Voilà, Playwright) and ``/usr/bin/chromium``.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.dashboards import FIGURE, draws_figure, ready_pages  # noqa: E402
from tools.launch import CHROMIUM, CHROMIUM_ARGS, Voila  # noqa: E402

#: The loading element of voici's page (Voilà's lab template), replaced by this script.
LOADING = re.compile(
    r'<div id="loading" style="display: flex;">\s*<div class="spinner-container">(?P<spinner>.*?)'
    r'</div>\s*<h2 id="loading_text">Running \.\.\.</h2>\s*</div>',
    re.S,
)
#: Width of the page the copy is taken from [px]; figures are scaled down on narrower screens.
CAPTURE_VIEWPORT = {"width": 1280, "height": 900}

# Runs in the Voilà page: a copy of the rendered cells, with the state the DOM keeps only in
# properties (typed values, ticks, selections) written into attributes, scripts removed,
# MathJax output replaced by its MathML, and the CSS rules of widgets, plots and MathML.
_CAPTURE_JS = """() => {
  const source = document.querySelector('#rendered_cells');
  const copy = source.cloneNode(true);
  const from = source.querySelectorAll('input, textarea, select');
  const to = copy.querySelectorAll('input, textarea, select');
  from.forEach((el, i) => {
    const twin = to[i];
    if (el.type === 'checkbox' || el.type === 'radio') {
      twin.toggleAttribute('checked', el.checked);
    } else if (el.tagName === 'SELECT') {
      Array.from(twin.options).forEach((o, j) => {
        o.toggleAttribute('selected', el.options[j].selected);
      });
    } else if (el.tagName === 'TEXTAREA') {
      twin.textContent = el.value;
    } else {
      twin.setAttribute('value', el.value);
    }
  });
  copy.querySelectorAll('script, .modebar-container').forEach((el) => el.remove());
  // Figures keep their drawn proportions and shrink to the screen's width (a viewBox).
  const drawn = source.querySelectorAll('.svg-container');
  copy.querySelectorAll('.svg-container').forEach((box, i) => {
    const w = drawn[i].offsetWidth, h = drawn[i].offsetHeight;
    if (!w || !h) return;
    box.setAttribute('style', `position: relative; width: 100%; max-width: ${w}px; ` +
      `aspect-ratio: ${w} / ${h}; height: auto;`);
    box.querySelectorAll('svg.main-svg').forEach((svg) => {
      svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
      svg.removeAttribute('width');
      svg.removeAttribute('height');
      svg.setAttribute('style', 'position: absolute; top: 0; left: 0; width: 100%; height: 100%;');
    });
  });
  copy.querySelectorAll('mjx-container').forEach((el) => {
    const math = el.querySelector('mjx-assistive-mml > math');
    if (math) el.replaceWith(math); else el.remove();
  });
  // voici finds a cell's place by its cell-index, and ids must stay unique: the copy,
  // which comes first in the page, keeps neither (ids inside figures stay: clip paths).
  copy.querySelectorAll('[cell-index]').forEach((el) => el.removeAttribute('cell-index'));
  copy.querySelectorAll('[id]').forEach((el) => {
    if (!el.closest('svg')) el.removeAttribute('id');
  });
  const keep = /widget|plotly|modebar|lm-|main-svg|jupyter-widgets/;
  const rules = [];
  for (const sheet of document.styleSheets) {
    let list;
    try { list = sheet.cssRules; } catch (e) { continue; }
    for (const rule of list) {
      const text = rule.cssText;
      if (keep.test(text) && !/url\\(/.test(text) && !/@font-face/.test(text)) rules.push(text);
    }
  }
  return {html: copy.innerHTML, css: rules.join('\\n')};
}"""

# Styles of the first paint: a status bar above an inert copy; figures fit narrow screens.
_FIRST_PAINT_CSS = """
#loading.sm-first-paint { display: block !important; }
.sm-getting-ready { position: sticky; top: 0; z-index: 10; display: flex; gap: 12px;
  align-items: center; padding: 8px 16px; background: #fff8d6; color: #1a1a1a;
  border-bottom: 2px solid #8a6d00; font-size: 16px; line-height: 1.4; }
.sm-getting-ready .spinner-container { flex: none; width: 32px; height: 32px; }
.sm-getting-ready .spinner-container svg { width: 32px; height: 32px; }
.sm-getting-ready p { margin: 0; }
.sm-getting-ready #loading_text { font-size: inherit; font-weight: normal; margin: 0;
  display: inline; }
#sm-snapshot { opacity: 0.8; filter: saturate(0.6); pointer-events: none; }
#sm-snapshot .js-plotly-plot, #sm-snapshot .plot-container { max-width: 100%; }
"""


def first_paint(spinner: str, snapshot: dict) -> str:
    """The loading element with the status bar and the inert copy of the dashboard."""
    return (
        '<div id="loading" class="sm-first-paint" style="display: flex;">'
        f"<style>{snapshot['css']}\n{_FIRST_PAINT_CSS}</style>"
        '<div class="sm-getting-ready" role="status" aria-live="polite">'
        f'<div class="spinner-container">{spinner}</div>'
        "<p><strong>Getting ready.</strong> Python is starting in your browser: this is a "
        "preview of the page, which you can use in a few seconds. "
        '<span id="loading_text">Starting ...</span></p></div>'
        f'<div id="sm-snapshot" inert aria-hidden="true">{snapshot["html"]}</div>'
        "</div>"
    )


def write_first_paint(page: Path, snapshot: dict) -> None:
    """Replace the loading element of the static page ``page`` by the first paint."""
    text = page.read_text(encoding="utf-8")
    match = LOADING.search(text)
    if match is None:
        raise SystemExit(f"{page}: voici's loading element not found (template changed?)")
    painted = first_paint(match["spinner"], snapshot)
    page.write_text(text[: match.start()] + painted + text[match.end() :], encoding="utf-8")


def capture(pages: dict[str, str], log: Path) -> dict[str, dict]:
    """Open each notebook in Voilà (``{notebook: ready selector}``) and copy its first paint."""
    from playwright.sync_api import expect, sync_playwright

    shots = {}
    with Voila(ROOT / "notebooks", log) as voila, sync_playwright() as play:
        browser = play.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for notebook, ready in pages.items():
            context = browser.new_context(viewport=CAPTURE_VIEWPORT)
            page = context.new_page()
            page.goto(f"{voila.url}/voila/render/{notebook}")
            expect(page.locator(ready).first).to_be_visible(timeout=120_000)
            if draws_figure(notebook):
                expect(page.locator(FIGURE).first).to_be_visible(timeout=60_000)
            page.wait_for_load_state("networkidle")
            shots[notebook] = page.evaluate(_CAPTURE_JS)
            context.close()
        browser.close()
    return shots


def main(site: Path) -> None:
    start = time.monotonic()
    # The copy shows what a first visitor sees: never a quiz session saved on this machine.
    os.environ["SPINEMET_PROGRESS"] = "off"
    render = site / "voici" / "render"
    pages = {
        nb: sel for nb, sel in ready_pages().items() if (render / nb).with_suffix(".html").is_file()
    }
    if not pages:
        raise SystemExit(f"{render}: no dashboard page; run tools/build_static.py first")
    shots = capture(pages, ROOT / "build" / "static-snapshot-voila.log")
    for notebook, shot in shots.items():
        write_first_paint((render / notebook).with_suffix(".html"), shot)
    size = sum(len(s["html"]) + len(s["css"]) for s in shots.values())
    print(
        f"First paint written into {len(shots)} static pages in "
        f"{time.monotonic() - start:.0f} s ({size / 1e6:.1f} MB of copied page)"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "static")
