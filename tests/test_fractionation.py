"""Tests for the one-call schedule comparison of dashboard 04."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.fractionation import CORD_LIMIT_EQD2, compare_schedule
from spinemet_core.radiobiology import SCHEDULES, eqd2


def test_compare_schedule_24_gy_in_2_fractions():
    """24 Gy / 2: tumour BED 52.8, EQD2 44.0, cord limit 17 Gy, LQ stretched, lowest VCF group."""
    c = compare_schedule(total_dose=24, fractions=2, alpha_beta_tumour=10, alpha_beta_cord=2)
    expected = (52.8, 44.0, 168.0, 84.0, 12.0, 17.0, True, "lowest")
    actual = (
        c.bed_tumour,
        c.eqd2_tumour,
        c.bed_cord,
        c.eqd2_cord,
        c.dose_per_fraction,
        c.cord_limit,
        c.lq_stretched,
        c.fracture_group.key,
    )
    assert expected == actual


def test_compare_schedule_conventional_course_has_no_cord_limit_and_no_flag():
    """30 Gy / 10 gives tumour EQD2 32.5 and cord 37.5; no SBRT cord limit beyond 5 fractions."""
    c = compare_schedule(total_dose=30, fractions=10, alpha_beta_tumour=10, alpha_beta_cord=2)
    assert (32.5, 37.5, None, False) == (c.eqd2_tumour, c.eqd2_cord, c.cord_limit, c.lq_stretched)


def test_compare_schedule_single_24_gy_fraction_is_highest_fracture_risk():
    """24 Gy x 1 is in the highest fracture-risk group."""
    c = compare_schedule(total_dose=24, fractions=1, alpha_beta_tumour=10, alpha_beta_cord=2)
    assert ("highest", 12.4) == (c.fracture_group.key, c.cord_limit)


def test_compare_schedule_catalogue_uses_the_chosen_alpha_beta():
    """Every catalogue schedule is converted with the chosen alpha/beta ratios."""
    c = compare_schedule(total_dose=24, fractions=2, alpha_beta_tumour=5, alpha_beta_cord=3)
    expected = [
        (
            s.name,
            eqd2(total_dose=s.total_dose, fractions=s.fractions, alpha_beta=5),
            eqd2(total_dose=s.total_dose, fractions=s.fractions, alpha_beta=3),
        )
        for s in SCHEDULES
    ]
    assert expected == [(e.schedule.name, e.eqd2_tumour, e.eqd2_cord) for e in c.catalogue]


def test_cord_limit_eqd2_is_the_eqd2_of_the_two_fraction_limit():
    """17 Gy in 2 fractions at alpha/beta 2 is an EQD2 of about 44.6 Gy."""
    assert 44.62 == round(CORD_LIMIT_EQD2, 2)


def test_compare_schedule_rejects_zero_fractions():
    """Zero fractions raises InvalidInputError naming the argument."""
    with pytest.raises(InvalidInputError, match="fractions"):
        compare_schedule(total_dose=24, fractions=0, alpha_beta_tumour=10, alpha_beta_cord=2)


@pytest.mark.parametrize("schedule", SCHEDULES, ids=lambda s: s.name)
def test_compare_schedule_gives_a_fracture_group_to_sbrt_catalogue_schedules_only(schedule):
    """A catalogue schedule takes its technique from the catalogue; only SBRT gets a group."""
    c = compare_schedule(
        total_dose=schedule.total_dose,
        fractions=schedule.fractions,
        alpha_beta_tumour=10,
        alpha_beta_cord=2,
    )
    assert schedule.technique == c.technique
    assert (schedule.technique == "SBRT") == (c.fracture_group is not None)


def test_compare_schedule_8_gy_single_fraction_has_no_fracture_group():
    """8 Gy x 1 is cEBRT: the SBRT-derived groups give it no group (it was 'lowest')."""
    c = compare_schedule(total_dose=8, fractions=1, alpha_beta_tumour=10, alpha_beta_cord=2)
    assert ("cEBRT", None, False) == (c.technique, c.fracture_group, c.fracture.applies)
