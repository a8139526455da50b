"""First-line trials in advanced renal cell carcinoma: hazard ratios as published, as data."""

from __future__ import annotations

from dataclasses import dataclass

from ..fidelity import CONFIRMED, Fidelity, secondary

__all__ = ["NOT_REACHED", "TRIALS", "TrialResult"]

NOT_REACHED = "not reached"
"""A median survival that was not reached at the data cut (the trial reports it as NR)."""


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
    median_experimental: float | str | None  # months; NOT_REACHED; None: not confirmed
    median_control: float | str | None
    data_cut: str
    citekey: str
    fidelity: Fidelity | None = None  # how far it was checked (spinemet_core.fidelity)


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
        NOT_REACHED,
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
        NOT_REACHED,
        NOT_REACHED,
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
        NOT_REACHED,
        NOT_REACHED,
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
        NOT_REACHED,
        NOT_REACHED,
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

FIDELITY: dict[str, Fidelity] = {
    "motzer2018_cm214": CONFIRMED,  # full text (Europe PMC PMC5972549)
    "motzer2019_javelin": CONFIRMED,  # full text (PMC6716603)
    "motzer2021_clear": CONFIRMED,  # abstract (MSKCC publication record)
    "rini2019_kn426": secondary("EAU uro-oncology abstract summary; ESMO Open EMA table"),
    "choueiri2021_cm9er": secondary("EAU uro-oncology abstract summary"),
}
"""How far each trial's numbers were checked (:mod:`spinemet_core.fidelity`), by citekey."""
