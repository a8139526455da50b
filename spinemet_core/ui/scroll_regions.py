"""ScrollRegions: boxes that may scroll on their own can be reached and scrolled by keyboard."""

from __future__ import annotations

import anywidget

__all__ = ["REGION_CLASS", "ScrollRegions"]

#: Class of the boxes with their own scroll bar: in lecture mode, the result kept beside
#: the inputs (:meth:`~spinemet_core.ui.base.DashboardApp._lecture_row`).
REGION_CLASS = "sm-lecture-result"


class ScrollRegions(anywidget.AnyWidget):
    """Makes every :data:`REGION_CLASS` box of the page focusable and names it.

    A box that scrolls by itself can only be scrolled by keyboard when it (or something in
    it) takes focus. ipywidgets' boxes take no ``tabindex``, so the browser side adds
    ``tabindex="0"``, ``role="region"`` and an ``aria-label`` to each such box as it appears.
    One instance per page is enough (the presentation bar holds it).
    """

    _esm = (
        "const SELECTOR = "
        + repr("." + REGION_CLASS)
        + """;
    function markOne(box) {
      if (!box.matches(SELECTOR) || box.hasAttribute("tabindex")) return;
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Result");
    }
    function mark(root) {
      if (!(root instanceof Element)) return;  // text nodes
      markOne(root);
      root.querySelectorAll(SELECTOR).forEach(markOne);
    }
    export default {
      render({ el }) {
        el.style.display = "none";
        if (window.__smScrollRegions) return;
        window.__smScrollRegions = true;
        mark(document.body);
        // A widget's classes may be set after its element joined the page: watch both.
        new MutationObserver((records) => {
          for (const record of records) {
            if (record.type === "attributes") markOne(record.target);
            else for (const node of record.addedNodes) mark(node);
          }
        }).observe(document.body, {
          childList: true, subtree: true, attributes: true, attributeFilter: ["class"],
        });
      }
    };
    """
    )
