"""The NOMS decision framework (Laufer 2013): apply the rules to one patient.

Neurologic (Bilsky ESCC grade, myelopathy), Oncologic (radiosensitivity of the
histology to conventional EBRT), Mechanical (instability by SINS) and Systemic
(can the patient tolerate the treatment). The rules themselves are records in
:mod:`spinemet_core.noms_rules` (re-exported here): a condition on the derived
findings, the consequence it sets, the rationale and its citekey.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from .errors import InvalidInputError, require_bool, require_choice, require_int
from .escc import ESCC_DEFINITIONS, EsccGrade, escc_group
from .noms_evidence import EVIDENCE_NOTES
from .noms_rules import RADIOSENSITIVITIES, REFERENCE, RULES, SINS_BANDS, Rule
from .vocabulary import PRIMARY_TABLE, Primary
from .vocabulary import radiosensitivity as _radiosensitivity

__all__ = [
    "RADIOSENSITIVITIES",
    "REFERENCE",
    "RULES",
    "DecisionChange",
    "Recommendation",
    "Rule",
    "TrailStep",
    "decision_changes",
    "recommend",
]


@dataclass(frozen=True, slots=True)
class TrailStep:
    """One pillar of the decision: what was found, what it implies, and the source."""

    pillar: str  # "N", "O", "M" or "S"
    finding: str
    implication: str
    citekey: str


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The output of :func:`recommend`."""

    radiation: str
    separation_surgery: bool
    stabilization: bool
    surgical_consultation: bool
    branch: str
    rules: tuple[str, ...]
    trail: tuple[TrailStep, ...] = field(repr=False)

    @property
    def summary(self) -> str:
        """One line, e.g. ``"Separation surgery, then SRS; stabilization"``."""
        parts = ["Separation surgery, then SRS" if self.separation_surgery else self.radiation]
        if self.stabilization:
            parts.append("stabilization")
        elif self.surgical_consultation:
            parts.append("surgical consultation")
        return "; ".join(parts)


def _sins_band(total: int) -> str:
    return next(key for key, band in SINS_BANDS.items() if band.low <= total <= band.high)


def recommend(
    *,
    escc_grade: str,
    myelopathy: bool,
    sins_total: int,
    fit_for_surgery: bool,
    primary: Primary | str | None = None,
    radiosensitivity: str | None = None,
) -> Recommendation:
    """Apply the NOMS framework to one patient.

    Parameters
    ----------
    escc_grade : {"0", "1a", "1b", "1c", "2", "3"}
        Bilsky ESCC grade at the level of worst compression.
    myelopathy : bool
        Clinical myelopathy (recorded in the trail; it does not change the branch).
    sins_total : int
        SINS total, within the range of :data:`SINS_BANDS`.
    fit_for_surgery : bool
        The systemic assessment: can the patient tolerate an operation.
    primary : Primary, optional
        Histology; its NOMS radiosensitivity is looked up.
    radiosensitivity : {"high", "moderate", "resistant"}, optional
        Explicit radiosensitivity; overrides ``primary``. One of the two is required.

    Returns
    -------
    Recommendation
        ``radiation`` ("cEBRT" or "SRS"), ``separation_surgery``,
        ``stabilization`` (SINS in the unstable band), ``surgical_consultation``
        (SINS in the indeterminate or unstable band),
        and a ``trail`` of one step per pillar (N, O, M, S), with a further O step after
        the first for each :data:`~spinemet_core.noms_evidence.EVIDENCE_NOTES` entry that
        applies (what the trial evidence does and does not cover).

    References
    ----------
    Laufer I, et al. The NOMS framework: approach to the treatment of spinal
    metastatic tumors. Oncologist 2013;18(6):744-751. doi:10.1634/theoncologist.2012-0293

    Examples
    --------
    Renal cell carcinoma with grade 2 compression and SINS 8, fit for surgery:

    >>> r = recommend(escc_grade="2", myelopathy=False, primary="kidney", sins_total=8,
    ...               fit_for_surgery=True)
    >>> r.summary
    'Separation surgery, then SRS; surgical consultation'
    >>> [step.pillar for step in r.trail]
    ['N', 'O', 'M', 'S']
    """
    grade = EsccGrade(require_choice("escc_grade", escc_grade, list(EsccGrade)))
    myelopathy = require_bool("myelopathy", myelopathy)
    bands = tuple(SINS_BANDS.values())
    sins_total = require_int("sins_total", sins_total, minimum=bands[0].low, maximum=bands[-1].high)
    fit = require_bool("fit_for_surgery", fit_for_surgery)
    if radiosensitivity is not None:
        sensitivity = require_choice("radiosensitivity", radiosensitivity, RADIOSENSITIVITIES)
        source = "set by override"
    elif primary is not None:
        primary = Primary(require_choice("primary", primary, list(Primary)))
        sensitivity = _radiosensitivity(primary)
        listed = PRIMARY_TABLE[primary].radiosensitivity_listed
        source = f"{primary.value}: " + (
            "listed by NOMS"
            if listed
            else "not listed by NOMS, taken as resistant"
            if sensitivity == "resistant"
            else "not listed by NOMS; nearest listed group"
        )
    else:
        raise InvalidInputError(
            "primary",
            None,
            "a Primary value, or give radiosensitivity='high'|'moderate'|'resistant'",
        )

    facts = {
        "radiosensitive": sensitivity in ("high", "moderate"),
        "escc": escc_group(grade),
        "fit": fit,
        "sins": _sins_band(sins_total),
        "sensitivity": sensitivity,
        "myelopathy": myelopathy,
    }
    decided: dict[str, object] = {}
    fired: list[Rule] = []
    for rule in RULES:
        if rule.applies(facts) and not set(rule.then) & set(decided):
            decided.update(rule.then)
            fired.append(rule)
    radiation_rule = next(r for r in fired if r.pillar == "NO")
    mechanical_rule = next(r for r in fired if r.pillar == "M")

    grey = (
        f" Grade {grade.value} is the contested grey zone." if facts["escc"] == "borderline" else ""
    )
    trail = (
        TrailStep(
            "N",
            f"ESCC grade {grade.value} ({ESCC_DEFINITIONS[grade].lower()}); "
            f"{facts['escc']} grade; myelopathy {'present' if myelopathy else 'absent'}.",
            (
                "High-grade compression needs the cord cleared unless the tumour is radiosensitive."
                if facts["escc"] == "high"
                else "No surgery is needed for the compression itself."
            )
            + grey,
            "bilsky2010",
        ),
        TrailStep(
            "O",
            f"Radiosensitivity to conventional EBRT: {sensitivity} ({source}).",
            radiation_rule.rationale,
            REFERENCE,
        ),
        *(
            TrailStep("O", note.finding, note.note, note.citekey)
            for note in EVIDENCE_NOTES
            if note.applies(facts)
        ),
        TrailStep(
            "M",
            f"SINS {sins_total}: {facts['sins']}.",
            mechanical_rule.rationale,
            mechanical_rule.citekey,
        ),
        TrailStep(
            "S",
            f"Fit for surgery: {'yes' if fit else 'no'}.",
            "Operative options are open."
            if fit
            else "Non-operative options only: radiation, and percutaneous stabilisation or "
            "cement augmentation if the spine is unstable.",
            REFERENCE,
        ),
    )
    return Recommendation(
        radiation=decided["radiation"],
        separation_surgery=decided["separation_surgery"],
        stabilization=decided["stabilization"],
        surgical_consultation=decided["surgical_consultation"],
        branch=decided["branch"],
        rules=tuple(r.id for r in fired),
        trail=trail,
    )


@dataclass(frozen=True, slots=True)
class DecisionChange:
    """A single-pillar change that alters the recommendation."""

    pillar: str
    argument: str
    new_value: object
    summary: str


_ALTERNATIVES = {
    "escc_grade": ("N", tuple(g.value for g in EsccGrade)),
    "radiosensitivity": ("O", RADIOSENSITIVITIES),
    "sins_total": (
        "M",
        tuple(v for a, b in itertools.pairwise(SINS_BANDS.values()) for v in (a.high, b.low)),
    ),
    "fit_for_surgery": ("S", (True, False)),
}


def decision_changes(**inputs) -> list[DecisionChange]:
    """Which single change of one pillar changes the recommendation's summary.

    Takes the arguments of :func:`recommend`. SINS is tried on both sides of every
    edge between its bands (:data:`SINS_BANDS`), radiosensitivity at each group.

    >>> changes = decision_changes(escc_grade="2", myelopathy=False, primary="kidney",
    ...                            sins_total=8, fit_for_surgery=True)
    >>> sorted({c.argument for c in changes})
    ['escc_grade', 'fit_for_surgery', 'radiosensitivity', 'sins_total']
    """
    base = recommend(**inputs)
    if inputs.get("radiosensitivity") is None and inputs.get("primary") is not None:
        inputs = {**inputs, "radiosensitivity": _radiosensitivity(inputs["primary"])}
    changes = []
    for argument, (pillar, values) in _ALTERNATIVES.items():
        for value in values:
            if value == inputs[argument]:
                continue
            other = recommend(**{**inputs, argument: value})
            if other.summary != base.summary:
                changes.append(DecisionChange(pillar, argument, value, other.summary))
    return changes
