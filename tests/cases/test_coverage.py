"""Every NOMS branch and every band of every registered instrument is reached by the bank's
hand-written cases or by a fixed sample of its templates' variants (seeds 0-19 of each
template; spinemet_core/cases/coverage.py); one test per target lists what reaches it."""

from collections import Counter

import pytest

from spinemet_core import rcc, scores
from spinemet_core.cases import bank_folder, draw, load_bank, load_case, load_templates
from spinemet_core.cases.coverage import coverage, targets
from spinemet_core.noms_rules import RULES
from spinemet_core.noms_tree import TREE

CASES, PROBLEMS = load_bank(bank_folder())
TEMPLATES, TEMPLATE_PROBLEMS = load_templates(bank_folder())
SAMPLE_SEEDS = range(20)
"""The variants of each template counted: a fixed sample, the same on every run."""
VARIANTS = [draw(t, seed).case for t in TEMPLATES for seed in SAMPLE_SEEDS]
TEMPLATE_OF = {case.id: case.id.rpartition("--")[0] for case in VARIANTS}
COVERAGE = coverage([*CASES, *VARIANTS])
TARGETS = targets()


@pytest.mark.parametrize("target", TARGETS, ids=[t.id for t in TARGETS])
def test_target_is_reached_by_a_case_or_a_template(target):
    """Some hand-written case or sampled template variant reaches this band, rule or tree
    edge (the cases, and the templates with how many of their sampled variants, are printed)."""
    reached = COVERAGE.reached[target]
    hand = [i for i in reached if i not in TEMPLATE_OF]
    drawn = Counter(TEMPLATE_OF[i] for i in reached if i in TEMPLATE_OF)
    variants = ", ".join(f"{t} ({n} of {len(SAMPLE_SEEDS)})" for t, n in sorted(drawn.items()))
    print(
        f"{target.id} ({target.label}): cases {', '.join(hand) or '-'}; templates {variants or '-'}"
    )
    assert reached, f"{target.id} is reached by no case and no template"


def test_nothing_is_missing():
    """The report lists no target as not reached, and the bank and its templates are valid."""
    assert [] == PROBLEMS
    assert [] == TEMPLATE_PROBLEMS
    assert () == COVERAGE.missing


def test_the_sample_counts_every_template():
    """Twenty variants of each of the bank's templates (at least 15) are counted."""
    assert len(TEMPLATES) >= 15
    assert {t.id: len(SAMPLE_SEEDS) for t in TEMPLATES} == Counter(TEMPLATE_OF.values())


def test_templates_alone_reach_bands_of_several_instruments():
    """The sampled variants by themselves reach bands (so counting them is not idle)."""
    alone = coverage(VARIANTS)
    owners = {t.owner for t, ids in alone.reached.items() if ids and t.kind == "band"}
    assert {"sins", "katagiri_new", "tomita", "imdc", "tokuhashi_revised"} <= owners


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
    assert "band:nesms/score_0 (0: NESMS 0: highest 1-year mortality): prog-12" in (
        coverage(CASES).report()
    )


def test_bank_holds_sixty_cases_and_180_questions_over_every_topic():
    """Issue 18 item 4: at least 60 hand-written cases and 180 questions, 10 or more per topic."""
    from collections import Counter

    from spinemet_core.cases import TOPICS

    per_topic = Counter(c.topic for c in CASES)
    assert len(CASES) >= 60
    assert sum(len(c.questions) for c in CASES) >= 180
    assert dict.fromkeys(TOPICS, True) == {t: per_topic[t] >= 10 for t in TOPICS}
