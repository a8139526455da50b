"""FDA approvals for advanced renal cell carcinoma and the drug classes behind them, as data."""

from __future__ import annotations

from dataclasses import dataclass

from ..fidelity import Fidelity, secondary

__all__ = ["APPROVALS", "APPROVALS_SEARCHED_UNTIL", "DRUG_CLASSES", "Approval"]

APPROVALS_SEARCHED_UNTIL = "December 2024"
"""Approvals after this month were not searched."""


@dataclass(frozen=True, slots=True)
class Approval:
    """One FDA approval for advanced renal cell carcinoma."""

    date: str  # "YYYY-MM" (or "YYYY-MM-DD" where the day is confirmed)
    drug: str
    drug_class: str
    setting: str
    citekey: str  # a source that reports the approval, so published after it
    fidelity: Fidelity | None = None  # how far it was checked (spinemet_core.fidelity)


APPROVALS: tuple[Approval, ...] = (
    Approval(
        "1992-05", "Aldesleukin (high-dose IL-2)", "cytokine", "metastatic RCC", "pmc9372304_review"
    ),
    Approval(
        "2005-12", "Sorafenib", "VEGFR TKI (multikinase)", "advanced RCC", "pmc9372304_review"
    ),
    Approval(
        "2006-01",
        "Sunitinib",
        "VEGFR TKI",
        "advanced RCC (accelerated; regular 2007)",
        "pmc9372304_review",
    ),
    Approval(
        "2007-05", "Temsirolimus", "mTOR inhibitor", "advanced RCC, poor risk", "pmc9372304_review"
    ),
    Approval(
        "2009-03",
        "Everolimus",
        "mTOR inhibitor",
        "after sunitinib or sorafenib",
        "pmc9372304_review",
    ),
    Approval(
        "2009-07",
        "Bevacizumab + interferon-alpha",
        "anti-VEGF antibody",
        "first line",
        "pmc9372304_review",
    ),
    Approval("2009-10", "Pazopanib", "VEGFR TKI", "advanced RCC", "pmc9372304_review"),
    Approval(
        "2012-01", "Axitinib", "VEGFR TKI", "after one prior systemic therapy", "pmc9372304_review"
    ),
    Approval(
        "2015-11",
        "Nivolumab",
        "PD-1 inhibitor",
        "after anti-angiogenic therapy",
        "pmc9372304_review",
    ),
    Approval(
        "2016-04",
        "Cabozantinib",
        "VEGFR/MET/AXL TKI",
        "after anti-angiogenic therapy",
        "pmc9372304_review",
    ),
    Approval(
        "2016-05",
        "Lenvatinib + everolimus",
        "VEGFR TKI + mTOR inhibitor",
        "after one anti-angiogenic therapy",
        "pmc9372304_review",
    ),
    Approval(
        "2018-04",
        "Nivolumab + ipilimumab",
        "PD-1 + CTLA-4 inhibitors",
        "first line, IMDC intermediate or poor risk",
        "pmc9372304_review",
    ),
    Approval(
        "2019-04",
        "Pembrolizumab + axitinib",
        "PD-1 inhibitor + VEGFR TKI",
        "first line",
        "pmc9372304_review",
    ),
    Approval(
        "2019-05",
        "Avelumab + axitinib",
        "PD-L1 inhibitor + VEGFR TKI",
        "first line",
        "pmc9372304_review",
    ),
    Approval(
        "2021-01-22",
        "Nivolumab + cabozantinib",
        "PD-1 inhibitor + VEGFR TKI",
        "first line",
        "pmc9372304_review",
    ),
    Approval(
        "2021-03-10",
        "Tivozanib",
        "VEGFR TKI",
        "after two or more systemic therapies",
        "pmc9372304_review",
    ),
    Approval(
        "2021-08",
        "Lenvatinib + pembrolizumab",
        "VEGFR TKI + PD-1 inhibitor",
        "first line",
        "pmc9372304_review",
    ),
    Approval(
        "2021-11-17",
        "Pembrolizumab (adjuvant)",
        "PD-1 inhibitor",
        "after nephrectomy, intermediate-high or high risk",
        "pmc9372304_review",
    ),
    Approval(
        "2023-12-14",
        "Belzutifan",
        "HIF-2 alpha inhibitor",
        "after a PD-1/PD-L1 inhibitor and a VEGFR TKI",
        "fallah2024_belzutifan",
    ),
    Approval(
        "2024-12-27",
        "Nivolumab, subcutaneous",
        "PD-1 inhibitor",
        "approved nivolumab indications, RCC included",
        "ascopost2025_nivosc",
    ),
)
"""Dated FDA approvals for advanced RCC up to the newest one confirmed
(:data:`APPROVALS_SEARCHED_UNTIL`)."""

DRUG_CLASSES: dict[str, str] = {
    "VEGFR TKI": "Oral tyrosine-kinase inhibitors of the VEGF receptors (sunitinib, pazopanib, "
    "axitinib, cabozantinib, lenvatinib, tivozanib): starve the hypervascular tumour.",
    "mTOR inhibitor": "Temsirolimus, everolimus: block the mTOR growth pathway.",
    "PD-1 / PD-L1 inhibitor": "Nivolumab, pembrolizumab, avelumab: release the T-cell brake.",
    "CTLA-4 inhibitor": "Ipilimumab: acts earlier in T-cell priming; paired with nivolumab.",
    "HIF-2 alpha inhibitor": "Belzutifan: targets the transcription factor that VHL loss "
    "leaves switched on.",
    "Anti-VEGF antibody": "Bevacizumab: binds VEGF-A itself.",
    "Cytokine": "High-dose interleukin-2: the older immunotherapy, durable in a few patients.",
}
"""Drug classes and their targets, in the suite's own words."""

FIDELITY: dict[str, Fidelity] = {
    "pmc9372304_review": secondary("review table of approvals (PMC9372304), not the FDA labels"),
    "fallah2024_belzutifan": secondary("FDA approval summary (Clin Cancer Res 2024)"),
    "ascopost2025_nivosc": secondary(
        "The ASCO Post's news report (Jan 2025); the date matches the openFDA record of BLA761429"
    ),
}
"""How far each approval date was checked (:mod:`spinemet_core.fidelity`), by citekey."""
