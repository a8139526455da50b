"""Dashboard 01: the published validation of the scores and NESMS's provenance, as markup.

Pure functions from :mod:`spinemet_core.evidence.validation` (and the accuracy already held
in :mod:`spinemet_core.evidence.prognosis`) to HTML; every number shown is a record's own,
with its citekey and how it was checked.
"""

from __future__ import annotations

import html

from ..evidence.prognosis import PROVENANCE
from ..evidence.validation import (
    AS_OF,
    C_STATISTICS,
    NESMS_MORTALITY,
    NESMS_PROVENANCE,
    NESMS_STATUS,
    SORG,
    TRUST_POINTS,
    ValidationFigure,
)
from ..prognosis import PROGNOSTIC_SCORES
from ..references import format_reference
from .html import bullets, cite

__all__ = [
    "comparison_html",
    "mortality_html",
    "nesms_provenance_html",
    "status_html",
    "trust_html",
]

_STATUS_STYLE = (
    "font-size:0.85em;border:1px solid currentColor;border-radius:4px;padding:0 4px;"
    "white-space:nowrap;opacity:0.85"
)
_STATUS_WORDS = {
    "confirmed": "confirmed in the source",
    "secondary": "from a secondary reproduction",
    "unconfirmed": "unconfirmed",
}


def status_html(status: str, source: str) -> str:
    """How a figure was checked, as a small tag whose tooltip names where."""
    return (
        f"<span class='sm-status sm-status-{status}' style='{_STATUS_STYLE}' "
        f"title='{html.escape(source)}'>"
        f"{html.escape(_STATUS_WORDS[status])}</span>"
    )


def _number(value: float) -> str:
    return f"{value:.2f}"


def _bar(figure: ValidationFigure) -> str:
    width = round(figure.value * 100)
    return (
        "<div class='sm-cbar' aria-hidden='true' style='background:#eee;width:100%;"
        "height:10px'>"
        f"<div style='background:#0072B2;width:{width}%;height:10px'></div></div>"
    )


def comparison_html() -> str:
    """The prospective head-to-head comparison: c-statistic per score, citekey and status."""
    rows = []
    for f in C_STATISTICS:
        rows.append(
            f"<tr data-score='{f.score}'><td><b>{html.escape(f.label)}</b></td>"
            f"<td class='sm-cstat'>{_number(f.value)}{_bar(f)}</td>"
            f"<td>{cite(f.citekey)} {status_html(f.status, f.source)}</td></tr>"
        )
    first = C_STATISTICS[0]
    return (
        f"<p>{html.escape(first.measure.capitalize())}, {html.escape(first.cohort)}:</p>"
        "<div class='sm-table-box'><table class='sm-table sm-comparison'>"
        "<tr><th>Score</th><th>c-statistic</th><th>Source</th></tr>"
        + "".join(rows)
        + "</table></div>"
    )


def mortality_html() -> str:
    """1-year mortality by NESMS against score 3, as published, with citekey and status."""
    rows = []
    for f in NESMS_MORTALITY:
        ci = f" (95% CI {_number(f.low)}-{_number(f.high)})" if f.low is not None else ""
        rows.append(
            f"<tr><td>{html.escape(f.label)}</td><td>{_number(f.value)}{ci}</td>"
            f"<td>{cite(f.citekey)} {status_html(f.status, f.source)}</td></tr>"
        )
    first = NESMS_MORTALITY[0]
    return (
        f"<p>{html.escape(first.measure.capitalize())} by score, {html.escape(first.cohort)}"
        ":</p><div class='sm-table-box'><table class='sm-table sm-mortality'>"
        "<tr><th>Score</th><th>Odds ratio</th><th>Source</th></tr>"
        + "".join(rows)
        + "</table></div><div class='sm-muted'>Score 3 is the reference group. The figure "
        "for score 0 is not shown: it could not be read in a reachable source.</div>"
    )


def _suite_accuracy() -> str:
    """The validation findings the suite already holds for each legacy score."""
    items = []
    for name in PROGNOSTIC_SCORES:
        p = PROVENANCE[name]
        found = "; ".join(f"{html.escape(t)} ({cite(k)})" for t, k in p.accuracy)
        items.append(f"<b>{html.escape(p.title)}</b>: {found}")
    return bullets(items)


def trust_html() -> str:
    """The "which score to trust" section: NICE's review, the prospective comparison, the
    suite's validation figures, and the SORG calculator (linked, not reimplemented)."""
    points = bullets(
        f"{html.escape(p.text)} ({cite(p.citekey)}) {status_html(p.status, p.source)}"
        for p in TRUST_POINTS
    )
    sorg = (
        f"<p><b>{html.escape(SORG.name)}.</b> {html.escape(SORG.description)} "
        f"({cite(SORG.citekey)}) {status_html(SORG.status, SORG.source)} "
        f"<a href='{html.escape(SORG.url)}' target='_blank' rel='noopener noreferrer'>"
        "Open the SORG calculator (external site)</a></p>"
    )
    return (
        f"<div class='sm-trust'>{points}{comparison_html()}"
        "<p><b>What the suite's own sources found for each legacy score</b> (details under "
        "'Where each score comes from'):</p>"
        f"{_suite_accuracy()}{sorg}"
        f"<div class='sm-muted'>Checked as of {AS_OF}. Every score here was built on its own "
        "cohort and era; treat any single prediction as one input to a team decision.</div>"
        "</div>"
    )


def nesms_provenance_html() -> str:
    """Where NESMS comes from, in the form of the other scores' provenance cards."""
    p = NESMS_PROVENANCE
    acc = "".join(f"<li>{html.escape(t)} ({cite(k)})</li>" for t, k in p.accuracy)
    conflicts = "".join(f"<li>{html.escape(c)}</li>" for c in p.conflicts)
    pitfalls = "".join(f"<li>{html.escape(c)}</li>" for c in p.pitfalls)
    return (
        f"<details data-score='{p.score}'><summary>{html.escape(p.title)}: "
        f"{html.escape(p.version)}</summary><div class='sm-card'>"
        f"<p><b>Citation.</b> {html.escape(format_reference(p.citekey))}</p>"
        f"<p><b>Derivation.</b> {html.escape(p.derivation)} "
        f"{status_html(*NESMS_STATUS['derivation'])}</p>"
        f"<p><b>Table.</b> {html.escape(p.table_status)} "
        f"Weights: {status_html(*NESMS_STATUS['weights'])}; "
        f"cut-offs: {status_html(*NESMS_STATUS['cut_offs'])}</p>"
        f"<p><b>Reported accuracy.</b></p><ul>{acc}</ul>"
        f"<p><b>Known conflicts.</b></p><ul>{conflicts}</ul>"
        f"<p><b>Pitfalls.</b></p><ul>{pitfalls}</ul>"
        f"<p class='sm-muted'>Checked as of {AS_OF}.</p></div></details>"
    )
