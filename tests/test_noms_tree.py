"""Tests for the NOMS decision tree derived from the rules."""

from types import MappingProxyType

from spinemet_core.noms import recommend
from spinemet_core.noms_rules import RULES, Rule
from spinemet_core.noms_tree import TREE, decision_tree, question_key


def test_tree_has_one_question_per_fact_and_one_outcome_per_consequence():
    """Four questions; five radiation outcomes merge into four, plus three SINS outcomes."""
    assert {
        "radiosensitive?": "Radiosensitive to cEBRT?",
        "radiosensitive": "cEBRT",
        "escc?": "ESCC grade?",
        "resistant-low": "SRS (1c: grey zone)",
        "fit?": "Fit for surgery?",
        "resistant-high-fit": "Separation surgery + SRS",
        "resistant-high-unfit": "cEBRT (palliative)",
        "sins?": "SINS",
        "unstable": "stabilize",
        "indeterminate": "consult surgeon",
        "stable": "stable",
    } == {key: node.label for key, node in TREE.nodes.items()}


def test_tree_edges_carry_the_joined_answers():
    """Low and borderline ESCC share one edge, 0-1c; SINS edges carry the band ranges."""
    assert [
        ("radiosensitive?", "radiosensitive", "yes"),
        ("radiosensitive?", "escc?", "no"),
        ("escc?", "resistant-low", "0-1c"),
        ("escc?", "fit?", "2-3"),
        ("fit?", "resistant-high-fit", "fit"),
        ("fit?", "resistant-high-unfit", "unfit"),
        ("sins?", "unstable", "13-18"),
        ("sins?", "indeterminate", "7-12"),
        ("sins?", "stable", "0-6"),
    ] == [(e.source, e.target, e.label) for e in TREE.edges]


def test_every_rule_has_a_route_ending_in_its_outcome():
    """A rule's route asks its facts in order, then reaches its outcome."""
    for rule in RULES:
        route = TREE.routes[rule.id]
        assert [question_key(f) for f in rule.when] == list(route[:-1])
        assert TREE.nodes[route[-1]].fact is None


def test_path_follows_the_rules_that_fired():
    """Kidney, grade 2, fit, SINS 8: the hybrid route and the indeterminate SINS box."""
    rec = recommend(
        escc_grade="2", myelopathy=False, primary="kidney", sins_total=8, fit_for_surgery=True
    )
    nodes, edges = TREE.path(rec.rules)
    assert {
        "radiosensitive?",
        "escc?",
        "fit?",
        "resistant-high-fit",
        "sins?",
        "indeterminate",
    } == nodes
    assert {
        ("radiosensitive?", "escc?"),
        ("escc?", "fit?"),
        ("fit?", "resistant-high-fit"),
        ("sins?", "indeterminate"),
    } == edges


def test_a_changed_rule_changes_the_tree():
    """Editing one record is enough: a new answer shows up on the diagram's edge."""
    moved = [
        Rule(
            r.id,
            r.pillar,
            MappingProxyType({"radiosensitive": (False,), "escc": ("borderline", "high")}),
            r.then,
            r.rationale,
            r.citekey,
            r.label,
        )
        if r.id == "resistant-high-fit"
        else r
        for r in RULES
        if r.id not in ("resistant-borderline", "resistant-high-unfit")
    ]
    tree = decision_tree(moved)
    assert "1c-3" == tree.edge("escc?", "resistant-high-fit").label
    assert "0-1b" == tree.edge("escc?", "resistant-low").label
    assert "SRS" == tree.nodes["resistant-low"].label
