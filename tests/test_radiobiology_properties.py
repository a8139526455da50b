"""Properties of the linear-quadratic functions (spinemet_core.radiobiology) and of the schedule
comparison built on them, over random doses, fraction numbers and alpha/beta ratios within the
accepted ranges (MAX_DOSE, ALPHA_BETA_RANGE, MAX_FRACTIONS), and the regressions they found."""

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.errors import InvalidInputError
from spinemet_core.fractionation import compare_schedule
from spinemet_core.radiobiology import (
    ALPHA_BETA_RANGE,
    LQ_STRETCH_DOSE_PER_FRACTION,
    MAX_DOSE,
    MAX_FRACTIONS,
    SAHGAL_2013_LIMITS,
    bed,
    cord_dmax_limit,
    dose_per_fraction_for_eqd2,
    eqd2,
    lq_stretched,
)

from .strategies import bounded

ALPHA_BETA = st.floats(*ALPHA_BETA_RANGE)
DOSE = st.floats(0, MAX_DOSE, exclude_min=True).filter(lambda d: d >= 1e-3)
FRACTIONS = st.integers(1, MAX_FRACTIONS)


@bounded(80)
@given(st.integers(1, MAX_FRACTIONS // 2), ALPHA_BETA)
def test_eqd2_of_2_gy_fractions_is_the_total_dose(n, alpha_beta):
    """n fractions of 2 Gy are worth their total dose in 2-Gy fractions, for any alpha/beta."""
    assert 2 * n == eqd2(total_dose=2 * n, fractions=n, alpha_beta=alpha_beta)


@bounded(80)
@given(DOSE, FRACTIONS, FRACTIONS, ALPHA_BETA)
def test_bed_and_eqd2_increase_with_dose_per_fraction_at_fixed_total(total, n1, n2, ab):
    """The same total in fewer (larger) fractions has a higher BED and EQD2."""
    few, many = sorted((n1, n2))
    if few == many:
        return
    for function in (bed, eqd2):
        higher = function(total_dose=total, fractions=few, alpha_beta=ab)
        lower = function(total_dose=total, fractions=many, alpha_beta=ab)
        assert higher > lower or math.isclose(higher, lower, rel_tol=1e-9)
        assert math.isfinite(higher)
    assert bed(total_dose=total, fractions=many, alpha_beta=ab) >= total


def test_cord_limits_increase_with_fractions():
    """Each extra fraction allows a higher thecal-sac point maximum (Sahgal 2013)."""
    limits = [cord_dmax_limit(fractions=n) for n in sorted(SAHGAL_2013_LIMITS)]
    assert all(a < b for a, b in itertools.pairwise(limits))


@bounded(80)
@given(DOSE, FRACTIONS, ALPHA_BETA)
def test_the_iso_effect_solver_inverts_eqd2(target, n, ab):
    """The dose per fraction found for an EQD2 gives that EQD2 back."""
    d = dose_per_fraction_for_eqd2(target_eqd2=target, fractions=n, alpha_beta=ab)
    assert d > 0
    total = d * n
    if total <= MAX_DOSE:
        assert math.isclose(
            target, eqd2(total_dose=total, fractions=n, alpha_beta=ab), rel_tol=1e-6
        )


@bounded(60)
@given(DOSE, FRACTIONS)
def test_lq_stretched_is_a_dose_per_fraction_above_the_threshold(total, n):
    """The LQ caveat is raised exactly when the dose per fraction exceeds its threshold."""
    assert (total / n > LQ_STRETCH_DOSE_PER_FRACTION) == lq_stretched(total_dose=total, fractions=n)


@bounded(40)
@given(DOSE, FRACTIONS, ALPHA_BETA, ALPHA_BETA)
def test_compare_schedule_reports_what_the_functions_give(total, n, ab_tumour, ab_cord):
    """The comparison holds the BED/EQD2 the radiobiology functions give and the cord limit for
    1-5 fractions only."""
    c = compare_schedule(
        total_dose=total, fractions=n, alpha_beta_tumour=ab_tumour, alpha_beta_cord=ab_cord
    )
    assert bed(total_dose=total, fractions=n, alpha_beta=ab_tumour) == c.bed_tumour
    assert eqd2(total_dose=total, fractions=n, alpha_beta=ab_cord) == c.eqd2_cord
    assert SAHGAL_2013_LIMITS.get(n) == c.cord_limit


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"total_dose": 10**400, "fractions": 1, "alpha_beta": 10}, "total_dose"),
        ({"total_dose": 1e300, "fractions": 1, "alpha_beta": 10}, "total_dose"),
        ({"total_dose": 24, "fractions": 1, "alpha_beta": 1e-310}, "alpha_beta"),
        ({"total_dose": 24, "fractions": 1, "alpha_beta": 1e200}, "alpha_beta"),
    ],
)
def test_bed_and_eqd2_refuse_a_dose_or_ratio_that_would_overflow(kwargs, field):
    """Regression: a huge dose or a near-zero ratio made BED infinite and EQD2 NaN; both are
    refused, naming the argument."""
    for function in (bed, eqd2):
        with pytest.raises(InvalidInputError, match=f"^{field}: got"):
            function(**kwargs)


def test_the_iso_effect_solver_refuses_a_ratio_that_overflowed():
    """Regression: alpha/beta 1e200 raised OverflowError inside the square root."""
    with pytest.raises(InvalidInputError, match="^alpha_beta: got"):
        dose_per_fraction_for_eqd2(target_eqd2=1, fractions=1, alpha_beta=1e200)


@pytest.mark.parametrize("field", ["alpha_beta_tumour", "alpha_beta_cord"])
def test_compare_schedule_names_the_ratio_it_refuses(field):
    """Regression: a bad cord ratio was reported as "alpha_beta", an argument it does not have."""
    kwargs = {"total_dose": 24, "fractions": 2, "alpha_beta_tumour": 10, "alpha_beta_cord": 2}
    with pytest.raises(InvalidInputError, match=f"^{field}: got None"):
        compare_schedule(**{**kwargs, field: None})
