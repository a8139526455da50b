"""The NOMS rules (Laufer 2013) as data: one record per rule, in evaluation order.

Each rule tests derived facts (radiosensitive, ESCC group, fit for surgery, SINS
band) and sets its consequence, with its rationale and citekey. The cut-offs it
rests on are not typed here: SINS bands come from :mod:`spinemet_core.scores.sins`,
ESCC groups from :mod:`spinemet_core.escc`. :mod:`spinemet_core.noms` applies the
rules; :mod:`spinemet_core.noms_tree` draws them as a decision diagram. Correcting a
rule is a one-record change that a clinician can review.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .errors import InvalidInputError, require_choice
from .escc import ESCC_GROUPS, grades_text
from .fidelity import CONFIRMED, Fidelity, secondary
from .results import Band
from .scores import INSTRUMENTS

__all__ = [
    "FIDELITY",
    "QUESTIONS",
    "RADIOSENSITIVITIES",
    "REFERENCE",
    "RULES",
    "SINS_BANDS",
    "Rule",
    "answer_text",
]

REFERENCE = "laufer2013_noms"
RADIOSENSITIVITIES = ("high", "moderate", "resistant")

SINS_BANDS: Mapping[str, Band] = MappingProxyType(
    {band.key: band for band in INSTRUMENTS["sins"].bands}
)
"""Values of the mechanical fact, each naming its band of
:data:`spinemet_core.scores.sins.BANDS` by its registry key.
"""

QUESTIONS: Mapping[str, str] = MappingProxyType(
    {
        "radiosensitive": "Radiosensitive to cEBRT?",
        "escc": "ESCC grade?",
        "fit": "Fit for surgery?",
        "sins": "SINS",
    }
)
"""Each derived fact a rule tests, worded as the decision diagram asks it."""

_YES_NO = {"radiosensitive": ("yes", "no"), "fit": ("fit", "unfit")}
_ANSWERS: Mapping[str, tuple] = MappingProxyType(
    {
        "radiosensitive": (True, False),
        "escc": tuple(dict.fromkeys(ESCC_GROUPS.values())),
        "fit": (True, False),
        "sins": tuple(SINS_BANDS),
    }
)
"""The values each fact takes (the answers to its question)."""


def _same(value: object, allowed: object) -> bool:
    return value == allowed and isinstance(value, bool) == isinstance(allowed, bool)


def answer_text(fact: str, values: tuple) -> str:
    """An answer to the question of ``fact`` that covers ``values``, in words.

    ESCC groups are given as their grades (:func:`spinemet_core.escc.grades_text`), SINS
    bands as their range of totals; adjacent groups or bands are joined into one range.

    >>> answer_text("escc", ("low", "borderline")), answer_text("sins", ("unstable",))
    ('0-1c', '13-18')
    >>> answer_text("fit", (False,))
    'unfit'

    Raises
    ------
    InvalidInputError
        ``fact`` not one of :data:`QUESTIONS`, or ``values`` not a non-empty iterable of
        that fact's values.
    """
    fact = require_choice("fact", fact, tuple(QUESTIONS))
    allowed = _ANSWERS[fact]
    described = f"a non-empty tuple of {', '.join(map(repr, allowed))}"
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInputError("values", values, described)
    values = tuple(values)
    if not values or not all(any(_same(v, a) for a in allowed) for v in values):
        raise InvalidInputError("values", values, described)
    if fact == "escc":
        return grades_text(*values)
    if fact == "sins":
        bands = [SINS_BANDS[v] for v in values]
        return Band(min(b.low for b in bands), max(b.high for b in bands), "").range_text
    yes, no = _YES_NO[fact]
    return "/".join(yes if v else no for v in values)


@dataclass(frozen=True, slots=True)
class Rule:
    """One NOMS rule: when every fact in ``when`` matches, apply ``then``.

    ``when`` maps a derived fact (``radiosensitive``, ``escc``, ``fit``,
    ``sins``; see :data:`QUESTIONS`) to the tuple of values for which the rule
    applies, in the order the decision diagram asks them. ``label`` is the short
    wording of the consequence in the diagram; a rule whose consequence repeats an
    earlier rule's gives only its qualifier (shown in brackets after it). ``fidelity``
    overrides the status of the rule's citekey in :data:`FIDELITY`.
    """

    id: str
    pillar: str
    when: Mapping[str, tuple]
    then: Mapping[str, object]
    rationale: str
    citekey: str
    label: str = ""
    fidelity: Fidelity | None = None

    def applies(self, facts: Mapping[str, object]) -> bool:
        """Whether every condition of the rule holds for ``facts``."""
        return all(facts[name] in allowed for name, allowed in self.when.items())


def _rule(id, pillar, label, when, then, rationale, citekey=REFERENCE, fidelity=None) -> Rule:
    return Rule(
        id,
        pillar,
        MappingProxyType(when),
        MappingProxyType(then),
        rationale,
        citekey,
        label,
        fidelity,
    )


FIDELITY: Mapping[str, Fidelity] = MappingProxyType(
    {
        REFERENCE: CONFIRMED,  # the core rules, in the abstract of Laufer 2013
        "fisher2010": secondary("Radiopaedia, CancerCalc and MDApp SINS pages"),
    }
)
"""How far the rules were checked (:mod:`spinemet_core.fidelity`), by citekey."""


_UNSTABLE, _INDETERMINATE, _STABLE = (
    SINS_BANDS[k].range_text for k in ("unstable", "indeterminate", "stable")
)


RULES: tuple[Rule, ...] = (
    # Neurologic + oncologic: the radiation decision (first matching rule wins).
    _rule(
        "radiosensitive",
        "NO",
        "cEBRT",
        {"radiosensitive": (True,)},
        {"radiation": "cEBRT", "separation_surgery": False, "branch": "radiosensitive"},
        "Radiosensitive histology: conventional EBRT controls the tumour and relieves "
        "epidural compression, whatever the ESCC grade.",
    ),
    _rule(
        "resistant-low",
        "NO",
        "SRS",
        {"radiosensitive": (False,), "escc": ("low",)},
        {"radiation": "SRS", "separation_surgery": False, "branch": "resistant-low"},
        "Radioresistant histology with low-grade ESCC: stereotactic radiosurgery gives durable "
        "local control without surgery.",
    ),
    _rule(
        "resistant-borderline",
        "NO",
        f"{grades_text('borderline')}: grey zone",
        {"radiosensitive": (False,), "escc": ("borderline",)},
        {"radiation": "SRS", "separation_surgery": False, "branch": "resistant-low"},
        f"Grade {grades_text('borderline')} (cord abutted, not compressed) is the contested grey "
        "zone; the suite follows "
        "the low-grade branch (SRS), while some centres operate first.",
        fidelity=secondary("Radiopaedia ESCC scale pages (1c is debated)"),
    ),
    _rule(
        "resistant-high-fit",
        "NO",
        "Separation surgery + SRS",
        {"radiosensitive": (False,), "escc": ("high",), "fit": (True,)},
        {"radiation": "SRS", "separation_surgery": True, "branch": "resistant-high-fit"},
        "Radioresistant histology with high-grade ESCC in a patient fit for surgery: separation "
        "surgery clears the cord, then SRS controls the tumour (hybrid therapy).",
    ),
    _rule(
        "resistant-high-unfit",
        "NO",
        "cEBRT (palliative)",
        {"radiosensitive": (False,), "escc": ("high",), "fit": (False,)},
        {"radiation": "cEBRT", "separation_surgery": False, "branch": "resistant-high-unfit"},
        "Radioresistant histology with high-grade ESCC in a patient who cannot tolerate surgery: "
        "conventional EBRT as palliation.",
    ),
    # Mechanical: independent of the radiation decision.
    _rule(
        "unstable",
        "M",
        "stabilize",
        {"sins": ("unstable",)},
        {"stabilization": True, "surgical_consultation": True},
        f"SINS {_UNSTABLE}, mechanical instability (Fisher 2010, whose own advice is a surgical "
        "consultation from 7): NOMS stabilises an unstable spine (open or percutaneous "
        "instrumentation) whatever the radiation plan.",
    ),
    _rule(
        "indeterminate",
        "M",
        "consult surgeon",
        {"sins": ("indeterminate",)},
        {"stabilization": False, "surgical_consultation": True},
        f"SINS {_INDETERMINATE}, indeterminate: ask a spine surgeon before radiotherapy.",
        "fisher2010",
    ),
    _rule(
        "stable",
        "M",
        "stable",
        {"sins": ("stable",)},
        {"stabilization": False, "surgical_consultation": False},
        f"SINS {_STABLE}, stable: no stabilisation needed.",
        "fisher2010",
    ),
)
"""The rules, in evaluation order; within a pillar the first matching rule applies."""
