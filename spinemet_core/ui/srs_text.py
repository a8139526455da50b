"""The text panels of dashboard 04, rendered from a schedule comparison and the evidence data."""

from __future__ import annotations

from ..evidence.radiotherapy import (
    LOCAL_CONTROL_BY_HISTOLOGY,
    PAIN_TRIALS,
    RADES_2005,
    SCORAD,
    TRIAL_SIZES,
)
from ..fractionation import CORD_LIMIT_EQD2, ScheduleComparison
from ..radiobiology import (
    LQ_STRETCH_DOSE_PER_FRACTION,
    LQ_VALIDATED_DOSE_PER_FRACTION,
    SAHGAL_2013_LIMITS,
)
from .html import cite, details, table, text_alternative
from .srs_figure import CORD_LIMITS_CITEKEY, pain_endpoints
from .theme import COLOURS

__all__ = ["calculator_html", "caption_html", "trials_html"]


def calculator_html(c: ScheduleComparison, alpha_beta_tumour: float, alpha_beta_cord: float) -> str:
    """BED/EQD2 table, dose per fraction, cord limit, LQ caveat and the schedule catalogue."""
    d, n, per = c.total_dose, c.fractions, c.dose_per_fraction
    if c.cord_limit:
        limit_text = (
            f"Cord point-maximum limit for {n} fraction(s): <b>{c.cord_limit:g} Gy</b> "
            f"({cite(CORD_LIMITS_CITEKEY)}). The cord must receive far less than the "
            "prescription: see dashboard 03."
        )
    else:
        limit_text = (
            f"Cord limits of {cite(CORD_LIMITS_CITEKEY)} cover "
            f"{min(SAHGAL_2013_LIMITS)}-{max(SAHGAL_2013_LIMITS)} fractions only."
        )
    flag = (
        f"<div class='sm-card sm-lq-flag' style='border-left:6px solid {COLOURS['orange']}'>"
        f"<b>⚠ LQ model stretched:</b> {per:.1f} Gy per fraction is above "
        f"{LQ_STRETCH_DOSE_PER_FRACTION:g} Gy. The linear-quadratic model was fitted at "
        "conventional doses per fraction; at radiosurgical doses it may misstate the "
        "biological effect. Read these EQD2 values as rough comparisons. Whether the model "
        f"holds above about {LQ_STRETCH_DOSE_PER_FRACTION:g}-{LQ_VALIDATED_DOSE_PER_FRACTION:g}"
        f" Gy per fraction is debated ({cite('brenner2008')}; {cite('kirkpatrick2008')}); "
        "the threshold used here is a teaching convention.</div>"
        if c.lq_stretched
        else ""
    )
    return (
        f"<div class='sm-card'><table class='sm-table'>"
        f"<tr><th></th><th>BED (Gy)</th><th>EQD2 (Gy)</th></tr>"
        f"<tr><td>Tumour (α/β {alpha_beta_tumour:g})</td>"
        f"<td class='sm-bed-tumour'>{c.bed_tumour:.1f}</td>"
        f"<td class='sm-eqd2-tumour'>{c.eqd2_tumour:.1f}</td></tr>"
        f"<tr><td>Cord, if it received the full prescription (α/β {alpha_beta_cord:g})"
        f"</td><td>{c.bed_cord:.1f}</td><td class='sm-eqd2-cord'>{c.eqd2_cord:.1f}"
        f"</td></tr></table><div>{d:g} Gy in {n} fraction(s) = {per:.2f} Gy per fraction. "
        f"{limit_text}</div></div>{flag}{_catalogue_table(c)}"
    )


def _catalogue_table(c: ScheduleComparison) -> str:
    rows = [
        (
            e.schedule.name,
            e.schedule.technique,
            f"{e.eqd2_tumour:.1f}",
            f"{e.eqd2_cord:.1f}",
            e.schedule.use,
        )
        for e in c.catalogue
    ]
    header = ("Schedule", "Technique", "Tumour EQD2 (Gy)", "Cord EQD2, full dose (Gy)", "Used in")
    return details("The schedule catalogue as a table", table(header, rows))


def caption_html(c: ScheduleComparison) -> str:
    """The text alternative of the figure."""
    return text_alternative(
        "Top left: tumour EQD2 (x) against the cord EQD2 the full prescription would give (y) "
        "for each catalogue schedule (circles conventional, diamonds SBRT) and this schedule "
        f"(star: tumour {c.eqd2_tumour:.1f} Gy, cord {c.eqd2_cord:.1f} Gy); the dashed line "
        f"is the cord EQD2 of the Sahgal limits (about {CORD_LIMIT_EQD2:.1f} Gy). Top right: "
        "cord limits by number of fractions. Middle: the pain trials in separate panels, as "
        "their endpoints differ ("
        + "; ".join(f"{t}: {e}" for t, e in pain_endpoints().items())
        + "). Bottom: local control after SBRT/SRS in two series (all histologies)."
    )


def _pain(trial: str) -> tuple[float, float]:
    experimental, control = (f.value for f in PAIN_TRIALS if f.study == trial)
    return experimental, control


def _size(study: str, measure: str):
    (finding,) = (f for f in TRIAL_SIZES if f.study == study and f.measure.startswith(measure))
    return finding


def trials_html() -> str:
    """Why the pain trials disagree, and the conventional-EBRT evidence, in prose."""
    maranzano = "; ".join(
        f"{f.group.split(' (')[0]} {f.value:g} months"
        for f in LOCAL_CONTROL_BY_HISTOLOGY
        if f.unit == "months"
    )
    scorad = " vs ".join(f"{f.group} {f.value:g}%" for f in SCORAD)
    rades = ", ".join(
        f"{f.value:g}% after {f.group}" for f in RADES_2005 if f.measure.startswith("ambulatory")
    )
    sc24, rtog = _pain("SC.24"), _pain("RTOG 0631")
    sc24_n, ratio = _size("SC.24", "patients"), _size("SC.24", "risk ratio")
    rades_n, rades_p = _size("Rades 2005", "patients"), _size("Rades 2005", "p value")
    lesions, progressed = (
        _size("Yamada 2017", "lesions treated"),
        _size("Yamada 2017", "lesions with"),
    )
    return (
        "<h2>Why the pain trials disagree</h2><div class='sm-card sm-trials'>"
        f"<p><b>SC.24</b> randomised {sc24_n.value:,g} patients to SBRT 24 Gy in 2 fractions or "
        f"conventional 20 Gy in 5: complete pain response at 3 months was {sc24[0]:g}% "
        f"against {sc24[1]:g}% (risk ratio {ratio.value:g}, 95% CI {ratio.interval[0]:g}-"
        f"{ratio.interval[1]:g}) "
        f"({cite('sahgal2021_sc24')}).</p>"
        "<p><b>RTOG 0631</b> randomised patients 2:1 to a single 16 or 18 Gy fraction or "
        f"8 Gy once: pain response at 3 months was not better with radiosurgery ({rtog[0]:g}% "
        f"against {rtog[1]:g}%) ({cite('ryu2023_rtog0631')}).</p>"
        "<p>The trials differ in what they measured (complete response against any "
        "response), in the radiosurgery schedule (two fractions against one, 24 Gy against "
        "16-18 Gy) and in patient selection; neither settles the question alone.</p>"
        f"<p><b>Cord compression, conventional EBRT.</b> SCORAD III: ambulatory at 8 weeks "
        f"{scorad}; a single fraction just missed non-inferiority "
        f"({cite('hoskin2019_scorad')}). Maranzano: median duration of response after "
        f"30 Gy for favourable histologies {maranzano} ({cite('maranzano1995')}).</p>"
        f"<p><b>Schedule of conventional EBRT.</b> In {rades_n.value:,g} patients with cord "
        f"compression, walking after radiotherapy was {rades} (p = {rades_p.value:g}): function "
        "did not depend "
        f"on the schedule ({cite('rades2005')}); local recurrence did, but those figures "
        "could not be confirmed and are not shown.</p>"
        f"<p><b>Histology under SRS.</b> In {lesions.value:g} lesions treated with 16-26 Gy in "
        f"one fraction, only {progressed.value:g} progressed, and histology no longer predicted "
        "failure; the dose "
        f"delivered did ({cite('yamada2017')}).</p></div>"
    )
