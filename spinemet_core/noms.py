"""The NOMS decision framework (Laufer 2013) as an ordered table of rules.

Neurologic (Bilsky ESCC grade, myelopathy), Oncologic (radiosensitivity of the
histology to conventional EBRT), Mechanical (instability by SINS) and Systemic
(can the patient tolerate the treatment). Each rule is a record: a condition on
the derived findings, the consequence it sets, the rationale and its citekey.
Correcting a rule is a one-record change that a clinician can review.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import InvalidInputError, require_bool, require_choice, require_int
from .escc import ESCC_DEFINITIONS, EsccGrade, escc_group
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

REFERENCE = "laufer2013_noms"
RADIOSENSITIVITIES = ("high", "moderate", "resistant")


@dataclass(frozen=True, slots=True)
class Rule:
    """One NOMS rule: when every fact in ``when`` matches, apply ``then``.

    ``when`` maps a derived fact (``radiosensitive``, ``escc``, ``fit``,
    ``sins``) to the tuple of values for which the rule applies.
    """

    id: str
    pillar: str
    when: Mapping[str, tuple]
    then: Mapping[str, object]
    rationale: str
    citekey: str

    def applies(self, facts: Mapping[str, object]) -> bool:
        """Whether every condition of the rule holds for ``facts``."""
        return all(facts[name] in allowed for name, allowed in self.when.items())


def _rule(id, pillar, when, then, rationale, citekey=REFERENCE) -> Rule:
    return Rule(id, pillar, MappingProxyType(when), MappingProxyType(then), rationale, citekey)


RULES: tuple[Rule, ...] = (
    # Neurologic + oncologic: the radiation decision (first matching rule wins).
    _rule(
        "radiosensitive",
        "NO",
        {"radiosensitive": (True,)},
        {"radiation": "cEBRT", "separation_surgery": False, "branch": "radiosensitive"},
        "Radiosensitive histology: conventional EBRT controls the tumour and relieves "
        "epidural compression, whatever the ESCC grade.",
    ),
    _rule(
        "resistant-low",
        "NO",
        {"radiosensitive": (False,), "escc": ("low",)},
        {"radiation": "SRS", "separation_surgery": False, "branch": "resistant-low"},
        "Radioresistant histology with low-grade ESCC: stereotactic radiosurgery gives durable "
        "local control without surgery.",
    ),
    _rule(
        "resistant-borderline",
        "NO",
        {"radiosensitive": (False,), "escc": ("borderline",)},
        {"radiation": "SRS", "separation_surgery": False, "branch": "resistant-low"},
        "Grade 1c (cord abutted, not compressed) is the contested grey zone; the suite follows "
        "the low-grade branch (SRS), while some centres operate first.",
    ),
    _rule(
        "resistant-high-fit",
        "NO",
        {"radiosensitive": (False,), "escc": ("high",), "fit": (True,)},
        {"radiation": "SRS", "separation_surgery": True, "branch": "resistant-high-fit"},
        "Radioresistant histology with high-grade ESCC in a patient fit for surgery: separation "
        "surgery clears the cord, then SRS controls the tumour (hybrid therapy).",
    ),
    _rule(
        "resistant-high-unfit",
        "NO",
        {"radiosensitive": (False,), "escc": ("high",), "fit": (False,)},
        {"radiation": "cEBRT", "separation_surgery": False, "branch": "resistant-high-unfit"},
        "Radioresistant histology with high-grade ESCC in a patient who cannot tolerate surgery: "
        "conventional EBRT as palliation.",
    ),
    # Mechanical: independent of the radiation decision.
    _rule(
        "unstable",
        "M",
        {"sins": ("unstable",)},
        {"stabilization": True, "surgical_consultation": True},
        "SINS 13-18, mechanical instability: stabilise (open or percutaneous instrumentation) "
        "whatever the radiation plan.",
        "fisher2010",
    ),
    _rule(
        "indeterminate",
        "M",
        {"sins": ("indeterminate",)},
        {"stabilization": False, "surgical_consultation": True},
        "SINS 7-12, indeterminate: ask a spine surgeon before radiotherapy.",
        "fisher2010",
    ),
    _rule(
        "stable",
        "M",
        {"sins": ("stable",)},
        {"stabilization": False, "surgical_consultation": False},
        "SINS 0-6, stable: no stabilisation needed.",
        "fisher2010",
    ),
)
"""The rules, in evaluation order; within a pillar the first matching rule applies."""


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
    return "stable" if total <= 6 else "indeterminate" if total <= 12 else "unstable"


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
        SINS total, 0-18.
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
        ``stabilization`` (SINS >= 13), ``surgical_consultation`` (SINS >= 7),
        and a ``trail`` of one step per pillar (N, O, M, S).

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
    sins_total = require_int("sins_total", sins_total, minimum=0, maximum=18)
    fit = require_bool("fit_for_surgery", fit_for_surgery)
    if radiosensitivity is not None:
        sensitivity = require_choice("radiosensitivity", radiosensitivity, RADIOSENSITIVITIES)
        source = "set explicitly (override)"
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
    }
    decided: dict[str, object] = {}
    fired: list[Rule] = []
    for rule in RULES:
        if rule.applies(facts) and not set(rule.then) & set(decided):
            decided.update(rule.then)
            fired.append(rule)
    radiation_rule = next(r for r in fired if r.pillar == "NO")
    mechanical_rule = next(r for r in fired if r.pillar == "M")

    grey = " Grade 1c is the contested grey zone." if grade is EsccGrade.G1C else ""
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
        TrailStep(
            "M", f"SINS {sins_total}: {facts['sins']}.", mechanical_rule.rationale, "fisher2010"
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
    "sins_total": ("M", (6, 7, 12, 13)),
    "fit_for_surgery": ("S", (True, False)),
}


def decision_changes(**inputs) -> list[DecisionChange]:
    """Which single change of one pillar changes the recommendation's summary.

    Takes the arguments of :func:`recommend`. SINS is tried at the band edges
    (6, 7, 12, 13), radiosensitivity at each group.

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
