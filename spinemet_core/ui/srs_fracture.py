"""Dashboard 04's fracture card: the Sahgal 2013 groups where they apply (SBRT), why not elsewhere.

The core decides applicability (:func:`spinemet_core.fracture.vcf_assessment`, reached through
:class:`~spinemet_core.fractionation.ScheduleComparison`); this module only words it.
"""

from __future__ import annotations

import html

from ..evidence.fracture import SAHGAL_2013_RISK_FACTORS, SAHGAL_2013_VCF
from ..fractionation import ScheduleComparison
from ..fracture import DERIVED_ON
from ..fracture import REFERENCE as VCF_REFERENCE
from .html import bullets, cite

__all__ = ["vcf_html"]


def _headline(c: ScheduleComparison) -> str:
    """What the groups say about this schedule: its group (SBRT), no group (cEBRT), or the
    group it would have if delivered as SBRT (technique not known)."""
    per, source = f"{c.dose_per_fraction:.1f} Gy per fraction", cite(VCF_REFERENCE)
    group = c.fracture_group
    if c.fracture.applies:
        return (
            f"This {DERIVED_ON} schedule gives {per}: "
            f"<b class='sm-vcf-group'>{group.label}</b> in {source}."
        )
    if group is None:
        return (
            f"This is a conventional ({html.escape(c.technique)}) schedule, {per}. "
            "<b class='sm-vcf-not-applicable'>The fracture-risk groups of "
            f"{source} do not apply to it</b>: they were derived only from patients treated "
            f"with {DERIVED_ON} ({html.escape(SAHGAL_2013_VCF[0].data_cut)}), so a low dose per "
            "fraction here does not place it in their lowest-risk group. The suite holds no "
            "fracture rates for conventional schedules; what is known below was measured "
            f"after {DERIVED_ON}."
        )
    return (
        f"The technique of this custom schedule is not known, and the groups of {source} "
        f"apply only to {DERIVED_ON}. Delivered as {DERIVED_ON}, {per} would be in the "
        f"<b class='sm-vcf-group'>{group.label}</b>; delivered as conventional "
        "radiotherapy, no group applies."
    )


def vcf_html(c: ScheduleComparison) -> str:
    """The fracture card: the headline (:func:`_headline`), then the Sahgal 2013 numbers and
    risk factors, all measured after SBRT."""
    findings = (f"{html.escape(f.measure)}: {f.value:g} {f.unit}" for f in SAHGAL_2013_VCF)
    return (
        f"<div class='sm-card'><div>{_headline(c)}</div>"
        f"<div>After {DERIVED_ON} ({cite(VCF_REFERENCE)}):</div>{bullets(findings)}"
        f"<div>Risk factors after {DERIVED_ON}:</div>"
        f"{bullets(html.escape(x) for x in SAHGAL_2013_RISK_FACTORS)}"
        f"<div class='sm-muted'>{html.escape(SAHGAL_2013_VCF[0].data_cut)} "
        f"({cite(VCF_REFERENCE)}). A high SINS before SBRT argues for cement augmentation or "
        "stabilisation.</div></div>"
    )
