"""The text panels of dashboard 04, rendered from a schedule comparison and the evidence data."""

from __future__ import annotations

from ..evidence.arms import ARMS, Arm
from ..evidence.finding import Finding
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


def _pain(trial: str) -> tuple[Finding, Finding]:
    experimental, control = (f for f in PAIN_TRIALS if f.study == trial)
    return experimental, control


def _size(study: str, measure: str):
    (finding,) = (f for f in TRIAL_SIZES if f.study == study and f.measure.startswith(measure))
    return finding


_COUNTS = ("no", "one", "two", "three", "four", "five")


def _count(n: int) -> str:
    return _COUNTS[n] if n < len(_COUNTS) else str(n)


def _fractions(arm: Arm) -> str:
    """``"in 2 fractions"``, or ``"in one fraction"``."""
    n = arm.fractions
    return "in one fraction" if n == 1 else f"in {n} fractions"


def _pain_trials() -> str:
    """The two randomised pain trials, their schedules from :data:`ARMS`."""
    (sc24, sc24_control), (rtog, rtog_control) = _pain("SC.24"), _pain("RTOG 0631")
    (sbrt, cebrt), (srs, ebrt) = ARMS["SC.24"], ARMS["RTOG 0631"]
    ratio = _size("SC.24", "risk ratio")
    single = f"a single {srs.dose_text} fraction" if srs.fractions == 1 else srs.dose_text
    once = f"{ebrt.dose_text} once" if ebrt.fractions == 1 else ebrt.dose_text
    srs_range = "-".join(f"{d:g}" for d in srs.doses) + " Gy"
    return (
        f"<p><b>SC.24</b> randomised {_size('SC.24', 'patients').value:,g} patients to "
        f"{sbrt.technique} {sbrt.dose_text} {_fractions(sbrt)} or conventional "
        f"{cebrt.dose_text} in {cebrt.fractions}: {sc24.measure} was {sc24.value:g}% "
        f"against {sc24_control.value:g}% (risk ratio {ratio.value:g}, 95% CI "
        f"{ratio.interval[0]:g}-{ratio.interval[1]:g}) ({cite(sbrt.citekey)}).</p>"
        f"<p><b>RTOG 0631</b> randomised patients {srs.share}:{ebrt.share} to {single} or "
        f"{once}: {rtog.measure} was not better with radiosurgery ({rtog.value:g}% "
        f"against {rtog_control.value:g}%) ({cite(srs.citekey)}).</p>"
        "<p>The trials differ in what they measured (complete response against any "
        "response), in the radiosurgery schedule "
        f"({_count(sbrt.fractions)} fractions against {_count(srs.fractions)}, "
        f"{sbrt.dose_text} against {srs_range}) and in patient selection; neither settles "
        "the question alone.</p>"
    )


def trials_html() -> str:
    """Why the pain trials disagree, and the conventional-EBRT evidence, in prose.

    Every number comes from the evidence data: the schedules from
    :data:`~spinemet_core.evidence.arms.ARMS`, the results from
    :mod:`~spinemet_core.evidence.radiotherapy`.
    """
    maranzano = "; ".join(
        f"{f.group.split(' (')[0]} {f.value:g} months"
        for f in LOCAL_CONTROL_BY_HISTOLOGY
        if f.unit == "months"
    )
    scorad = " vs ".join(f"{f.group} {f.value:g}%" for f in SCORAD)
    rades = ", ".join(
        f"{f.value:g}% after {f.group}" for f in RADES_2005 if f.measure.startswith("ambulatory")
    )
    rades_n, rades_p = _size("Rades 2005", "patients"), _size("Rades 2005", "p value")
    lesions, progressed = (
        _size("Yamada 2017", "lesions treated"),
        _size("Yamada 2017", "lesions with"),
    )
    ((conventional,), (yamada,)) = ARMS["Maranzano 1995"], ARMS["Yamada 2017"]
    return (
        "<h2>Why the pain trials disagree</h2><div class='sm-card sm-trials'>"
        f"{_pain_trials()}"
        f"<p><b>Cord compression, conventional EBRT.</b> SCORAD III: {SCORAD[0].measure} "
        f"{scorad}; a single fraction just missed non-inferiority "
        f"({cite('hoskin2019_scorad')}). Maranzano: median duration of response after "
        f"{conventional.dose_text} for favourable histologies {maranzano} "
        f"({cite(conventional.citekey)}).</p>"
        f"<p><b>Schedule of conventional EBRT.</b> In {rades_n.value:,g} patients with cord "
        f"compression, walking after radiotherapy was {rades} (p = {rades_p.value:g}): function "
        "did not depend "
        f"on the schedule ({cite('rades2005')}); local recurrence did, but those figures "
        "could not be confirmed and are not shown.</p>"
        f"<p><b>Histology under SRS.</b> In {lesions.value:g} lesions treated with "
        f"{yamada.dose_text} {_fractions(yamada)}, only {progressed.value:g} progressed, and "
        "histology no longer predicted failure; the dose "
        f"delivered did ({cite(yamada.citekey)}).</p></div>"
    )
