"""The fidelity-ledger panel: every number and rule a dashboard shows, with citekey and status.

Built from :func:`spinemet_core.ledger.entries_for`; :class:`~spinemet_core.ui.base.DashboardApp`
adds it at the foot of each topic's page.
"""

from __future__ import annotations

import html

from ..fidelity import STATUS_MEANING, STATUSES
from ..ledger import entries_for
from .html import cite, details, muted

__all__ = ["ledger_html"]


def _row(cells: tuple[str, ...]) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def ledger_html(topic: str) -> str:
    """The collapsible ledger of ``topic`` (a dashboard id); empty when it shows no entry.

    Each row: where it is shown, what it is, its value, the source (its citekey and short
    citation) and its status, naming the secondary source where there is one.
    """
    entries = entries_for(topic)
    if not entries:
        return ""
    rows = "".join(
        _row(
            (
                html.escape(e.shown),
                html.escape(e.what),
                html.escape(e.value),
                f"{cite(e.citekey)} <code>{html.escape(e.citekey)}</code>",
                f"<span class='sm-status sm-status-{e.status}'>"
                f"{html.escape(e.fidelity.label if e.fidelity else 'missing')}</span>",
            )
        )
        for e in entries
    )
    header = "".join(f"<th>{h}</th>" for h in ("Where", "What", "Value", "Source", "Status"))
    legend = "; ".join(f"{s}: {STATUS_MEANING[s]}" for s in STATUSES)
    counts = ", ".join(f"{sum(e.status == s for e in entries)} {s}" for s in STATUSES)
    return (
        "<div class='sm-ledger'>"
        + details(
            f"Sources and status of every number on this page ({counts})",
            muted(legend)
            + "<div class='sm-table-box'><table class='sm-table'>"
            + f"<tr>{header}</tr>{rows}</table></div>",
        )
        + "</div>"
    )
