"""Advanced renal cell carcinoma: survival per risk group, approvals, first-line trials.

The records live in :mod:`.rcc_survival`, :mod:`.rcc_approvals` and :mod:`.rcc_trials`;
this module names the date they were checked and re-exports them.

Every row carries a citekey; hazard ratios carry their confidence interval and
its level as published (CheckMate 9ER reports a 98.89% CI for overall survival).
Rows or fields that could not be confirmed are marked, never filled in.
"""

from __future__ import annotations

from ..fidelity import CONFIRMED, Sourced
from .rcc_approvals import APPROVALS, APPROVALS_SEARCHED_UNTIL, DRUG_CLASSES, Approval
from .rcc_survival import GROUP_SURVIVAL, GroupSurvival
from .rcc_trials import NOT_REACHED, TRIALS, TrialResult

__all__ = [
    "APPROVALS",
    "APPROVALS_SEARCHED_UNTIL",
    "AS_OF",
    "DRUG_CLASSES",
    "EMBOLISATION",
    "GROUP_SURVIVAL",
    "NOT_REACHED",
    "TRIALS",
    "Approval",
    "GroupSurvival",
    "TrialResult",
]

AS_OF = "2026-11-27"
"""Date these records were last checked (approvals: up to :data:`APPROVALS_SEARCHED_UNTIL`)."""

EMBOLISATION = Sourced(
    ("targeted_therapy_rcc",),
    "what it means for the spine",
    "renal metastases are hypervascular; pre-operative embolisation is used to limit bleeding",
    "",
    "manke2001",
    CONFIRMED,  # abstract: less blood loss after embolisation in 19 lesions than 11 controls
)
"""The source of dashboard 05's note on pre-operative embolisation, with its status."""
