"""DetailsMemory: a folded section the learner opened stays open when its output redraws."""

from __future__ import annotations

import anywidget

__all__ = ["DetailsMemory"]


class DetailsMemory(anywidget.AnyWidget):
    """Keeps ``<details>`` sections open across redraws of the page's outputs.

    A result such as the scores table is redrawn in full when an input changes, and a
    section the learner had opened ("Item breakdown") came back folded. The browser
    remembers, per page, which sections were opened, by their ``data-key`` (or, without one,
    their summary's words), and opens a redrawn section with the same key again. Nothing
    reaches the kernel; one instance per page is enough (the presentation bar holds it).
    """

    _esm = """
    function key(details) {
      if (details.dataset.key) return details.dataset.key;
      const summary = details.querySelector(":scope > summary");
      return summary ? "summary:" + summary.textContent.replace(/\\d+/g, "#").trim() : null;
    }
    function remember(opened, event) {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.isConnected) return;
      const name = key(details);
      if (name === null) return;
      if (details.open) opened.add(name); else opened.delete(name);
    }
    function reopen(opened, root) {
      if (!(root instanceof Element)) return;  // text nodes
      const inside = [...root.querySelectorAll("details")];
      const found = root.matches("details") ? [root, ...inside] : inside;
      for (const details of found) {
        if (!details.open && opened.has(key(details))) details.open = true;
      }
    }
    export default {
      render({ el }) {
        el.style.display = "none";
        if (window.__smDetailsMemory) return;
        const opened = new Set();
        window.__smDetailsMemory = opened;
        // "toggle" does not bubble: a capturing listener still hears it.
        document.addEventListener("toggle", (event) => remember(opened, event), true);
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) reopen(opened, node);
        }).observe(document.body, { childList: true, subtree: true });
      }
    };
    """
