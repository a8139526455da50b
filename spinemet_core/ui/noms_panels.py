"""The text panels of dashboard 02, rendered from core results (recommendation, SINS, tables)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..evidence.fracture import SAHGAL_2013_VCF
from ..fracture import VCF_DOSE_GROUPS
from ..noms import DecisionChange, Recommendation
from ..noms_systemic import NOMS_S_PILLAR, PATCHELL_MIN_SURVIVAL_MONTHS, SystemicFlag
from ..references import get_reference
from ..scores.sins import TABLE as SINS_TABLE
from ..scores.tokuhashi import BANDS_REVISED
from .html import bullets, card, cite, muted_html, yes_no

__all__ = [
    "VCF_NOTE",
    "changes_html",
    "plan_note_html",
    "recommendation_html",
    "sins_definitions",
    "systemic_context",
    "systemic_flag_html",
]

_ARGUMENT_LABELS = {
    "escc_grade": "ESCC grade",
    "radiosensitivity": "radiosensitivity",
    "sins_total": "SINS total",
    "fit_for_surgery": "fit for surgery",
}


def _vcf_note() -> str:
    by_measure = {f.measure: f for f in SAHGAL_2013_VCF}
    share = by_measure["vertebral compression fracture (new or progressing)"]
    median = by_measure["median time to fracture"]
    return (
        f"<b>Fracture after SBRT.</b> In a multi-institutional series ({share.data_cut}), "
        f"{share.value:g}% fractured (new or progressing), at a median of {median.value:g} "
        f"months; the risk was highest at {VCF_DOSE_GROUPS[0].range_text} per fraction and rose "
        f"with baseline fracture, lytic tumour and deformity, three SINS items "
        f"({cite(share.citekey)}). A high SINS before SBRT is a reason to discuss cement "
        "augmentation or stabilisation."
    )


VCF_NOTE = _vcf_note()
"""The fracture-after-SBRT note, rendered from the Sahgal 2013 data and dose groups."""


def recommendation_html(rec: Recommendation) -> str:
    """The plan in one line, its four decisions and the N-O-M-S trail with sources."""
    trail = "".join(
        f"<tr><td><b>{s.pillar}</b></td><td>{html.escape(s.finding)}</td>"
        f"<td>{html.escape(s.implication)}</td>"
        f"<td>{html.escape(get_reference(s.citekey).label)}</td></tr>"
        for s in rec.trail
    )
    return (
        f"<div class='sm-card' data-branch='{rec.branch}'>"
        f"<div class='sm-summary' style='font-size:1.25em;font-weight:700'>"
        f"{html.escape(rec.summary)}</div>"
        f"<div>Radiation: <b>{rec.radiation}</b> · separation surgery: "
        f"<b>{yes_no(rec.separation_surgery)}</b> · stabilization: "
        f"<b>{yes_no(rec.stabilization)}</b> · surgical consultation: "
        f"<b>{yes_no(rec.surgical_consultation)}</b></div>"
        f"<table class='sm-table'><tr><th>Pillar</th><th>Finding</th><th>Implication</th>"
        f"<th>Source</th></tr>{trail}</table></div>"
    )


def changes_html(changes: Iterable[DecisionChange]) -> str:
    """The single-pillar changes that alter the plan (from ``noms.decision_changes``)."""
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for c in changes:
        value = yes_no(c.new_value) if isinstance(c.new_value, bool) else str(c.new_value)
        grouped.setdefault((c.pillar, c.argument, c.summary), []).append(value)
    items = [
        f"<b>{pillar}</b>: {_ARGUMENT_LABELS[argument]} → "
        f"{html.escape(', '.join(values))} gives <b>{html.escape(summary)}</b>"
        for (pillar, argument, summary), values in grouped.items()
    ]
    return card(
        "<div class='sm-muted'>One pillar changed at a time, the others kept.</div>"
        + bullets(items or ["No single change alters the plan."])
    )


def systemic_context() -> str:
    """Revised Tokuhashi bands as context for the fitness decision."""
    bands = "; ".join(f"{b.range_text}: {b.label.split(':')[0].lower()}" for b in BANDS_REVISED)
    return muted_html(
        "Context: revised Tokuhashi bands (dashboard 01) — "
        f"{html.escape(bands)}. The Patchell trial enrolled only patients "
        f"expected to live at least {PATCHELL_MIN_SURVIVAL_MONTHS} months "
        f"({cite('patchell2005')}). Weigh performance, "
        "comorbidity and disease burden, then make the call below."
    )


def sins_definitions() -> str:
    """Every SINS item with its options and points, from the score's own table."""
    rows = "".join(
        f"<tr><td>{html.escape(item.heading)}</td><td>"
        + "<br>".join(f"{html.escape(o.label)}: <b>{o.points}</b>" for o in item.options)
        + "</td></tr>"
        for item in SINS_TABLE
    )
    return (
        "<details class='sm-sins-definitions'><summary>SINS item definitions (Fisher 2010)"
        f"</summary><table class='sm-table'>{rows}</table></details>"
    )


def systemic_flag_html(flag: SystemicFlag) -> str:
    """The findings that argue against surgery, flagged when the call is "fit for surgery".

    Each finding says what it argues and cites its source; the S pillar's question
    (Laufer 2013) closes the flag. The call is never changed: the flag only reports.
    """
    if not flag.concerns:
        return ""
    items = bullets(
        [
            f"<b>{html.escape(c.finding)}</b>: {html.escape(c.argues)} ({cite(c.citekey)})"
            for c in flag.concerns
        ]
    )
    pillar = f"{html.escape(NOMS_S_PILLAR)} ({cite('laufer2013_noms')})."
    if not flag.flagged:
        return muted_html(
            f"Findings that argue against surgery, in line with your call: {items}{pillar}"
        )
    return (
        "<div class='sm-field-error sm-systemic-flag' role='status' style='font-weight:normal' "
        f"data-concerns='{len(flag.concerns)}'>"
        f"<b>“Fit for surgery” is chosen, and {len(flag.concerns)} "
        f"finding{'s' if len(flag.concerns) > 1 else ''} argue"
        f"{'' if len(flag.concerns) > 1 else 's'} against it:</b>{items}{pillar} "
        "The call stays yours; the plan follows it.</div>"
    )


def plan_note_html(flag: SystemicFlag) -> str:
    """One line above the plan when the fitness call meets findings against surgery."""
    if not flag.flagged:
        return ""
    return muted_html(
        f"This plan follows your call “fit for surgery”; {len(flag.concerns)} systemic "
        f"finding{'s' if len(flag.concerns) > 1 else ''} argue"
        f"{'' if len(flag.concerns) > 1 else 's'} against it (see the S panel)."
    )
