"""The text panels of dashboard 01, rendered from one core ``Assessment`` of the patient.

Pure functions from core results to markup; the app only places them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from ..counterfactuals import Assessment
from ..evidence.prognosis import AS_OF, PROVENANCE, figures_for
from ..evidence.subtypes import SUBTYPE_PRIMARIES
from ..performance import PerformanceCheck, PsConversion
from ..prognosis import PROGNOSTIC_SCORES, Discordance
from ..references import format_reference
from ..results import ScoreResult
from .html import cite, item_breakdown, yes_no
from .prognosis_era import era_note_html
from .prognosis_figure import BANDS

__all__ = [
    "caption_html",
    "count_label",
    "discordance_html",
    "flips_html",
    "performance_html",
    "provenance_html",
    "results_html",
    "subtypes_html",
]

_FIELD_LABELS = {
    "primary": "primary",
    "kps": "KPS",
    "ecog": "ECOG",
    "extraspinal_bone_foci": "extraspinal bone foci",
    "vertebral_body_mets": "vertebral bodies involved",
    "visceral": "visceral metastases",
    "visceral_removable": "visceral disease removable",
    "visceral_treatable": "visceral disease treatable",
    "visceral_pattern": "visceral pattern",
    "frankel": "Frankel grade",
    "labs": "laboratory category",
    "previous_chemotherapy": "previous chemotherapy",
    "hormone_dependent": "hormone-dependent",
    "targeted_therapy": "targeted therapy",
}
_COUNTS = ("extraspinal_bone_foci", "vertebral_body_mets")


def count_label(value: int) -> str:
    """A count as the form shows it: 3 stands for "3 or more"."""
    return "3 or more" if value == 3 else str(value)


def _value_text(field: str, value) -> str:
    if isinstance(value, bool):
        return yes_no(value)
    if field in _COUNTS:
        return count_label(min(value, 3))
    return str(value)


def _listed(primaries) -> str:
    names = [p.value for p in primaries]
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def results_html(scores: Mapping[str, ScoreResult]) -> str:
    """The scores table: total of maximum, band, tier, published wording, item breakdown."""
    rows = []
    for name, r in scores.items():
        tier = r.band.tier
        rows.append(
            f'<tr data-score="{name}"><td><b>{html.escape(PROVENANCE[name].title)}</b><br>'
            f'<span class="sm-muted">{cite(r.reference)}</span></td>'
            f'<td class="sm-total" data-total="{r.total}">{r.total} / {BANDS[name][-1].high}</td>'
            f'<td><span class="sm-band">{r.band.range_text}</span> '
            f'<span class="sm-tier sm-tier-{tier}">{tier}</span><br>'
            f"{html.escape(r.band.label)}"
            + item_breakdown(r, ("Item", "Option", "Points"))
            + "</td></tr>"
        )
    return (
        "<table class='sm-table'><tr><th>Score</th><th>Total</th>"
        "<th>Band and published prediction or goal</th></tr>" + "".join(rows) + "</table>"
        "<div class='sm-muted'>Tier (good / intermediate / poor) is this suite's coarse "
        "ordering of each score's bands, used only to compare scores; it is not a "
        "published category.</div>"
    )


def subtypes_html(a: Assessment) -> str:
    """The revised Tokuhashi ceiling, Katagiri's flags and the published subtype findings."""
    primary = a.patient.primary
    katagiri = a.scores["katagiri_new"].points["growth"]
    katagiri_text = " ".join(
        f"Katagiri-new is the one score here that looks at {f.wording}: its primary item "
        f"is <b>{f.points_now}</b> point(s) now and would be <b>{f.points_flipped}</b> with "
        f"{f.wording} {'absent' if f.present else 'present'} "
        "(tick the box in the form to see the total move)."
        for f in a.flag_flips
    ) or (
        f"Katagiri-new gives this primary {katagiri} point(s); the other "
        "scores grade it as one category whatever its biology."
    )
    rows = "".join(
        f"<tr><td>{html.escape(f.subtype)}</td><td>{html.escape(f.finding)}</td>"
        f"<td>{html.escape(f.cohort)}{'' if f.spine_specific else ' (not spine-specific)'}"
        f"</td><td>{cite(f.citekey)}</td></tr>"
        for f in a.findings
    )
    table = (
        "<table class='sm-table'><tr><th>Subtype</th><th>Published finding</th>"
        f"<th>Cohort</th><th>Source</th></tr>{rows}</table>"
        if a.findings
        else f"<p class='sm-muted'>Subtype figures are shown for {_listed(SUBTYPE_PRIMARIES)}; "
        "choose one of those primaries.</p>"
    )
    c = a.ceiling
    return (
        f"<div class='sm-card' data-primary='{primary.value}'>"
        f"<p>The revised Tokuhashi score gives {primary.value} <b>{c.primary_points}</b> "
        f"primary-site point(s), so even with every other item at its best this patient "
        f"could reach at most <b class='sm-ceiling'>{c.ceiling}</b> of {c.maximum}, whatever "
        f"the tumour's biology or treatment.</p><p>{katagiri_text}</p>{table}</div>"
    )


def discordance_html(d: Discordance) -> str:
    """How far the scores agree, with the scores grouped by tier."""
    groups = "; ".join(
        f"<b>{tier}</b>: " + ", ".join(PROVENANCE[n].title for n in names)
        for tier, names in d.by_tier.items()
    )
    message = {
        "concordant": "The scores agree: every one places this patient in the same tier.",
        "partial": "The scores partly disagree: they place this patient in adjacent tiers.",
        "conflicting": "The scores conflict: one predicts a good outlook while another "
        "predicts a poor one. Ask why: each weighs the primary, visceral disease and "
        "performance differently.",
    }[d.level]
    return (
        f'<div class="sm-card sm-discordance-{d.level}" data-level="{d.level}">'
        f"<b>Agreement: {d.level}.</b> {message}<br>{groups}</div>"
    )


def flips_html(a: Assessment) -> str:
    """For each score, the single changes that move this patient into another band."""
    blocks = []
    for name in PROGNOSTIC_SCORES:
        title = html.escape(PROVENANCE[name].title)
        now = a.scores[name]
        grouped: dict[tuple, list[str]] = {}
        for f in a.flips[name]:
            key = (f.field, f.new_total, f.new_band)
            grouped.setdefault(key, []).append(_value_text(f.field, f.new_value))
        if not grouped:
            blocks.append(
                f"<li><b>{title}</b>: no single change moves this patient out "
                f"of band {now.band.range_text}.</li>"
            )
            continue
        items = "".join(
            f"<li>{html.escape(_FIELD_LABELS[field])} → {html.escape(', '.join(values))}: "
            f"total {now.total} → {total} (band {band})</li>"
            for (field, total, band), values in grouped.items()
        )
        blocks.append(
            f"<li><b>{title}</b> (now {now.total}, band "
            f"{now.band.range_text}):<ul>{items}</ul></li>"
        )
    return (
        "<div class='sm-card'><div class='sm-muted'>Each line changes one finding and "
        "keeps the rest of this patient.</div><ul>" + "".join(blocks) + "</ul></div>"
    )


def caption_html(name: str, result: ScoreResult) -> str:
    """Text alternative of the chart of score ``name``, with its figures as a table."""
    figs = figures_for(name)
    if figs:
        rows = "".join(
            f"<tr><td>{f.band}</td><td>{f.value:g} {f.unit}</td>"
            f"<td>{html.escape(f.cohort)}</td><td>{cite(f.citekey)}</td></tr>"
            for f in figs
        )
        table = (
            "<table class='sm-table'><tr><th>Band</th><th>Figure</th><th>Cohort</th>"
            f"<th>Source</th></tr>{rows}</table>"
        )
    else:
        table = (
            "<p>No survival figure per band could be confirmed against a published "
            "source, so none is drawn (see the provenance below).</p>"
        )
    return era_note_html(name) + (
        f"<div class='sm-muted'>Text alternative: this patient is in band "
        f"<b>{result.band.range_text}</b> (highlighted, hatched bar). Bands marked 'not "
        f"confirmed' have no checked figure.</div>{table}"
    )


def provenance_html() -> str:
    """Where each score comes from: citation, derivation, table, accuracy, conflicts."""
    parts = []
    for name in PROGNOSTIC_SCORES:
        p = PROVENANCE[name]
        acc = "".join(f"<li>{html.escape(t)} ({cite(k)})</li>" for t, k in p.accuracy)
        conflicts = "".join(f"<li>{html.escape(c)}</li>" for c in p.conflicts)
        pitfalls = "".join(f"<li>{html.escape(c)}</li>" for c in p.pitfalls)
        parts.append(
            f"<details data-score='{name}'><summary>{html.escape(p.title)}: "
            f"{html.escape(p.version)}</summary><div class='sm-card'>"
            f"<p><b>Citation.</b> {html.escape(format_reference(p.citekey))}</p>"
            f"<p><b>Derivation.</b> {html.escape(p.derivation)}</p>"
            f"<p><b>Table.</b> {html.escape(p.table_status)}</p>"
            f"<p><b>Reported accuracy.</b></p><ul>{acc}</ul>"
            f"<p><b>Known conflicts.</b></p><ul>{conflicts}</ul>"
            f"<p><b>Pitfalls.</b></p><ul>{pitfalls}</ul>"
            f"<p class='sm-muted'>Checked as of {AS_OF}.</p></div></details>"
        )
    return "".join(parts)


def _span(values: tuple[int, ...]) -> str:
    return f"{values[0]}-{values[-1]}" if len(values) > 1 else str(values[0])


def _grades(conversion: PsConversion) -> str:
    return "; ".join(f"KPS {_span(kps)}% ↔ ECOG {_span(ecog)}" for kps, ecog in conversion.groups)


def performance_html(check: PerformanceCheck) -> str:
    """Whether the KPS and ECOG entered agree, under the named published conversion.

    A pair outside the conversion gets a flag (class ``sm-ps-flag``, announced politely)
    naming the conversion and its citekey; the other conversions held are listed, with
    where they disagree. The entered values and the scores are never changed.
    """
    used = check.conversion
    pair = f"KPS {check.kps}% and ECOG {check.ecog}"
    name = f"{cite(used.citekey)} conversion (<code>{used.citekey}</code>)"
    others = "; ".join(
        f"{cite(c.citekey)} (<code>{c.citekey}</code>) pairs KPS {check.kps}% with ECOG "
        f"{_span(c.ecog_for(check.kps))}: {'agrees' if agrees else 'does not agree'}"
        for c, agrees in check.others
    )
    table = f"{html.escape(used.title)}: {html.escape(_grades(used))}"
    if check.consistent:
        head = f"{pair} agree under the {name}."
        body = f"<div class='sm-muted sm-ps-note' data-consistent='true'>{head}"
    else:
        head = (
            f"<b>{pair} do not agree</b> under the {name}, which pairs KPS {check.kps}% "
            f"with ECOG {_span(check.expected_ecog)}. One patient has one performance "
            "status: check which rating is right. Your entries and the scores are unchanged."
        )
        body = (
            "<div class='sm-field-error sm-ps-flag' role='status' data-consistent='false' "
            "style='font-weight:normal' "
            f"data-conversion='{used.citekey}'>{head}"
        )
    conflict = " The published tables disagree on this pair." if check.sources_disagree else ""
    return (
        f"{body}<details><summary>Conversion used and others</summary>"
        f"<div class='sm-muted'>{table}; status: {html.escape(used.status)}. Others: {others}."
        f"{conflict}</div></details></div>"
    )
