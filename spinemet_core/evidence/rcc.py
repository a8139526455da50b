"""Advanced renal cell carcinoma: survival per risk group, approvals, first-line trials.

Every row carries a citekey; hazard ratios carry their confidence interval and
its level as published (CheckMate 9ER reports a 98.89% CI for overall survival).
Rows or fields that could not be confirmed are marked, never filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "APPROVALS",
    "AS_OF",
    "DRUG_CLASSES",
    "GROUP_SURVIVAL",
    "TRIALS",
    "Approval",
    "GroupSurvival",
    "TrialResult",
]

AS_OF = "2026-11-27"
"""Date these records were last checked. Approvals after December 2024 were not searched."""


@dataclass(frozen=True, slots=True)
class GroupSurvival:
    """Overall survival of one risk group in one cohort."""

    model: str  # "imdc", "mskcc_1999", "mskcc_2002"
    group: str  # "Favourable risk", ...
    median_os_months: float | None  # None: not reached
    two_year_os_percent: float | None
    cohort: str
    citekey: str


_HENG09 = "645 patients on first-line VEGF-targeted therapy"
_HENG13 = "external validation, 849 patients with complete data"
GROUP_SURVIVAL: tuple[GroupSurvival, ...] = (
    GroupSurvival("imdc", "Favourable risk", None, 75, _HENG09, "heng2009"),
    GroupSurvival("imdc", "Intermediate risk", 27, 53, _HENG09, "heng2009"),
    GroupSurvival("imdc", "Poor risk", 8.8, 7, _HENG09, "heng2009"),
    GroupSurvival("imdc", "Favourable risk", 43.2, None, _HENG13, "heng2013"),
    GroupSurvival("imdc", "Intermediate risk", 22.5, None, _HENG13, "heng2013"),
    GroupSurvival("imdc", "Poor risk", 7.8, None, _HENG13, "heng2013"),
    GroupSurvival(
        "mskcc_1999",
        "Favourable risk",
        20,
        None,
        "670 patients in MSKCC trials (cytokine and chemotherapy era)",
        "motzer1999",
    ),
    GroupSurvival(
        "mskcc_1999",
        "Intermediate risk",
        10,
        None,
        "670 patients in MSKCC trials (cytokine and chemotherapy era)",
        "motzer1999",
    ),
    GroupSurvival(
        "mskcc_1999",
        "Poor risk",
        4,
        None,
        "670 patients in MSKCC trials (cytokine and chemotherapy era)",
        "motzer1999",
    ),
    GroupSurvival(
        "mskcc_2002",
        "Favourable risk",
        30,
        None,
        "463 patients on first-line interferon-alpha",
        "motzer2002",
    ),
    GroupSurvival(
        "mskcc_2002",
        "Intermediate risk",
        14,
        None,
        "463 patients on first-line interferon-alpha",
        "motzer2002",
    ),
    GroupSurvival(
        "mskcc_2002",
        "Poor risk",
        5,
        None,
        "463 patients on first-line interferon-alpha",
        "motzer2002",
    ),
)
"""Published survival per risk group (median OS not reached is ``None``)."""


@dataclass(frozen=True, slots=True)
class Approval:
    """One FDA approval for advanced renal cell carcinoma."""

    date: str  # "YYYY-MM" (or "YYYY-MM-DD" where the day is confirmed)
    drug: str
    drug_class: str
    setting: str
    citekey: str


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
        "motzer2018_cm214",
    ),
    Approval(
        "2019-04",
        "Pembrolizumab + axitinib",
        "PD-1 inhibitor + VEGFR TKI",
        "first line",
        "rini2019_kn426",
    ),
    Approval(
        "2019-05",
        "Avelumab + axitinib",
        "PD-L1 inhibitor + VEGFR TKI",
        "first line",
        "motzer2019_javelin",
    ),
    Approval(
        "2021-01-22",
        "Nivolumab + cabozantinib",
        "PD-1 inhibitor + VEGFR TKI",
        "first line",
        "choueiri2021_cm9er",
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
        "motzer2021_clear",
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
        "pmc9372304_review",
    ),
)
"""Dated FDA approvals for advanced RCC up to the newest one confirmed (December 2024)."""


@dataclass(frozen=True, slots=True)
class TrialResult:
    """A hazard ratio (experimental vs control) with its confidence interval as published."""

    trial: str
    comparison: str
    population: str
    endpoint: str  # "PFS" or "OS"
    hazard_ratio: float
    ci_low: float | None
    ci_high: float | None
    ci_level: float | None  # e.g. 95.0, 98.89
    median_experimental: float | None  # months; None when not reached or not confirmed
    median_control: float | None
    data_cut: str
    citekey: str


TRIALS: tuple[TrialResult, ...] = (
    TrialResult(
        "CheckMate 214",
        "nivolumab + ipilimumab vs sunitinib",
        "IMDC intermediate/poor risk (847)",
        "OS",
        0.63,
        0.44,
        0.89,
        99.8,
        None,
        26.0,
        "primary analysis, median follow-up 25.2 months",
        "motzer2018_cm214",
    ),
    TrialResult(
        "CheckMate 214",
        "nivolumab + ipilimumab vs sunitinib",
        "IMDC intermediate/poor risk (847)",
        "PFS",
        0.82,
        0.64,
        1.05,
        99.1,
        11.6,
        8.4,
        "primary analysis, median follow-up 25.2 months",
        "motzer2018_cm214",
    ),
    TrialResult(
        "KEYNOTE-426",
        "pembrolizumab + axitinib vs sunitinib",
        "all patients (861)",
        "OS",
        0.53,
        0.38,
        0.74,
        95.0,
        None,
        None,
        "first interim analysis, median follow-up 12.8 months",
        "rini2019_kn426",
    ),
    TrialResult(
        "KEYNOTE-426",
        "pembrolizumab + axitinib vs sunitinib",
        "all patients (861)",
        "PFS",
        0.69,
        0.57,
        0.84,
        95.0,
        15.1,
        11.1,
        "first interim analysis, median follow-up 12.8 months",
        "rini2019_kn426",
    ),
    TrialResult(
        "CheckMate 9ER",
        "nivolumab + cabozantinib vs sunitinib",
        "all patients (651)",
        "PFS",
        0.51,
        0.41,
        0.64,
        95.0,
        16.6,
        8.3,
        "primary analysis, median follow-up 18.1 months",
        "choueiri2021_cm9er",
    ),
    TrialResult(
        "CheckMate 9ER",
        "nivolumab + cabozantinib vs sunitinib",
        "all patients (651)",
        "OS",
        0.60,
        0.40,
        0.89,
        98.89,
        None,
        None,
        "primary analysis, median follow-up 18.1 months",
        "choueiri2021_cm9er",
    ),
    TrialResult(
        "CLEAR",
        "lenvatinib + pembrolizumab vs sunitinib",
        "all patients (712)",
        "PFS",
        0.39,
        0.32,
        0.49,
        95.0,
        23.9,
        9.2,
        "primary analysis, median follow-up 26.6 months",
        "motzer2021_clear",
    ),
    TrialResult(
        "CLEAR",
        "lenvatinib + pembrolizumab vs sunitinib",
        "all patients (712)",
        "OS",
        0.66,
        0.49,
        0.88,
        95.0,
        None,
        None,
        "primary analysis, median follow-up 26.6 months",
        "motzer2021_clear",
    ),
    TrialResult(
        "JAVELIN Renal 101",
        "avelumab + axitinib vs sunitinib",
        "PD-L1 positive (560)",
        "PFS",
        0.61,
        0.47,
        0.79,
        95.0,
        13.8,
        7.2,
        "first interim analysis",
        "motzer2019_javelin",
    ),
)
"""First-line trials at their primary analyses, each CI at its published level (CheckMate 214
used 99.8% and 99.1%, CheckMate 9ER 98.89% for OS). JAVELIN's overall survival was immature
at its first analysis and its hazard ratio could not be confirmed, so it is not shown."""

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
