"""Vignettes say what their findings encode: a learner who reads the story scores the same items."""

from spinemet_core.cases import bank_folder, load_bank
from spinemet_core.scores import tomita

CASES = {c.id: c for c in load_bank(bank_folder())[0]}


def test_prog05_liver_metastases_are_treatable_at_first_relapse():
    """At the first relapse of ER-positive breast cancer, endocrine therapy with a CDK4/6
    inhibitor remains, so Tomita counts the liver metastases as treatable: total 5."""
    case = CASES["prog-05"]
    assert "not controllable" not in case.vignette
    assert (
        "The tumour board judges the liver metastases unresectable, but plans first-line treatment "
        "with an aromatase inhibitor and a CDK4/6 inhibitor to control them."
    ) in " ".join(case.vignette.split())
    assert "treatable" == case.findings["tomita"]["visceral_mets"]
    assert "unremovable" == case.findings["tokuhashi_revised"]["visceral_mets"]
    assert 5 == tomita(**case.findings["tomita"]).total
    question = next(q for q in case.questions if q.id == "tomita-total")
    assert 5 == question.answer
