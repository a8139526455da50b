"""Tests for the raw-laboratory factors of IMDC and MSKCC (spinemet_core.rcc.labs)."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.rcc import imdc, mskcc
from spinemet_core.rcc.calcium import corrected_calcium
from spinemet_core.rcc.labs import LDH_ULN_MULTIPLE, factors_from_labs, risk_from_labs

NORMAL = {
    "hemoglobin_g_dl": 13.0,
    "hemoglobin_lln_g_dl": 12.0,
    "calcium_mg_dl": 9.0,
    "albumin_g_dl": 4.0,
    "calcium_uln_mg_dl": 10.2,
    "neutrophils_1e9_l": 5.0,
    "neutrophils_uln_1e9_l": 7.0,
    "platelets_1e9_l": 300,
    "platelets_uln_1e9_l": 400,
    "ldh_u_l": 200,
    "ldh_uln_u_l": 250,
}


def _labs(**changes):
    return factors_from_labs(**{**NORMAL, **changes})


def test_factors_from_labs_normal_values_give_no_factor():
    """Values inside their limits give five absent factors, named as the model arguments."""
    labs = _labs()
    expected = {
        "hemoglobin_below_lln": False,
        "calcium_above_uln": False,
        "neutrophils_above_uln": False,
        "platelets_above_uln": False,
        "ldh_over_1_5_uln": False,
    }
    assert expected == labs.flags()


def test_factors_from_labs_ldh_threshold_is_one_and_a_half_times_the_uln():
    """With ULN 250 U/L the LDH threshold is 375 U/L: 375 does not count, 375.1 does."""
    assert 1.5 == LDH_ULN_MULTIPLE
    assert 375.0 == _labs()["ldh_over_1_5_uln"].threshold
    assert False is _labs(ldh_u_l=375)["ldh_over_1_5_uln"].present
    assert True is _labs(ldh_u_l=375.1)["ldh_over_1_5_uln"].present


@pytest.mark.parametrize(
    ("name", "value_field", "limit_field", "limit", "equal", "beyond"),
    [
        ("hemoglobin_below_lln", "hemoglobin_g_dl", "hemoglobin_lln_g_dl", 12.0, 12.0, 11.9),
        ("neutrophils_above_uln", "neutrophils_1e9_l", "neutrophils_uln_1e9_l", 7.0, 7.0, 7.1),
        ("platelets_above_uln", "platelets_1e9_l", "platelets_uln_1e9_l", 400, 400, 405),
    ],
)
def test_factors_from_labs_a_value_at_its_limit_does_not_count(
    name, value_field, limit_field, limit, equal, beyond
):
    """The comparison is strict: equal to the limit is normal, one step beyond is adverse."""
    at_limit = _labs(**{value_field: equal, limit_field: limit})[name]
    assert (equal, limit, False) == (at_limit.value, at_limit.threshold, at_limit.present)
    assert True is _labs(**{value_field: beyond, limit_field: limit})[name].present


def test_factors_from_labs_calcium_counts_after_correction_for_albumin():
    """Measured 9.8 with albumin 2.5 corrects to 11.0 above a limit of 10.2: the trap."""
    labs = _labs(calcium_mg_dl=9.8, albumin_g_dl=2.5)
    factor = labs["calcium_above_uln"]
    assert (11.0, 10.2, ">", True) == (
        factor.value,
        factor.threshold,
        factor.comparison,
        factor.present,
    )
    assert (False, True) == (labs.measured_calcium_above_uln, labs.calcium_trap)


def test_factors_from_labs_corrected_calcium_equal_to_the_limit_does_not_count():
    """Corrected calcium exactly at the upper limit (10.2) is not adverse."""
    labs = _labs(calcium_mg_dl=10.2, albumin_g_dl=4.0)
    assert (10.2, False, False) == (
        labs.corrected_calcium_mg_dl,
        labs["calcium_above_uln"].present,
        labs.calcium_trap,
    )


def test_factors_from_labs_measured_high_calcium_is_no_trap():
    """A calcium already high as measured is adverse but not the corrected-calcium trap."""
    labs = _labs(calcium_mg_dl=11.0, albumin_g_dl=4.0)
    assert (True, True, False) == (
        labs["calcium_above_uln"].present,
        labs.measured_calcium_above_uln,
        labs.calcium_trap,
    )


def test_factors_from_labs_each_factor_names_the_models_that_count_it():
    """Haemoglobin counts in IMDC and MSKCC, LDH in MSKCC only, the others in IMDC only."""
    citekeys = {f.name: f.citekeys for f in _labs().factors}
    expected = {
        "hemoglobin_below_lln": ("heng2009", "motzer1999", "motzer2002"),
        "calcium_above_uln": ("heng2009",),
        "neutrophils_above_uln": ("heng2009",),
        "platelets_above_uln": ("heng2009",),
        "ldh_over_1_5_uln": ("motzer1999", "motzer2002"),
    }
    assert expected == citekeys


@pytest.mark.parametrize("field", ["hemoglobin_g_dl", "ldh_uln_u_l", "platelets_1e9_l"])
@pytest.mark.parametrize("bad", [-1, True, "12", float("nan")])
def test_factors_from_labs_rejects_bad_values(field, bad):
    """A negative, boolean, text or NaN value raises InvalidInputError naming the argument."""
    with pytest.raises(InvalidInputError, match=field):
        _labs(**{field: bad})


def test_factors_from_labs_unknown_factor_name_raises_key_error():
    """Asking for a factor that does not exist raises KeyError."""
    with pytest.raises(KeyError):
        _labs()["kps_below_80"]


_ADVERSE = {
    "hemoglobin_below_lln": {"hemoglobin_g_dl": 10.0},
    "calcium_above_uln": {"calcium_mg_dl": 9.6, "albumin_g_dl": 2.8},
    "neutrophils_above_uln": {"neutrophils_1e9_l": 9.0},
    "platelets_above_uln": {"platelets_1e9_l": 480},
    "ldh_over_1_5_uln": {"ldh_u_l": 400},
}


@pytest.mark.parametrize("present", list(itertools.product((False, True), repeat=5)))
@pytest.mark.parametrize(("kps", "months", "nephrectomy"), [(90, 24.0, True), (70, 8.0, False)])
def test_risk_from_labs_equals_the_models_called_directly(present, kps, months, nephrectomy):
    """Over every pattern of lab factors, the one call gives the models' own results."""
    labs = dict(NORMAL)
    for name, on in zip(_ADVERSE, present, strict=True):
        if on:
            labs.update(_ADVERSE[name])
    risk = risk_from_labs(
        kps=kps, months_diagnosis_to_treatment=months, prior_nephrectomy=nephrectomy, **labs
    )
    flags = dict(zip(_ADVERSE, present, strict=True))
    ca = corrected_calcium(calcium_mg_dl=labs["calcium_mg_dl"], albumin_g_dl=labs["albumin_g_dl"])
    shared = {"kps": kps, "hemoglobin_below_lln": flags["hemoglobin_below_lln"]}
    msk = {**shared, "ldh_over_1_5_uln": flags["ldh_over_1_5_uln"], "corrected_calcium_mg_dl": ca}
    expected = {
        "imdc": imdc(
            months_diagnosis_to_treatment=months,
            calcium_above_uln=flags["calcium_above_uln"],
            neutrophils_above_uln=flags["neutrophils_above_uln"],
            platelets_above_uln=flags["platelets_above_uln"],
            **shared,
        ),
        "mskcc_1999": mskcc(version=1999, prior_nephrectomy=nephrectomy, **msk),
        "mskcc_2002": mskcc(version=2002, months_diagnosis_to_treatment=months, **msk),
    }
    assert flags == risk.labs.flags()
    assert expected == dict(risk.results)


def test_risk_from_labs_calcium_trap_patient():
    """The dashboard's first teaching patient: IMDC poor (3), both MSKCC versions intermediate."""
    risk = risk_from_labs(
        kps=90,
        months_diagnosis_to_treatment=24.0,
        prior_nephrectomy=True,
        **{
            **NORMAL,
            "hemoglobin_g_dl": 11.0,
            "calcium_mg_dl": 9.8,
            "albumin_g_dl": 2.5,
            "platelets_1e9_l": 450,
        },
    )
    totals = {name: (r.total, r.band.label) for name, r in risk.results.items()}
    expected = {
        "imdc": (3, "Poor risk"),
        "mskcc_1999": (2, "Intermediate risk"),
        "mskcc_2002": (2, "Intermediate risk"),
    }
    assert expected == totals


def test_risk_from_labs_rejects_a_non_boolean_nephrectomy():
    """prior_nephrectomy must be a bool."""
    with pytest.raises(InvalidInputError, match="prior_nephrectomy"):
        risk_from_labs(
            kps=90, months_diagnosis_to_treatment=24.0, prior_nephrectomy="yes", **NORMAL
        )


def _without_ldh_u_l(**changes):
    labs = {k: v for k, v in NORMAL.items() if k not in ("ldh_u_l", "ldh_uln_u_l")}
    return factors_from_labs(**{**labs, **changes})


@pytest.mark.parametrize(("x_uln", "present"), [(1.5, False), (1.5000001, True), (0.8, False)])
def test_factors_from_labs_ldh_as_a_multiple_counts_only_above_one_and_a_half(x_uln, present):
    """LDH given as x ULN is compared with 1.5 itself: 1.5 does not count, just above does."""
    factor = _without_ldh_u_l(ldh_x_uln=x_uln)["ldh_over_1_5_uln"]
    assert (x_uln, LDH_ULN_MULTIPLE, present) == (factor.value, factor.threshold, factor.present)


@pytest.mark.parametrize(
    "ldh",
    [
        {},
        {"ldh_u_l": 200},
        {"ldh_uln_u_l": 250},
        {"ldh_x_uln": 0.8, "ldh_u_l": 200, "ldh_uln_u_l": 250},
        {"ldh_x_uln": 0.8, "ldh_uln_u_l": 250},
    ],
)
def test_factors_from_labs_ldh_given_neither_or_both_ways_is_refused(ldh):
    """LDH is given once: as x ULN, or in U/L with its limit; anything else names LDH."""
    with pytest.raises(InvalidInputError, match="ldh"):
        _without_ldh_u_l(**ldh)


def test_factors_from_labs_ldh_as_a_multiple_refuses_a_negative_value():
    """A negative multiple raises InvalidInputError naming ldh_x_uln."""
    with pytest.raises(InvalidInputError, match="ldh_x_uln"):
        _without_ldh_u_l(ldh_x_uln=-0.1)


def test_corrected_calcium_bounds_are_the_analyte_plausible_ranges():
    """The correction accepts exactly the plausible calcium and albumin of units.ANALYTES."""
    from spinemet_core.units import ANALYTES

    (ca_lo, ca_hi), (alb_lo, alb_hi) = ANALYTES["calcium"].plausible, ANALYTES["albumin"].plausible
    assert (4.0, 20.0, 1.0, 6.0) == (ca_lo, ca_hi, alb_lo, alb_hi)
    corrected_calcium(calcium_mg_dl=ca_hi, albumin_g_dl=alb_lo)
    corrected_calcium(calcium_mg_dl=ca_lo, albumin_g_dl=alb_hi)
    with pytest.raises(InvalidInputError, match="calcium_mg_dl"):
        corrected_calcium(calcium_mg_dl=ca_hi + 0.01, albumin_g_dl=4)
    with pytest.raises(InvalidInputError, match="albumin_g_dl"):
        corrected_calcium(calcium_mg_dl=9, albumin_g_dl=alb_lo - 0.01)


def test_labs_without_any_ldh_say_which_arguments_give_it():
    """No LDH at all: the error names ldh_u_l and says LDH comes as U/L with its limit or x ULN."""
    labs = {name: value for name, value in NORMAL.items() if not name.startswith("ldh")}
    with pytest.raises(InvalidInputError) as info:
        factors_from_labs(**labs)
    assert "ldh_u_l" == info.value.field
    assert "LDH is needed: ldh_u_l with ldh_uln_u_l, or ldh_x_uln" == info.value.allowed
