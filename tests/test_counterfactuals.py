"""Tests for the prognosis counterfactuals (counterfactuals.py)."""

import pytest

from spinemet_core.counterfactuals import (
    FlagCounterfactual,
    katagiri_flag_counterfactual,
    tokuhashi_primary_ceiling,
)
from spinemet_core.prognosis import Patient
from spinemet_core.scores import INSTRUMENTS
from spinemet_core.vocabulary import Primary


@pytest.mark.parametrize(
    ("primary", "ceiling"),
    [("lung", 10), ("liver", 11), ("colon", 12), ("kidney", 13), ("rectum", 14), ("breast", 15)],
)
def test_tokuhashi_ceiling_is_ten_plus_the_primary_points(primary, ceiling):
    """Five other items give at most 10 points; the primary adds its own 0-5."""
    assert ceiling == tokuhashi_primary_ceiling(Patient(primary=primary, kps=30, frankel="A"))


def test_tokuhashi_ceiling_never_exceeds_the_maximum_and_is_reachable():
    """For every primary the ceiling is a total the revised score can really give."""
    record = INSTRUMENTS["tokuhashi_revised"]
    for primary in Primary:
        ceiling = tokuhashi_primary_ceiling(Patient(primary=primary))
        best = record.function(
            kps=100,
            extraspinal_bone_foci=0,
            vertebral_body_mets=1,
            visceral_mets="none",
            primary=primary,
            frankel="E",
        )
        assert best.total == ceiling
        assert ceiling <= record.max_points


@pytest.mark.parametrize(
    ("patient", "expected"),
    [
        (Patient(primary="lung"), FlagCounterfactual("targeted_therapy", False, 3, 2)),
        (
            Patient(primary="lung", targeted_therapy=True),
            FlagCounterfactual("targeted_therapy", True, 2, 3),
        ),
        (Patient(primary="breast"), FlagCounterfactual("hormone_dependent", False, 2, 0)),
        (
            Patient(primary="prostate", hormone_dependent=True),
            FlagCounterfactual("hormone_dependent", True, 0, 2),
        ),
    ],
)
def test_katagiri_flag_counterfactual_gives_both_growth_points(patient, expected):
    """Targeted therapy moves lung 3 -> 2; hormone dependence moves breast/prostate 2 -> 0."""
    assert expected == katagiri_flag_counterfactual(patient)


def test_katagiri_flag_counterfactual_is_none_without_a_flag():
    """A kidney primary has no flag that changes its Katagiri group."""
    assert katagiri_flag_counterfactual(Patient(primary="kidney")) is None
