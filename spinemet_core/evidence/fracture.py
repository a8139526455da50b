"""Published numbers on vertebral compression fracture after spine SBRT (Sahgal 2013), as data.

The dose-per-fraction risk groups are a rule, kept with their lookup in
:mod:`spinemet_core.fracture`; the first risk factor below is rendered from them.
"""

from __future__ import annotations

from ..fidelity import CONFIRMED, Fidelity
from ..fracture import REFERENCE, VCF_DOSE_GROUPS
from .finding import Finding

__all__ = ["SAHGAL_2013_RISK_FACTORS", "SAHGAL_2013_VCF"]

_SAHGAL = ("Sahgal 2013", REFERENCE, "252 patients, 410 segments treated with spine SBRT")
SAHGAL_2013_VCF: tuple[Finding, ...] = tuple(
    Finding(_SAHGAL[0], group, measure, value, unit, _SAHGAL[1], _SAHGAL[2])
    for group, measure, value, unit in (
        ("all segments", "vertebral compression fracture (new or progressing)", 14, "%"),
        ("fractures", "median time to fracture", 2.46, "months"),
        ("fractures", "occurring within the first 4 months", 65, "%"),
        ("all segments", "cumulative incidence at 1 year", 12.35, "%"),
        ("all segments", "cumulative incidence at 2 years", 13.49, "%"),
    )
)
"""Fracture after SBRT; the risk depends on the dose per fraction
(:data:`spinemet_core.fracture.VCF_DOSE_GROUPS`) and is raised by baseline fracture, lytic
tumour and deformity (:data:`SAHGAL_2013_RISK_FACTORS`)."""

_HIGHEST, _INTERMEDIATE, _LOWEST = VCF_DOSE_GROUPS
SAHGAL_2013_RISK_FACTORS: tuple[str, ...] = (
    f"dose per fraction: {_HIGHEST.range_text} highest risk, then {_INTERMEDIATE.range_text}, "
    f"lowest {_LOWEST.range_text}",
    "baseline vertebral compression fracture (SINS collapse item)",
    "lytic tumour (SINS bone-lesion item)",
    "spinal deformity, kyphosis or scoliosis (SINS alignment item)",
)
"""Risk factors for fracture after SBRT (Sahgal 2013), in the order shown."""

FIDELITY: dict[str, Fidelity] = {REFERENCE: CONFIRMED}  # full text (PMC6076012)
"""How far the fracture numbers were checked (:mod:`spinemet_core.fidelity`), by citekey."""
