"""The text panels of dashboard 05, rendered from :class:`~spinemet_core.rcc.labs.RccRisk`."""

from __future__ import annotations

import html
from collections.abc import Mapping

from ..evidence.rcc import (
    APPROVALS,
    APPROVALS_SEARCHED_UNTIL,
    AS_OF,
    DRUG_CLASSES,
    EMBOLISATION,
    NOT_REACHED,
    TRIALS,
)
from ..rcc import RISK_MODELS
from ..rcc.calcium import CORRECTION_FACTOR, REFERENCE_ALBUMIN
from ..rcc.imdc import REFERENCE as IMDC_REFERENCE
from ..rcc.labs import RccRisk
from ..rcc.mskcc import CALCIUM_CUTOFF_MG_DL
from ..vocabulary import PRIMARY_TABLE, Primary
from .html import (
    bullets,
    card,
    cite,
    details,
    heading,
    item_label,
    muted_html,
    table,
    text_alternative,
)
from .inputs import shown_against
from .rcc_figure import trial_population

__all__ = ["calcium_html", "caption_html", "model_titles", "results_html", "static_html"]


def model_titles() -> dict[str, str]:
    """Card title per model, in the order the cards are shown."""
    return {
        "imdc": f"IMDC ({cite(IMDC_REFERENCE)})",
        **{r.name: r.title for r in RISK_MODELS["mskcc"].versions.values()},
    }


def _amount(x: float) -> str:
    """An input of the formula, at most two decimals: 9.8 -> '9.8', 9.8196 -> '9.82'."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def calcium_html(risk: RccRisk, *, typed: Mapping[str, str] | None = None) -> str:
    """The albumin correction worked through, and the trap when it hides a high calcium.

    ``typed`` maps ``"calcium"``/``"albumin"`` to the value as typed in another unit
    (e.g. ``"2.45 mmol/L"``), shown beside its value in mg/dL or g/dL. What is shown is
    what is compared: the corrected calcium carries as many decimals as it takes to sit
    on the right side of both limits it is compared with, the laboratory's upper limit
    (IMDC) and :data:`~spinemet_core.rcc.mskcc.CALCIUM_CUTOFF_MG_DL` (MSKCC).
    """
    typed = typed or {}
    labs = risk.labs
    corrected_high = labs["calcium_above_uln"].present
    over_cutoff = labs.corrected_calcium_mg_dl > CALCIUM_CUTOFF_MG_DL
    corrected, (uln, cutoff) = shown_against(
        labs.corrected_calcium_mg_dl, (labs.calcium_uln_mg_dl, CALCIUM_CUTOFF_MG_DL)
    )
    trap = (
        " <b>The trap:</b> the measured value looks normal, but corrected for the low "
        "albumin it is high, and it counts as an adverse factor."
        if labs.calcium_trap
        else ""
    )

    def value(name: str, x: float) -> str:
        return _amount(x) + (f" ({html.escape(typed[name])})" if name in typed else "")

    return card(
        f"Corrected calcium = {value('calcium', labs.measured_calcium_mg_dl)} + "
        f"{CORRECTION_FACTOR:g} x ({REFERENCE_ALBUMIN:.1f} - "
        f"{value('albumin', labs.albumin_g_dl)}) = <b class='sm-corrected-ca'>"
        f"{corrected}</b> mg/dL ({'above' if corrected_high else 'not above'} the upper limit of "
        f"<span class='sm-calcium-uln'>{uln}</span>; MSKCC: "
        f"{'above' if over_cutoff else 'not above'} {cutoff} mg/dL).{trap}"
        + muted_html(
            f"The {CORRECTION_FACTOR:g} factor is the usual bedside convention; albumin "
            f"adjustment goes back to {cite('payne1973')}, and laboratories use different "
            "constants."
        )
    )


def results_html(risk: RccRisk) -> str:
    """One card per model with its factors and group, and a note when the groups differ."""
    cards = []
    for name, title in model_titles().items():
        r = risk.results[name]
        items = (
            f"{'☒' if i.points else '☐'} {html.escape(item_label(r.instrument, i.item))}"
            for i in r.items
        )
        cards.append(
            f"<div class='sm-card' data-model='{name}' style='min-width:260px;flex:1'>"
            f"<b>{title}</b><div style='font-size:1.2em'><span class='sm-factors'>"
            f"{r.total}</span> adverse factor(s): <b class='sm-group'>{r.band.label}</b>"
            f"</div>{bullets(items, 'list-style:none;padding-left:4px')}</div>"
        )
    disagree = len({r.band.label for r in risk.results.values()}) > 1
    note = (
        card(
            "<b>The models disagree.</b> IMDC counts neutrophils and platelets, MSKCC counts "
            "LDH, and the two MSKCC versions differ in one factor: say which model you use.",
            "sm-discordance-partial",
        )
        if disagree
        else ""
    )
    return f"<div style='display:flex;gap:8px;flex-wrap:wrap'>{''.join(cards)}</div>{note}"


def caption_html(risk: RccRisk | None) -> str:
    """The text alternative of the figure (None: the patient's group is withheld)."""
    group = (
        "withheld until every field is valid"
        if risk is None
        else f"<b>{risk.results['imdc'].band.label}</b>"
    )
    return text_alternative(
        "Top: median overall survival per risk group in each cohort (bars; 'not reached' "
        f"drawn as an empty marker at the top); this patient's IMDC group is {group}. "
        "Middle: hazard ratios of the first-line "
        "trials with their confidence intervals (level in the label; a subgroup under it: "
        + "; ".join(
            f"{t.trial} {t.endpoint}, {trial_population(t)}" for t in TRIALS if trial_population(t)
        )
        + "), left of 1 favours the combination. Bottom: FDA approvals by year. Data as of "
        f"{AS_OF}."
    )


def _spine_html() -> str:
    kidney = PRIMARY_TABLE[Primary.KIDNEY]
    return heading("What it means for the spine") + card(
        bullets(
            (
                "Renal cell carcinoma is radioresistant to conventional radiotherapy: under "
                "NOMS it gets radiosurgery, or separation surgery then radiosurgery when the "
                "cord is compressed (dashboard 02).",
                "It is hypervascular: surgeons often ask for pre-operative embolisation to "
                f"limit bleeding ({cite(EMBOLISATION.citekey)}).",
                "Patients now live much longer on combination therapy, so legacy spine scores "
                f"(kidney: {kidney.tokuhashi_2005} revised-Tokuhashi points, "
                f"'{kidney.tomita_growth} growth' for Tomita) tend to be pessimistic.",
            )
        )
    )


def _medians(experimental: float | str | None, control: float | str | None) -> str:
    """The two arms' medians as shown: months, "not reached" (the trial's NR) or "not
    confirmed"; "not reached in either arm" when neither was reached."""
    if experimental == control == NOT_REACHED:
        return f"{NOT_REACHED} in either arm"

    def shown(value: float | str | None) -> str:
        if value is None:
            return "not confirmed"
        return value if value == NOT_REACHED else f"{value:g}"

    return f"{shown(experimental)} vs {shown(control)}"


def static_html() -> str:
    """What RCC means for the spine, drug classes, trials and approvals as tables."""
    classes = "".join(
        f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in DRUG_CLASSES.items()
    )
    trials = [
        (
            t.trial,
            t.comparison,
            t.population,
            t.endpoint,
            f"{t.hazard_ratio:g} ({t.ci_low:g}-{t.ci_high:g}, {t.ci_level:g}% CI)",
            _medians(t.median_experimental, t.median_control),
            t.data_cut,
        )
        for t in TRIALS
    ]
    trial_header = ("Trial", "Comparison", "Population", "Endpoint", "HR (CI)")
    trial_header += ("Median, months", "Data cut")
    approvals = [(a.date, a.drug, a.drug_class, a.setting) for a in APPROVALS]
    return (
        _spine_html()
        + heading("Drug classes and targets")
        + f"<ul>{classes}</ul>"
        + details("First-line trials as a table", table(trial_header, trials))
        + details("Approvals as a table", table(("Date", "Drug", "Class", "Setting"), approvals))
        + f"<p class='sm-muted'>As of {AS_OF}: approvals after {APPROVALS_SEARCHED_UNTIL} were "
        "not searched. JAVELIN Renal 101's first-analysis overall survival is not shown (its "
        "hazard ratio could not be confirmed).</p>"
    )
