"""Every NOMS branch and every band of every registered instrument is reached by the bank
(spinemet_core/cases/coverage.py); one test per target lists the cases that reach it."""

import pytest

from spinemet_core import rcc, scores
from spinemet_core.cases import bank_folder, load_bank, load_case
from spinemet_core.cases.coverage import coverage, targets
from spinemet_core.noms_rules import RULES
from spinemet_core.noms_tree import TREE

CASES, PROBLEMS = load_bank(bank_folder())
COVERAGE = coverage(CASES)
TARGETS = targets()


@pytest.mark.parametrize("target", TARGETS, ids=[t.id for t in TARGETS])
def test_target_is_reached_by_a_case(target):
    """Some case of the bank reaches this band, rule or tree edge (its ids are printed)."""
    reached = COVERAGE.reached[target]
    print(f"{target.id} ({target.label}): {', '.join(reached)}")
    assert reached, f"{target.id} is reached by no case"


def test_nothing_is_missing():
    """The report lists no target as not reached, and the bank itself is valid."""
    assert [] == PROBLEMS
    assert () == COVERAGE.missing


def test_targets_are_derived_from_the_registries_and_the_rules():
    """Targets: each band of each record (and of each version), each rule, each tree edge."""
    records = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}
    bands = sum(
        len(r.bands) + sum(len(v.bands) for v in r.versions.values()) for r in records.values()
    )
    assert bands + len(RULES) + len(TREE.edges) == len(TARGETS)
    assert len(TARGETS) == len({t.id for t in TARGETS})
    assert {"nesms"} <= {t.owner for t in TARGETS}


def test_a_single_case_reaches_only_its_own_band_and_rules():
    """One radiosensitive case reaches its SINS band and its two rules, nothing else."""
    case = load_case(bank_folder() / "noms_framework" / "noms-01.yaml")
    hit = coverage([case])
    reached = [t.id for t, ids in hit.reached.items() if ids and t.kind != "noms-edge"]
    assert ["band:sins/stable", "noms-rule:noms/radiosensitive", "noms-rule:noms/stable"] == reached
    assert len(TARGETS) - len(hit.missing) == len([t for t, ids in hit.reached.items() if ids])


def test_no_cases_reach_nothing():
    """An empty iterable of cases leaves every target missing."""
    assert TARGETS == coverage([]).missing


def test_each_case_counted_once_per_target():
    """A case given twice is listed once for each target it reaches."""
    case = load_case(bank_folder() / "noms_framework" / "noms-01.yaml")
    hit = coverage([case, case])
    assert all(ids in ((), ("noms-01",)) for ids in hit.reached.values())


def test_report_lists_every_target_once_and_marks_the_missing():
    """The report has one line per target; with no cases each line says NOT REACHED."""
    lines = coverage([]).report().splitlines()
    assert len(TARGETS) == len(lines)
    assert all(line.endswith(": NOT REACHED") for line in lines)
    assert "band:nesms/score_0 (0: NESMS 0: highest 1-year mortality): prog-12" in COVERAGE.report()


def test_bank_holds_sixty_cases_and_180_questions_over_every_topic():
    """Issue 18 item 4: at least 60 hand-written cases and 180 questions, 10 or more per topic."""
    from collections import Counter

    from spinemet_core.cases import TOPICS

    per_topic = Counter(c.topic for c in CASES)
    assert len(CASES) >= 60
    assert sum(len(c.questions) for c in CASES) >= 180
    assert dict.fromkeys(TOPICS, True) == {t: per_topic[t] >= 10 for t in TOPICS}
