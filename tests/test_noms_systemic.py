"""Tests of spinemet_core.noms_systemic: systemic findings that argue against surgery."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.noms import recommend
from spinemet_core.noms_systemic import SYSTEMIC_FINDINGS, systemic_flag
from spinemet_core.references import REFERENCES

FINDINGS = {f.name: f for f in SYSTEMIC_FINDINGS}
AGAINST = {
    "ecog": "3-4",
    "comorbidity": "severe or uncontrolled",
    "systemic_disease": "extensive, progressing",
}
COMBINATIONS = list(itertools.product(*(f.values for f in SYSTEMIC_FINDINGS), (True, False)))


def test_the_findings_and_their_options_are_those_the_dashboard_offered():
    """Three findings, three options each, defaults as before, one option against surgery each."""
    assert ["ecog", "comorbidity", "systemic_disease"] == list(FINDINGS)
    assert ("0-1", "2", "3-4") == FINDINGS["ecog"].values
    assert ("none or minor", "significant, controlled", "severe or uncontrolled") == FINDINGS[
        "comorbidity"
    ].values
    assert ("limited", "extensive, controlled", "extensive, progressing") == FINDINGS[
        "systemic_disease"
    ].values
    assert ["0-1", "none or minor", "limited"] == [f.default for f in SYSTEMIC_FINDINGS]
    assert AGAINST == {f.name: next(iter(f.against)) for f in SYSTEMIC_FINDINGS}


@pytest.mark.parametrize(("ecog", "comorbidity", "systemic_disease", "fit"), COMBINATIONS)
def test_each_combination_is_flagged_exactly_when_fit_meets_a_finding_against(
    ecog, comorbidity, systemic_disease, fit
):
    """All 54 combinations: concerns are the adverse options; the flag needs a "fit" call too."""
    given = {"ecog": ecog, "comorbidity": comorbidity, "systemic_disease": systemic_disease}
    flag = systemic_flag(**given, fit_for_surgery=fit)
    adverse = [name for name, value in given.items() if AGAINST[name] == value]
    assert [FINDINGS[n].against[AGAINST[n]] for n in adverse] == list(flag.concerns)
    assert (fit and bool(adverse)) == flag.flagged


def test_the_issue_case_is_flagged_with_three_cited_findings():
    """ECOG 3-4 + severe comorbidity + progressing disease + fit: three concerns, each cited."""
    flag = systemic_flag(
        ecog="3-4",
        comorbidity="severe or uncontrolled",
        systemic_disease="extensive, progressing",
        fit_for_surgery=True,
    )
    assert True is flag.flagged
    assert ["katagiri2014", "laufer2013_noms", "patchell2005"] == [c.citekey for c in flag.concerns]
    assert all(c.citekey in REFERENCES for c in flag.concerns)


def test_flag_counts_by_combination():
    """Of the 27 finding combinations, 19 hold at least one finding against surgery (27 − 2³)."""
    flagged = [
        c
        for c in COMBINATIONS
        if systemic_flag(
            ecog=c[0], comorbidity=c[1], systemic_disease=c[2], fit_for_surgery=c[3]
        ).flagged
    ]
    assert 19 == len(flagged)


def test_the_flag_leaves_the_recommendation_unchanged():
    """recommend() has no systemic argument: the plan follows the learner's fitness call."""
    rec = recommend(
        escc_grade="2", myelopathy=False, primary="kidney", sins_total=4, fit_for_surgery=True
    )
    assert "Separation surgery, then SRS" == rec.summary


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"ecog": "3"}, "ecog"),
        ({"comorbidity": "severe"}, "comorbidity"),
        ({"systemic_disease": None}, "systemic_disease"),
        ({"fit_for_surgery": 1}, "fit_for_surgery"),
    ],
)
def test_invalid_findings_are_refused_with_the_field_named(kwargs, field):
    """A value outside a finding's options is refused and the argument is named."""
    given = {
        "ecog": "0-1",
        "comorbidity": "none or minor",
        "systemic_disease": "limited",
        "fit_for_surgery": True,
    }
    with pytest.raises(InvalidInputError) as caught:
        systemic_flag(**{**given, **kwargs})
    assert field == caught.value.field
