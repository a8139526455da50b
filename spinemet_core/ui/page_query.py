"""The page's query string, read in the browser, and the page's choices kept on its links."""

from __future__ import annotations

import anywidget
import traitlets

__all__ = ["PageQuery"]


class PageQuery(anywidget.AnyWidget):
    """The page's query string, read in the browser; the current choices, kept on links.

    Voilà gives a kernel the query string only when it executes the notebook for that
    request. A pre-heated kernel (the lecture configuration) has executed it before the
    request arrived, so ``?mode=lecture`` must come from the browser instead.

    ``settings`` (mode and theme, set by the kernel) is written into every link to
    another dashboard (a same-site ``.ipynb`` or ``.html`` link) when it is followed, as
    ``mode=lecture``, ``theme=dark`` or ``contrast=high``, so a presenter's choices
    survive the move to the next dashboard on every route.
    """

    _esm = """
    let settings = {};
    const KEYS = ["mode", "theme", "contrast"];
    function carry(event) {
      const link = event.target.closest && event.target.closest("a[href]");
      if (!link || link.hasAttribute("download")) return;
      const url = new URL(link.getAttribute("href"), window.location.href);
      if (url.origin !== window.location.origin) return;
      if (!/[.](ipynb|html)$/.test(url.pathname)) return;
      for (const key of KEYS) url.searchParams.delete(key);
      if (settings.mode === "lecture") url.searchParams.set("mode", "lecture");
      if (settings.theme === "dark") url.searchParams.set("theme", "dark");
      if (settings.theme === "contrast") url.searchParams.set("contrast", "high");
      link.setAttribute("href", url.href);
    }
    export default {
      render({ model, el }) {
        const follow = () => {
          settings = model.get("settings") || {};
          el.dataset.mode = settings.mode || "";  // what a followed link will carry
          el.dataset.theme = settings.theme || "";
        };
        follow();
        model.on("change:settings", follow);
        if (!window.__smCarryQuery) {
          window.__smCarryQuery = true;
          document.addEventListener("click", carry, true);
          document.addEventListener("auxclick", carry, true);
        }
        model.set("query", window.location.search.replace(/^\\?/, ""));
        model.save_changes();
      }
    };
    """
    query = traitlets.Unicode("").tag(sync=True)
    settings = traitlets.Dict().tag(sync=True)
