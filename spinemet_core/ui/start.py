"""Dashboard 00: the start page's notice and environment check."""

from __future__ import annotations

import html
import platform
import sys
from importlib import metadata

import ipywidgets as widgets

from ..topics import DASHBOARDS
from .components import notice

__all__ = ["StartPage", "dashboards_table"]

# What a dashboard's kernel imports to draw its page (figures are plain data drawn by the
# browser's plotly.js, so plotly.py is not among them).
_PACKAGES = ("voila", "ipywidgets", "anywidget")


def _needed() -> tuple[str, ...]:
    """The packages to report. The static edition runs in the browser under Pyodide
    (``sys.platform == "emscripten"``): no Voilà server is involved there."""
    if sys.platform == "emscripten":
        return tuple(name for name in _PACKAGES if name != "voila")
    return _PACKAGES


class StartPage(widgets.VBox):
    """The notice, plus a one-line report of the installed stack (what is missing, if anything)."""

    def __init__(self) -> None:
        found, missing = [], []
        for name in _needed():
            try:
                found.append(f"{name} {metadata.version(name)}")
            except metadata.PackageNotFoundError:
                missing.append(name)
        status = (
            "Everything the dashboards need is installed"
            if not missing
            else ("Missing: " + ", ".join(missing) + " (run make dashboards)")
        )
        where = " in your browser (static edition)" if sys.platform == "emscripten" else ""
        # The versions matter to whoever reports a problem, not to a resident: folded away.
        versions = f"Python {platform.python_version()}; {', '.join(found)}"
        self.environment = widgets.HTML(
            f"<div class='sm-muted'>{html.escape(status)}{where}. <details><summary>Versions, "
            f"for reporting a problem</summary>{html.escape(versions)}</details></div>"
        ).add_class("sm-environment")
        super().__init__([notice(), self.environment])
        self.add_class("sm-app")


def _href(dashboard) -> str:
    """The link to a dashboard, relative to this page: the notebook under Voilà and JupyterLab,
    the page voici built from it (``NN_id.html``) in the static edition."""
    return f"{dashboard.stem}.html" if sys.platform == "emscripten" else dashboard.notebook


def dashboards_table() -> widgets.HTML:
    """The start page's table of dashboards, read from the topic manifest."""
    rows = "".join(
        f"<tr><td>{d.number}</td><td><a href='{_href(d)}'>{html.escape(d.title)}</a></td>"
        f"<td>{html.escape(d.summary)}</td></tr>"
        for d in DASHBOARDS.values()
        if d.id != "start_here"
    )
    return widgets.HTML(
        "<table class='sm-table sm-dashboards'><thead><tr><th>#</th><th>Dashboard</th>"
        f"<th>What you can do there</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p class='sm-muted'>The links work in Voilà and in JupyterLab alike.</p>"
    ).add_class("sm-app")
