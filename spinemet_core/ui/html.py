"""Small HTML builders shared by the dashboards (escaped text in, markup out).

>>> cell_row(["a < b", 2])
'<tr><td>a &lt; b</td><td>2</td></tr>'
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..references import get_reference

__all__ = [
    "bullets",
    "card",
    "cell_row",
    "cite",
    "details",
    "heading",
    "item_breakdown",
    "muted",
    "muted_html",
    "table",
    "text_alternative",
    "yes_no",
]


def cite(key: str) -> str:
    """The short citation of a citekey, escaped (e.g. "Fisher 2010"; "Sahgal 2013, J Clin
    Oncol" where two records share first author and year)."""
    return html.escape(get_reference(key).label)


def muted(text: str) -> str:
    """A de-emphasised note (``text`` is escaped)."""
    return f"<div class='sm-muted'>{html.escape(text)}</div>"


def card(body: str, *classes: str) -> str:
    """A card around ready-made markup ``body``."""
    return f"<div class='{' '.join(('sm-card', *classes))}'>{body}</div>"


def cell_row(cells: Iterable[object], header: bool = False) -> str:
    """One table row of escaped cells (``<th>`` cells when ``header``)."""
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in cells) + "</tr>"


def table(header: Iterable[object], rows: Iterable[Iterable[object]], *classes: str) -> str:
    """A table of escaped cells inside its own horizontally scrolling box."""
    body = cell_row(header, header=True) + "".join(cell_row(r) for r in rows)
    cls = " ".join(("sm-table", *classes))
    return f"<div class='sm-table-box'><table class='{cls}'>{body}</table></div>"


def details(summary: str, body: str, key: str = "") -> str:
    """A collapsible block: escaped ``summary``, ready-made markup ``body``. ``key`` names it
    for :class:`~spinemet_core.ui.details_memory.DetailsMemory`, which reopens it after a
    redraw when the learner had opened it."""
    attribute = f" data-key='{html.escape(key)}'" if key else ""
    return f"<details{attribute}><summary>{html.escape(summary)}</summary>{body}</details>"


def yes_no(value: bool) -> str:
    """``"yes"`` or ``"no"``."""
    return "yes" if value else "no"


def item_label(instrument: str, item: str) -> str:
    """An item's published heading, from the registry record of ``instrument`` (a result's
    ``instrument``, e.g. ``"mskcc_2002"``), never its code name.

    >>> item_label("mskcc_2002", "ldh_over_1_5_uln")
    'LDH above 1.5 x the upper limit of normal'
    """
    from ..rcc import RISK_MODELS
    from ..scores import INSTRUMENTS

    records = {**INSTRUMENTS, **RISK_MODELS}
    family, _, version = instrument.rpartition("_")
    record = records.get(instrument) or records[family].versions[int(version)]
    headings = {i.name: i.heading for i in record.items}
    return headings.get(item, item.replace("_", " ").capitalize())


def item_breakdown(result, header: Iterable[str] = ()) -> str:
    """A collapsed "Item breakdown" of a ``ScoreResult``: item (its heading), option, points."""
    head = cell_row(header, header=True) if header else ""
    rows = "".join(
        cell_row((item_label(result.instrument, i.item), i.option, i.points)) for i in result.items
    )
    table = f"<table class='sm-table'>{head}{rows}</table>"
    return details("Item breakdown", table, key=f"breakdown:{result.instrument}")


def heading(text: str, level: int = 2) -> str:
    """A section heading (``text`` is escaped).

    >>> heading("Fracture after SBRT")
    '<h2>Fracture after SBRT</h2>'
    """
    return f"<h{level}>{html.escape(text)}</h{level}>"


def muted_html(body: str) -> str:
    """A de-emphasised note around ready-made markup ``body`` (not escaped)."""
    return f"<div class='sm-muted'>{body}</div>"


def text_alternative(body: str) -> str:
    """The text alternative of a figure (ready-made markup ``body``), shown under it.

    >>> text_alternative("Top: <b>bars</b>.")
    "<div class='sm-muted'>Text alternative. Top: <b>bars</b>.</div>"
    """
    return muted_html(f"Text alternative. {body}")


def bullets(items: Iterable[str], style: str = "") -> str:
    """An unordered list of ready-made markup ``items`` (optional inline ``style``).

    >>> bullets(["a", "<b>b</b>"], "list-style:none")
    "<ul style='list-style:none'><li>a</li><li><b>b</b></li></ul>"
    """
    attr = f" style='{style}'" if style else ""
    return f"<ul{attr}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
