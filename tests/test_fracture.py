"""Tests for the Sahgal 2013 fracture-risk groups by dose per fraction."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.evidence.fracture import SAHGAL_2013_RISK_FACTORS
from spinemet_core.fracture import REFERENCE, VCF_DOSE_GROUPS, vcf_assessment, vcf_risk_group
from spinemet_core.references import REFERENCES


@pytest.mark.parametrize(
    ("dose", "key"),
    [
        (0, "lowest"),
        (8, "lowest"),
        (19, "lowest"),
        (19.5, "lowest"),
        (19.99, "lowest"),
        (20, "intermediate"),
        (23, "intermediate"),
        (23.5, "intermediate"),
        (23.99, "intermediate"),
        (24, "highest"),
        (24.01, "highest"),
        (30, "highest"),
    ],
)
def test_vcf_risk_group_every_boundary(dose, key):
    """20 and 24 Gy per fraction open the intermediate and highest groups; below 20 is lowest."""
    assert key == vcf_risk_group(dose_per_fraction=dose).key


def test_vcf_risk_group_labels_are_the_published_wording():
    """The labels shown on dashboard 04 read as before."""
    expected = [
        "highest-risk group (24 Gy or more per fraction)",
        "intermediate-risk group (20-23 Gy per fraction)",
        "lowest-risk group (19 Gy or less per fraction)",
    ]
    assert expected == [g.label for g in VCF_DOSE_GROUPS]


def test_risk_factor_sentence_is_rendered_from_the_groups():
    """The first Sahgal 2013 risk factor names the three dose ranges of the groups."""
    expected = "dose per fraction: 24 Gy or more highest risk, then 20-23 Gy, lowest 19 Gy or less"
    assert expected == SAHGAL_2013_RISK_FACTORS[0]


def test_vcf_groups_cite_an_existing_reference():
    """The groups' citekey resolves."""
    assert "sahgal2013_vcf" == REFERENCE
    assert REFERENCE in REFERENCES


@pytest.mark.parametrize("bad", [-0.1, True, "24", float("inf")])
def test_vcf_risk_group_rejects_bad_doses(bad):
    """A negative, boolean, text or infinite dose raises InvalidInputError."""
    with pytest.raises(InvalidInputError, match="dose_per_fraction"):
        vcf_risk_group(dose_per_fraction=bad)


def test_vcf_assessment_applies_the_groups_to_sbrt_only():
    """SBRT gets its group; cEBRT none (Sahgal 2013 treated SBRT only); unknown keeps the
    group it would have as SBRT but does not claim it applies."""
    sbrt = vcf_assessment(dose_per_fraction=24, technique="SBRT")
    cebrt = vcf_assessment(dose_per_fraction=8, technique="cEBRT")
    unknown = vcf_assessment(dose_per_fraction=20, technique=None)
    assert (True, "highest") == (sbrt.applies, sbrt.group.key)
    assert (False, None) == (cebrt.applies, cebrt.group)
    assert (False, "intermediate") == (unknown.applies, unknown.group.key)


def test_vcf_assessment_rejects_an_unknown_technique():
    """A technique outside cEBRT/SBRT raises, naming the argument."""
    with pytest.raises(InvalidInputError, match="^technique: got 'IMRT'"):
        vcf_assessment(dose_per_fraction=8, technique="IMRT")
