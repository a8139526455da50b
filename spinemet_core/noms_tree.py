"""The NOMS rules drawn as a decision tree: questions, answers, outcomes and the path taken.

Everything here is derived from :data:`spinemet_core.noms_rules.RULES`: a rule's
conditions, in order, are the questions on its route (one node per derived fact,
worded by :data:`~spinemet_core.noms_rules.QUESTIONS`); its consequence is the
outcome at the end. Rules that reach the same consequence from the same question
share one outcome, and the answers on their edges are joined (ESCC "0-1b" and "1c"
become "0-1c"). The path taken is the routes of the rules that fired.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .noms_rules import QUESTIONS, RULES, Rule, answer_text

__all__ = ["TREE", "DecisionTree", "Edge", "Node", "decision_tree", "question_key"]


@dataclass(frozen=True, slots=True)
class Node:
    """A box of the diagram: a question (``fact`` set) or an outcome (``fact`` is ``None``).

    ``key`` is ``"<fact>?"`` for a question and the id of the first rule reaching an
    outcome; ``label`` is the question's wording or the outcome's (the first rule's
    label, later rules' labels in brackets).
    """

    key: str
    pillar: str
    label: str
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class Edge:
    """An answer: from a question node to the next question or to an outcome."""

    source: str
    target: str
    fact: str
    values: tuple
    label: str


@dataclass(frozen=True, slots=True)
class DecisionTree:
    """Nodes (in rule order), edges, and each rule's route from its first question."""

    nodes: Mapping[str, Node]
    edges: tuple[Edge, ...]
    routes: Mapping[str, tuple[str, ...]]

    def path(self, rule_ids: Iterable[str]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """The node keys and (source, target) edges on the routes of ``rule_ids``.

        >>> nodes, edges = TREE.path(["resistant-high-fit", "stable"])
        >>> sorted(nodes)
        ['escc?', 'fit?', 'radiosensitive?', 'resistant-high-fit', 'sins?', 'stable']
        >>> ("escc?", "fit?") in edges
        True
        """
        routes = [self.routes[r] for r in rule_ids]
        nodes = frozenset(k for route in routes for k in route)
        edges = frozenset(pair for route in routes for pair in itertools.pairwise(route))
        return nodes, edges

    def edge(self, source: str, target: str) -> Edge:
        """The edge from ``source`` to ``target``."""
        return next(e for e in self.edges if (e.source, e.target) == (source, target))


def question_key(fact: str) -> str:
    """Key of the node asking about ``fact`` (e.g. ``"escc?"``)."""
    return f"{fact}?"


def decision_tree(rules: Iterable[Rule] = RULES) -> DecisionTree:
    """Derive the diagram from ``rules`` (by default the suite's NOMS rules).

    >>> tree = decision_tree()
    >>> tree.nodes["resistant-low"].label
    'SRS (1c: grey zone)'
    >>> [(e.target, e.label) for e in tree.edges if e.source == "escc?"]
    [('resistant-low', '0-1c'), ('fit?', '2-3')]
    >>> tree.routes["resistant-borderline"]
    ('radiosensitive?', 'escc?', 'resistant-low')
    """
    nodes: dict[str, Node] = {}
    qualifiers: dict[str, list[str]] = {}
    answers: dict[tuple[str, str], tuple[str, list]] = {}
    outcomes: dict[tuple, str] = {}
    routes: dict[str, tuple[str, ...]] = {}
    for rule in rules:
        route = [question_key(fact) for fact in rule.when]
        for fact, key in zip(rule.when, route, strict=True):
            nodes.setdefault(key, Node(key, rule.pillar, QUESTIONS[fact], fact))
        identity = (route[-1], tuple(rule.then.items()))
        outcome = outcomes.setdefault(identity, rule.id)
        if outcome == rule.id:
            nodes[outcome] = Node(outcome, rule.pillar, rule.label)
            qualifiers[outcome] = []
        elif rule.label:
            qualifiers[outcome].append(rule.label)
        route.append(outcome)
        routes[rule.id] = tuple(route)
        for (fact, allowed), pair in zip(rule.when.items(), itertools.pairwise(route), strict=True):
            values = answers.setdefault(pair, (fact, []))[1]
            values.extend(v for v in allowed if v not in values)
    for key, notes in qualifiers.items():
        if notes:
            node = nodes[key]
            nodes[key] = Node(key, node.pillar, f"{node.label} ({'; '.join(notes)})")
    edges = tuple(
        Edge(source, target, fact, tuple(values), answer_text(fact, tuple(values)))
        for (source, target), (fact, values) in answers.items()
    )
    return DecisionTree(MappingProxyType(nodes), edges, MappingProxyType(routes))


TREE: DecisionTree = decision_tree()
"""The decision tree of :data:`spinemet_core.noms_rules.RULES`."""
