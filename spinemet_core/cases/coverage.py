"""Which NOMS branches and which score bands a set of cases reaches.

The targets are derived from the core, never listed by hand: every band of every
record of :data:`spinemet_core.scores.INSTRUMENTS` and
:data:`spinemet_core.rcc.RISK_MODELS` (for a family such as MSKCC, every band of
each version as well), every rule of :data:`spinemet_core.noms_rules.RULES` and
every edge of the decision tree :data:`spinemet_core.noms_tree.TREE`. A case
reaches a target when the core, run on the case's ``findings``, lands in that band
or fires that rule. :func:`coverage` takes any iterable of cases, so the sampled
variants of templates can be counted with the hand-written bank.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .. import rcc, scores
from ..noms_rules import RULES
from ..noms_tree import TREE
from .keys import INSTRUMENTS
from .model import Case

__all__ = ["Coverage", "Target", "coverage", "reached_by", "targets"]

_RECORDS: Mapping = MappingProxyType({**scores.INSTRUMENTS, **rcc.RISK_MODELS})


@dataclass(frozen=True, slots=True)
class Target:
    """Something a case can reach: a score band, a NOMS rule or an edge of the NOMS tree.

    ``kind`` is ``"band"``, ``"noms-rule"`` or ``"noms-edge"``; ``owner`` the instrument
    (with its version for a family, e.g. ``"mskcc 2002"``) or ``"noms"``; ``key`` the
    band's registry key, the rule's id or ``"source->target"``; ``label`` the words a
    reader sees (the band's range and label, the rule's label, the edge's answer).
    """

    kind: str
    owner: str
    key: str
    label: str

    @property
    def id(self) -> str:
        """A short unique name, e.g. ``"band:sins/unstable"`` (used as a test id)."""
        return f"{self.kind}:{self.owner.replace(' ', '-')}/{self.key}"


def _band(owner: str, band) -> Target:
    return Target("band", owner, band.key, f"{band.range_text}: {band.label}")


def _edge(source: str, target: str) -> Target:
    edge = TREE.edge(source, target)
    return Target("noms-edge", "noms", f"{source}->{target}", f"{edge.fact} = {edge.label}")


def targets() -> tuple[Target, ...]:
    """Every band of every registered instrument (each version of a family too), every
    NOMS rule and every edge of the NOMS tree, in registry and rule order.

    >>> found = targets()
    >>> [t.id for t in found if t.owner == "sins"]
    ['band:sins/stable', 'band:sins/indeterminate', 'band:sins/unstable']
    >>> sum(t.kind == "noms-rule" for t in found) == len(RULES)
    True
    """
    found: list[Target] = []
    for name, record in _RECORDS.items():
        found.extend(_band(name, band) for band in record.bands)
        for version, sub in record.versions.items():
            found.extend(_band(f"{name} {version}", band) for band in sub.bands)
    found.extend(Target("noms-rule", "noms", rule.id, rule.label) for rule in RULES)
    found.extend(_edge(e.source, e.target) for e in TREE.edges)
    return tuple(found)


def reached_by(case: Case) -> Iterator[Target]:
    """The targets one case reaches: the band of each scored instrument in its findings,
    the rules its NOMS findings fire and the edges on their routes."""
    for name, inputs in case.findings.items():
        if name in _RECORDS:
            band = INSTRUMENTS[name](**inputs).band
            yield _band(name, band)
            if _RECORDS[name].versions:
                yield _band(f"{name} {inputs['version']}", band)
        elif name == "noms":
            rules = INSTRUMENTS[name](**inputs).rules
            by_id = {rule.id: rule for rule in RULES}
            yield from (Target("noms-rule", "noms", r, by_id[r].label) for r in rules)
            yield from (_edge(*pair) for pair in sorted(TREE.path(rules)[1]))


@dataclass(frozen=True, slots=True)
class Coverage:
    """``reached`` maps every target to the ids of the cases that reach it (in case order,
    empty when none does); ``missing`` lists the targets no case reaches."""

    reached: Mapping[Target, tuple[str, ...]]

    @property
    def missing(self) -> tuple[Target, ...]:
        """Targets that no case reaches, in :func:`targets` order."""
        return tuple(t for t, ids in self.reached.items() if not ids)

    def report(self) -> str:
        """One line per target: its id, its label and the cases that reach it."""
        return "\n".join(
            f"{t.id} ({t.label}): {', '.join(ids) or 'NOT REACHED'}"
            for t, ids in self.reached.items()
        )


def coverage(cases: Iterable[Case]) -> Coverage:
    """Which cases reach each target of :func:`targets`.

    Parameters
    ----------
    cases : iterable of Case
        Hand-written cases, sampled template variants, or both; each case's findings
        must be valid (as :func:`spinemet_core.cases.load_bank` guarantees).

    Returns
    -------
    Coverage
        Every target with the ids of the cases reaching it.

    Raises
    ------
    InvalidInputError
        A case's findings are not valid inputs of their instrument.

    >>> from spinemet_core.cases import bank_folder, load_case
    >>> case = load_case(bank_folder() / "noms_framework" / "noms-01.yaml")
    >>> hit = coverage([case])
    >>> [t.id for t, ids in hit.reached.items() if ids and t.kind != "noms-edge"]
    ['band:sins/stable', 'noms-rule:noms/radiosensitive', 'noms-rule:noms/stable']
    """
    found: dict[Target, list[str]] = {t: [] for t in targets()}
    for case in cases:
        for target in dict.fromkeys(reached_by(case)):
            if case.id not in found.setdefault(target, []):
                found[target].append(case.id)
    return Coverage(MappingProxyType({t: tuple(ids) for t, ids in found.items()}))
