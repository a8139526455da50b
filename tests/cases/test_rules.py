"""Template constraints and derivations: the core's own rules, read strictly."""

import pytest

from spinemet_core.cases._strict import Collector
from spinemet_core.cases.rules import DERIVATIONS, alpha_beta, parse_constraints
from spinemet_core.cases.variables import Measured
from spinemet_core.performance import performance_check
from spinemet_core.radiobiology import ALPHA_BETA


def _one(raw, names=("kps", "ecog", "m", "g", "a", "b")):
    out = Collector()
    found = parse_constraints([raw], set(names), out)
    return (found[0] if found else None), out.problems


@pytest.mark.parametrize("kps", range(10, 101, 10))
@pytest.mark.parametrize("ecog", range(5))
def test_performance_agrees_is_the_performance_check(kps, ecog):
    """The ECOG-KPS rule gives exactly performance_check's verdict."""
    rule, _ = _one({"rule": "performance_agrees", "kps": "kps", "ecog": "ecog"})
    assert performance_check(kps=kps, ecog=ecog).consistent == rule.holds(
        {"kps": kps, "ecog": ecog}
    )


@pytest.mark.parametrize(
    ("myelopathy", "grade", "holds"),
    [
        (True, "3", True),
        (True, "2", True),
        (True, "1c", False),
        (True, "0", False),
        (False, "0", True),
    ],
)
def test_myelopathy_needs_high_grade_compression(myelopathy, grade, holds):
    """Myelopathy is allowed only with a high-grade ESCC (cord compressed)."""
    rule, _ = _one({"rule": "myelopathy_needs_compression", "myelopathy": "m", "escc_grade": "g"})
    assert holds == rule.holds({"m": myelopathy, "g": grade})


def test_implies_reads_lists_and_bounds_and_measured_values():
    """``implies`` checks list membership and {min, max}, on bare or measured numbers."""
    rule, problems = _one({"rule": "implies", "if": {"a": ["x"]}, "then": {"b": {"max": 50}}})
    assert [] == problems
    assert rule.holds({"a": "x", "b": Measured(50.0, "g/L")})
    assert not rule.holds({"a": "x", "b": 60})
    assert rule.holds({"a": "y", "b": 60})


def test_at_most_takes_literals():
    """``at_most`` compares a variable with a literal number."""
    rule, _ = _one({"rule": "at_most", "left": 5, "right": "a"})
    assert rule.holds({"a": 5}) and not rule.holds({"a": 4})


@pytest.mark.parametrize(
    ("raw", "where", "reason"),
    [
        ({"rule": "nonsense"}, "constraints/0/rule", "allowed: performance_agrees"),
        ({"rule": "at_most", "left": "zz", "right": 1}, "constraints/0/left", "not a variable"),
        ({"rule": "at_most", "left": 1}, "constraints/0", "exactly: rule, left, right"),
        ({"rule": "implies", "if": {"a": 3}, "then": {"b": [1]}}, "constraints/0/if/a", "list"),
    ],
)
def test_a_bad_constraint_is_reported_with_its_path(raw, where, reason):
    """Unknown rules, unknown variables and malformed conditions are refused."""
    _rule, problems = _one(raw)
    assert any(w == where and reason in r for w, r in problems), problems


def test_alpha_beta_is_read_from_the_radiobiology_table():
    """The ``alpha_beta`` derivation returns spinemet_core.radiobiology.ALPHA_BETA values."""
    assert ALPHA_BETA == {t: alpha_beta(t) for t in ALPHA_BETA}
    assert DERIVATIONS["alpha_beta"] is alpha_beta
