"""Tests for the separation-surgery teaching model."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.radiobiology import cord_dmax_limit
from spinemet_core.separation import (
    TARGET_GAP_MM,
    check_cord,
    cord_dose,
    cord_profile,
    minimal_separation,
)


def test_cord_dose_falls_monotonically_with_the_gap():
    """More separation never raises the cord dose."""
    doses = [
        cord_dose(prescription_dose=24, fractions=1, separation_mm=x / 2) for x in range(0, 21)
    ]
    assert doses == sorted(doses, reverse=True)
    assert 24.0 == doses[0]
    assert 0.0 == doses[-1]  # 10 mm at 10%/mm


def test_steeper_gradient_needs_less_room():
    """A steeper fall-off shortens the minimal separation."""
    gaps = [
        minimal_separation(prescription_dose=24, fractions=1, gradient_percent_per_mm=g)
        for g in (5, 10, 20)
    ]
    assert gaps == sorted(gaps, reverse=True)


@pytest.mark.parametrize(
    ("dose", "n", "expected"),
    [
        (24, 1, (1 - 12.4 / 24) * 10),
        (24, 2, (1 - 17.0 / 24) * 10),
        (30, 3, (1 - 20.3 / 30) * 10),
        (35, 5, (1 - 25.3 / 35) * 10),
        (12, 1, 0.0),
    ],
)
def test_minimal_separation_hand_computed(dose, n, expected):
    """The solver returns (1 - limit/dose) / gradient, or 0 when the dose is under the limit."""
    assert expected == pytest.approx(minimal_separation(prescription_dose=dose, fractions=n))


@pytest.mark.parametrize(("dose", "n"), [(24, 1), (24, 2), (27, 3), (30, 5), (18, 1)])
def test_minimal_separation_puts_the_cord_exactly_at_its_limit(dose, n):
    """At the minimal gap the cord dose equals the limit, and just past it the plan is safe."""
    gap = minimal_separation(prescription_dose=dose, fractions=n)
    assert cord_dmax_limit(fractions=n) == pytest.approx(
        cord_dose(prescription_dose=dose, fractions=n, separation_mm=gap)
    )
    assert check_cord(prescription_dose=dose, fractions=n, separation_mm=gap + 0.01).safe
    assert not check_cord(prescription_dose=dose, fractions=n, separation_mm=max(gap - 0.5, 0)).safe


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"prescription_dose": 0, "fractions": 1, "separation_mm": 1}, "prescription_dose"),
        ({"prescription_dose": 24, "fractions": 6, "separation_mm": 1}, "fractions"),
        ({"prescription_dose": 24, "fractions": 1, "separation_mm": -1}, "separation_mm"),
        ({"prescription_dose": 24, "fractions": 1, "separation_mm": 25}, "separation_mm"),
        (
            {
                "prescription_dose": 24,
                "fractions": 1,
                "separation_mm": 2,
                "gradient_percent_per_mm": 0,
            },
            "gradient_percent_per_mm",
        ),
    ],
)
def test_separation_model_rejects_invalid_input(kwargs, field):
    """Out-of-range inputs raise InvalidInputError naming the field."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        cord_dose(**kwargs)


def test_cord_profile_curve_and_check_equal_the_single_functions():
    """The one-call profile gives check_cord and cord_dose at every gap of the grid."""
    grid = [0, 1.5, 3, 4.83, 10]
    plan = {"prescription_dose": 24, "fractions": 1, "gradient_percent_per_mm": 10}
    profile = cord_profile(separation_mm=3, grid_mm=grid, **plan)
    assert check_cord(separation_mm=3, **plan) == profile.check
    assert tuple(cord_dose(separation_mm=x, **plan) for x in grid) == profile.cord_doses
    assert tuple(grid) == profile.separations_mm


def test_cord_profile_rejects_a_gap_beyond_the_model():
    """A grid gap over 20 mm raises InvalidInputError naming grid_mm, the argument it came in."""
    with pytest.raises(InvalidInputError, match="^grid_mm: got 25;"):
        cord_profile(prescription_dose=24, fractions=1, separation_mm=0, grid_mm=[0, 25])


def test_target_gap_is_two_to_three_millimetres():
    """Separation surgery aims at 2-3 mm of tumour-free space."""
    assert (2, 3) == TARGET_GAP_MM
