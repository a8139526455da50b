"""Tests for unit conversions (spinemet_core.units.conversion), against published factors."""

import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinemet_core.errors import InvalidInputError
from spinemet_core.rcc import corrected_calcium
from spinemet_core.units import ANALYTES, convert, likely_unit, to_canonical


def test_calcium_2_45_mmol_per_l_is_9_82_mg_per_dl():
    """2.45 mmol/L = 9.82 mg/dL.

    Source: SI conversion factor for total calcium, mg/dL × 0.2495 = mmol/L (1/4.008):
    Young DS. Implementation of SI units for clinical laboratory data. Ann Intern Med.
    1987;106(1):114-29; the AMA Manual of Style SI conversion table gives the same factor.
    """
    assert 9.82 == round(convert("calcium", 2.45, "mmol/L", "mg/dL"), 2)


def test_calcium_10_mg_per_dl_is_2_495_mmol_per_l():
    """10 mg/dL = 2.495 mmol/L (Young 1987, factor 0.2495; molar mass 40.078 g/mol, IUPAC)."""
    assert 2.495 == round(convert("calcium", 10, "mg/dL", "mmol/L"), 3)


def test_albumin_25_g_per_l_is_2_5_g_per_dl():
    """25 g/L albumin = 2.5 g/dL (Young 1987: g/dL × 10 = g/L)."""
    assert 2.5 == pytest.approx(convert("albumin", 25, "g/L", "g/dL"), abs=1e-12)


def test_haemoglobin_120_g_per_l_is_12_g_per_dl():
    """120 g/L haemoglobin = 12 g/dL (Young 1987: g/dL × 10 = g/L)."""
    assert 12.0 == pytest.approx(convert("haemoglobin", 120, "g/L", "g/dL"), abs=1e-12)


def test_ldh_450_u_per_l_with_limit_250_is_1_8_times_the_limit():
    """LDH 450 U/L over an upper limit of 250 U/L is 1.8 × ULN (the ratio the MSKCC item uses)."""
    assert 1.8 == pytest.approx(to_canonical("ldh", 450, "U/L", uln=250), abs=1e-12)
    assert 450.0 == pytest.approx(convert("ldh", 1.8, "× ULN", "U/L", uln=250), abs=1e-9)


def test_ldh_in_u_per_l_without_its_limit_is_refused_naming_the_limit():
    """A value in U/L cannot become a multiple of the limit without the limit."""
    with pytest.raises(InvalidInputError, match="^ldh_uln: converting U/L to × ULN needs"):
        to_canonical("ldh", 450, "U/L")


def test_issue_worked_example_calcium_2_45_mmol_albumin_25_g_gives_11_0():
    """Calcium 2.45 mmol/L with albumin 25 g/L: corrected 9.82 + 0.8 × (4.0 − 2.5) = 11.0 mg/dL.

    Issue #14's worked example, through the core's unchanged corrected_calcium.
    """
    calcium = to_canonical("calcium", 2.45, "mmol/L")
    albumin = to_canonical("albumin", 25, "g/L")
    assert 11.0 == round(corrected_calcium(calcium_mg_dl=calcium, albumin_g_dl=albumin), 1)


def test_calcium_2_45_typed_as_mg_per_dl_suggests_mmol_per_l():
    """The classic mix-up is named with the value it would have been."""
    with pytest.raises(InvalidInputError) as caught:
        to_canonical("calcium", 2.45, "mg/dL")
    expected = (
        "calcium: 2.45 mg/dL is outside the plausible range 4 to 20 mg/dL; "
        "did you mean 2.45 mmol/L (= 9.82 mg/dL)?"
    )
    assert expected == str(caught.value)


def test_calcium_9_8_typed_as_mmol_per_l_gives_the_range_in_mmol_per_l_and_suggests_mg():
    """The range is shown in the unit typed; the suggestion converts back into it."""
    with pytest.raises(InvalidInputError) as caught:
        to_canonical("calcium", 9.8, "mmol/L")
    expected = (
        "9.8 mmol/L is outside the plausible range 0.999 to 4.99 mmol/L; "
        "did you mean 9.8 mg/dL (= 2.45 mmol/L)?"
    )
    assert expected == caught.value.message


@pytest.mark.parametrize(
    ("analyte", "value", "unit", "expected"),
    [
        ("haemoglobin", 120, "g/dL", "g/L"),
        ("haemoglobin", 12, "g/L", "g/dL"),
        ("albumin", 25, "g/dL", "g/L"),
        ("albumin", 3.5, "g/L", "g/dL"),
        ("albumin", 3.5, "g/dL", None),
        ("albumin", 500, "g/L", None),
    ],
)
def test_likely_unit_names_the_unit_in_which_the_value_is_plausible(analyte, value, unit, expected):
    """A g/L value typed as g/dL (or the reverse) is recognised; a plausible one is left alone."""
    assert expected == likely_unit(analyte, value, unit)


def test_ldh_typed_as_a_multiple_suggests_u_per_l_when_the_limit_is_known():
    """450 "× ULN" with a limit of 250 U/L is read as a likely 450 U/L (= 1.8 × ULN)."""
    with pytest.raises(InvalidInputError) as caught:
        to_canonical("ldh", 450, "× ULN", uln=250)
    expected = (
        "450 × ULN is outside the plausible range 0.0834 to 50 × ULN; "
        "did you mean 450 U/L (= 1.8 × ULN)?"
    )
    assert expected == caught.value.message
    assert likely_unit("ldh", 450, "× ULN") is None


def test_implausible_value_without_a_likely_unit_gives_no_suggestion():
    """500 g/L albumin fits no unit: the message gives the range and suggests nothing."""
    with pytest.raises(InvalidInputError) as caught:
        to_canonical("albumin", 500, "g/L")
    assert "500 g/L is outside the plausible range 10 to 60 g/L" == caught.value.message


@pytest.mark.parametrize("unit", ["mmol/l", "MMOL/L", " mmol / L "])
def test_units_are_read_regardless_of_case_and_spaces(unit):
    """mmol/l, MMOL/L and spaced spellings are the listed unit mmol/L."""
    assert to_canonical("calcium", 2.45, "mmol/L") == to_canonical("calcium", 2.45, unit)


@pytest.mark.parametrize("unit", ["mmol", "mg/L", "", None, 3])
def test_unit_not_accepted_is_refused_naming_field_and_allowed_units(unit):
    """The message lists exactly the accepted units of the analyte."""
    with pytest.raises(InvalidInputError, match="^Calcium: unit .* use one of: mg/dL, mmol/L$"):
        to_canonical("calcium", 10, unit, field="Calcium")


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, "10", None, True, 10**400])
def test_non_finite_or_non_numeric_values_are_refused(value):
    """NaN, infinities, text, None, booleans and huge integers never convert."""
    with pytest.raises(InvalidInputError, match="^calcium: enter a finite number$"):
        convert("calcium", value, "mg/dL", "mmol/L")


def test_unknown_analyte_is_refused_listing_the_analytes():
    """The analyte argument is checked like any other."""
    with pytest.raises(InvalidInputError, match="^analyte: got 'sodium'; allowed: 'calcium'"):
        convert("sodium", 140, "mmol/L", "mmol/L")


_PAIRS = [(name, a, b) for name, r in ANALYTES.items() for a in r.units for b in r.units]


@settings(deadline=None)  # the first call builds pint's registry (0.2 s or more)
@given(
    pair=st.sampled_from(_PAIRS),
    x=st.floats(min_value=1e-6, max_value=1e6, allow_nan=False, allow_infinity=False),
    uln=st.floats(min_value=100, max_value=600),
)
def test_convert_there_and_back_returns_the_value(pair, x, uln):
    """convert(convert(x, a, b), b, a) ≈ x for every analyte and pair of its units."""
    name, a, b = pair
    there = convert(name, x, a, b, uln=uln)
    assert x == pytest.approx(convert(name, there, b, a, uln=uln), rel=1e-12)


@settings(deadline=None)  # the first call builds pint's registry (0.2 s or more)
@given(value=st.floats(), unit=st.sampled_from(["mg/dL", "mmol/L"]))
def test_to_canonical_returns_a_plausible_value_or_refuses_naming_the_field(value, unit):
    """Any float either gives a value within the plausible range or InvalidInputError."""
    lo, hi = ANALYTES["calcium"].plausible
    try:
        canonical = to_canonical("calcium", value, unit, field="Calcium")
        field = "Calcium" if lo <= canonical <= hi else "out of range"
    except InvalidInputError as error:
        field = error.field
    assert "Calcium" == field


def test_importing_units_does_not_load_pint():
    """pint and its registry are loaded on first conversion, not on import."""
    code = "import sys, spinemet_core.units; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "False" == out.stdout.strip()


def test_refused_value_at_the_edge_is_shown_with_all_its_digits_outside_the_range():
    """3.995 mg/dL is shown as 3.995 (not 4), and 0.998 mmol/L against a range from 0.999."""
    with pytest.raises(InvalidInputError) as caught:
        to_canonical("calcium", 3.995, "mg/dL")
    assert caught.value.message.startswith("3.995 mg/dL is outside the plausible range 4 to 20")
    with pytest.raises(InvalidInputError) as caught:
        to_canonical("calcium", 0.998, "mmol/L")
    assert caught.value.message.startswith("0.998 mmol/L is outside the plausible range 0.999 to")


def test_convert_refuses_a_finite_value_that_overflows_once_converted():
    """Regression: 1e308 mmol/L of calcium converted to inf mg/dL; it is refused as too large."""
    with pytest.raises(InvalidInputError, match="^calcium: number too large"):
        convert("calcium", 1e308, "mmol/L", "mg/dL")


def test_likely_unit_finds_none_for_a_value_that_overflows_in_another_unit():
    """A calcium of 1e307 mg/dL is implausible, and as mmol/L it would overflow: no likely unit,
    and to_canonical refuses it under its field."""
    assert likely_unit("calcium", 1e307, "mg/dL") is None
    with pytest.raises(InvalidInputError, match="^Calcium: "):
        to_canonical("calcium", 1e307, "mg/dL", field="Calcium")


@pytest.mark.parametrize(
    ("analyte", "value", "unit"), [("calcium", 2.45, "mmol/L"), ("albumin", 34, "g/L")]
)
def test_a_value_already_in_the_wanted_unit_comes_back_unchanged_without_loading_pint(
    analyte, value, unit
):
    """Same unit in and out: the value as typed, and pint (a kernel's 3-5 MB) not loaded."""
    code = (
        "import sys; from spinemet_core.units import convert; "
        f"print(repr(convert({analyte!r}, {value!r}, {unit!r}, {unit!r})), 'pint' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert f"{float(value)!r} False" == run.stdout.strip()
