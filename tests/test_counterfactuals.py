"""Tests for the prognosis what-ifs: the revised Tokuhashi ceiling and the Katagiri flags."""

import pytest

from spinemet_core.counterfactuals import (
    KATAGIRI_FLAGS,
    FlagFlip,
    assess,
    flag_primaries,
    katagiri_flag_flips,
    katagiri_flags,
    tokuhashi_ceiling,
)
from spinemet_core.errors import InvalidInputError
from spinemet_core.prognosis import Patient, score_all
from spinemet_core.vocabulary import Primary


@pytest.mark.parametrize(
    ("primary", "points", "ceiling"),
    [
        ("lung", 0, 10),
        ("liver", 1, 11),
        ("melanoma", 2, 12),
        ("kidney", 3, 13),
        ("rectum", 4, 14),
        ("breast", 5, 15),
    ],
)
def test_tokuhashi_ceiling_is_ten_plus_the_primary_points(primary, points, ceiling):
    """Every other item at its best gives 10 points, plus the primary's own."""
    c = tokuhashi_ceiling(primary)
    assert (Primary(primary), points, ceiling, 15) == (
        c.primary,
        c.primary_points,
        c.ceiling,
        c.maximum,
    )


def test_tokuhashi_ceiling_is_reached_by_the_best_patient_of_every_primary():
    """The ceiling equals the revised total of a patient with every other item at its best."""
    for primary in Primary:
        best = Patient(primary=primary, kps=100, frankel="E")
        assert score_all(best)["tokuhashi_revised"].total == tokuhashi_ceiling(primary).ceiling


def test_tokuhashi_ceiling_rejects_an_unknown_primary():
    """An unknown primary names the argument."""
    with pytest.raises(InvalidInputError, match="^primary: got"):
        tokuhashi_ceiling("brain")


def test_katagiri_flags_per_primary():
    """Targeted therapy matters for lung, hormone dependence for breast and prostate only."""
    found = {p: katagiri_flags(p) for p in Primary if katagiri_flags(p)}
    assert {
        Primary.LUNG: ("targeted_therapy",),
        Primary.BREAST: ("hormone_dependent",),
        Primary.PROSTATE: ("hormone_dependent",),
    } == found


def test_flag_primaries_lists_where_each_flag_matters():
    """The inverse view, in Primary order."""
    assert (Primary.BREAST, Primary.PROSTATE) == flag_primaries("hormone_dependent")
    assert (Primary.LUNG,) == flag_primaries("targeted_therapy")


@pytest.mark.parametrize(
    ("patient", "expected"),
    [
        (
            Patient(primary="lung"),
            FlagFlip("targeted_therapy", "molecularly targeted therapy", False, 3, 2),
        ),
        (
            Patient(primary="lung", targeted_therapy=True),
            FlagFlip("targeted_therapy", "molecularly targeted therapy", True, 2, 3),
        ),
        (
            Patient(primary="breast"),
            FlagFlip("hormone_dependent", "hormone dependence", False, 2, 0),
        ),
        (
            Patient(primary="prostate", hormone_dependent=True),
            FlagFlip("hormone_dependent", "hormone dependence", True, 0, 2),
        ),
    ],
)
def test_katagiri_flag_flip_gives_growth_points_both_ways(patient, expected):
    """Lung: rapid 3 or moderate 2; breast and prostate: moderate 2 or slow 0."""
    assert (expected,) == katagiri_flag_flips(patient)


def test_katagiri_flag_flip_matches_rescoring_the_flipped_patient():
    """The flipped points equal Katagiri's growth item of the patient with the flag changed."""
    for primary in Primary:
        for flag in KATAGIRI_FLAGS:
            patient = Patient(primary=primary, **{flag: True})
            for flip in katagiri_flag_flips(patient):
                other = patient.replace(**{flip.flag: not flip.present})
                assert score_all(patient)["katagiri_new"].points["growth"] == flip.points_now
                assert score_all(other)["katagiri_new"].points["growth"] == flip.points_flipped


def test_katagiri_flag_flips_are_empty_for_primaries_without_a_flag():
    """Kidney cancer has no flag that moves its growth group."""
    assert () == katagiri_flag_flips(Patient(primary="kidney", hormone_dependent=True))


def test_assess_bundles_scores_discordance_flips_ceiling_and_findings():
    """One call gives everything the dashboard shows, equal to the separate core calls."""
    patient = Patient(primary="lung", kps=80)
    a = assess(patient)
    assert score_all(patient) == dict(a.scores)
    assert (10, "targeted_therapy") == (a.ceiling.ceiling, a.flag_flips[0].flag)
    assert {"uei2018", "park2021_egfr"} == {f.citekey for f in a.findings}
    assert set(a.scores) == set(a.flips)


@pytest.mark.parametrize("function", [assess, katagiri_flag_flips])
def test_what_ifs_refuse_what_is_not_a_patient(function):
    """Regression: assess("lung") raised AttributeError; anything but a Patient is refused."""
    with pytest.raises(InvalidInputError, match="^patient: got 'lung';"):
        function("lung")
