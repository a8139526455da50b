"""Tests for BED, EQD2, cord limits and the iso-effect solver."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.radiobiology import (
    SCHEDULES,
    bed,
    cord_dmax_limit,
    dose_per_fraction_for_eqd2,
    eqd2,
    lq_stretched,
)
from spinemet_core.references import REFERENCES


@pytest.mark.parametrize(
    ("fractions", "alpha_beta"), list(itertools.product([1, 5, 10, 25], [1.5, 2, 3, 10, 15]))
)
def test_eqd2_at_2_gy_per_fraction_equals_total_dose(fractions, alpha_beta):
    """At 2 Gy per fraction, EQD2 is the physical dose whatever alpha/beta."""
    total = 2.0 * fractions
    assert total == pytest.approx(
        eqd2(total_dose=total, fractions=fractions, alpha_beta=alpha_beta), abs=1e-9
    )


@pytest.mark.parametrize("alpha_beta", [2, 3, 10])
def test_bed_increases_with_dose_per_fraction_at_fixed_total(alpha_beta):
    """For the same total dose, fewer (larger) fractions give a higher BED."""
    beds = [bed(total_dose=30, fractions=n, alpha_beta=alpha_beta) for n in (15, 10, 5, 3, 1)]
    assert beds == sorted(beds)
    assert len(set(beds)) == len(beds)


@pytest.mark.parametrize(
    ("total", "n", "ab", "expected_bed", "expected_eqd2"),
    [
        (8, 1, 10, 14.4, 12.0),
        (8, 1, 2, 40.0, 20.0),
        (20, 5, 10, 28.0, 23.3333333333),
        (30, 10, 10, 39.0, 32.5),
        (24, 2, 10, 52.8, 44.0),
        (24, 1, 10, 81.6, 68.0),
        (27, 3, 10, 51.3, 42.75),
    ],
)
def test_bed_and_eqd2_hand_computed(total, n, ab, expected_bed, expected_eqd2):
    """Values computed by hand from BED = nd(1 + d/ab) and EQD2 = BED/(1 + 2/ab)."""
    assert expected_bed == pytest.approx(bed(total_dose=total, fractions=n, alpha_beta=ab))
    assert expected_eqd2 == pytest.approx(eqd2(total_dose=total, fractions=n, alpha_beta=ab))


def test_cord_limits_are_sahgal_2013_and_iso_effective():
    """The five limits are Sahgal's and all lie at a cord EQD2 of about 44.6 Gy."""
    limits = [cord_dmax_limit(fractions=n) for n in range(1, 6)]
    assert [12.4, 17.0, 20.3, 23.0, 25.3] == limits
    for n, limit in enumerate(limits, start=1):
        assert 44.6 == pytest.approx(eqd2(total_dose=limit, fractions=n, alpha_beta=2), abs=0.2)


@pytest.mark.parametrize(
    ("fractions", "ab", "target"),
    list(itertools.product([1, 2, 3, 5, 10], [2, 10], [20.0, 44.6, 60.0])),
)
def test_iso_effect_solver_round_trips(fractions, ab, target):
    """The solved dose per fraction gives back the target EQD2."""
    d = dose_per_fraction_for_eqd2(target_eqd2=target, fractions=fractions, alpha_beta=ab)
    assert target == pytest.approx(
        eqd2(total_dose=d * fractions, fractions=fractions, alpha_beta=ab)
    )


def test_lq_flag_marks_high_dose_per_fraction_only():
    """Only schedules above 8 Gy per fraction are flagged."""
    assert lq_stretched(total_dose=16, fractions=1)
    assert not lq_stretched(total_dose=8, fractions=1)
    assert not lq_stretched(total_dose=24, fractions=3)
    assert lq_stretched(total_dose=27, fractions=3)


def test_schedule_catalogue_covers_the_issue_list_and_cites_sources():
    """The catalogue holds the common schedules, each citing a known reference."""
    names = {s.name for s in SCHEDULES}
    assert {
        "8 Gy x 1",
        "20 Gy / 5",
        "30 Gy / 10",
        "16 Gy x 1",
        "24 Gy x 1",
        "24 Gy / 2",
        "24 Gy / 3",
        "30 Gy / 3",
        "30 Gy / 5",
        "35 Gy / 5",
    } <= names
    assert all(s.citekey in REFERENCES for s in SCHEDULES)


@pytest.mark.parametrize(
    ("function", "kwargs", "field"),
    [
        (bed, {"total_dose": 0, "fractions": 1, "alpha_beta": 10}, "total_dose"),
        (bed, {"total_dose": -8, "fractions": 1, "alpha_beta": 10}, "total_dose"),
        (bed, {"total_dose": "8", "fractions": 1, "alpha_beta": 10}, "total_dose"),
        (eqd2, {"total_dose": 8, "fractions": 0, "alpha_beta": 10}, "fractions"),
        (eqd2, {"total_dose": 8, "fractions": 1.5, "alpha_beta": 10}, "fractions"),
        (eqd2, {"total_dose": 8, "fractions": 1, "alpha_beta": 0}, "alpha_beta"),
        (eqd2, {"total_dose": float("nan"), "fractions": 1, "alpha_beta": 10}, "total_dose"),
        (cord_dmax_limit, {"fractions": 6}, "fractions"),
        (cord_dmax_limit, {"fractions": 0}, "fractions"),
        (
            dose_per_fraction_for_eqd2,
            {"target_eqd2": -1, "fractions": 1, "alpha_beta": 2},
            "target_eqd2",
        ),
    ],
)
def test_radiobiology_rejects_invalid_input(function, kwargs, field):
    """Bad doses, fractions or alpha/beta raise InvalidInputError naming the field."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        function(**kwargs)
