"""Properties of the separation-surgery teaching model (spinemet_core.separation) over random
plans within its ranges: the cord dose never rises with the gap, the verdict is the comparison
shown, and the minimal separation is enough."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.errors import InvalidInputError
from spinemet_core.radiobiology import SAHGAL_2013_LIMITS
from spinemet_core.separation import check_cord, cord_dose, cord_profile, minimal_separation

from .strategies import bounded

PLANS = st.fixed_dictionaries(
    {
        "prescription_dose": st.floats(0, 60, exclude_min=True).filter(lambda d: d >= 1e-3),
        "fractions": st.sampled_from(sorted(SAHGAL_2013_LIMITS)),
        "gradient_percent_per_mm": st.floats(1, 50),
    }
)
GAPS = st.floats(0, 20)


@bounded(80)
@given(PLANS, GAPS, GAPS)
def test_the_cord_dose_never_rises_with_the_gap_nor_exceeds_the_prescription(plan, a, b):
    """A wider gap never gives the cord more dose, and the cord never gets more than the
    prescription (as rounded) or less than nothing."""
    near, far = sorted((a, b))
    dose_near = cord_dose(separation_mm=near, **plan)
    dose_far = cord_dose(separation_mm=far, **plan)
    assert 0 <= dose_far <= dose_near
    assert dose_near <= round(plan["prescription_dose"], 10)  # doses are given to 10 decimals


@bounded(80)
@given(PLANS, GAPS)
def test_the_verdict_is_the_cord_dose_against_its_limit(plan, gap):
    """check_cord calls the cord safe exactly when the dose it shows is at or under the limit."""
    check = check_cord(separation_mm=gap, **plan)
    assert SAHGAL_2013_LIMITS[plan["fractions"]] == check.limit
    assert (check.cord_dose <= check.limit) == check.safe


@bounded(80)
@given(PLANS)
def test_the_minimal_separation_keeps_the_cord_at_its_limit(plan):
    """At the minimal separation (when within the model's 20 mm) the cord dose is at or under the
    limit, to rounding."""
    gap = minimal_separation(**plan)
    assert gap >= 0
    if gap <= 20:
        dose = cord_dose(separation_mm=gap, **plan)
        limit = SAHGAL_2013_LIMITS[plan["fractions"]]
        assert dose <= limit or math.isclose(dose, limit, rel_tol=1e-9)


@pytest.mark.parametrize("grid", [None, 3, "12", ["1"], [float("nan")], [True]])
def test_cord_profile_refuses_a_grid_that_is_not_numbers_naming_grid_mm(grid):
    """Regression: a grid that was not iterable raised TypeError, and text was split into
    characters; each is refused as grid_mm."""
    with pytest.raises(InvalidInputError, match="^grid_mm: got"):
        cord_profile(prescription_dose=24, fractions=1, separation_mm=3, grid_mm=grid)
