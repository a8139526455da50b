"""Tests for IMDC, both MSKCC versions and corrected calcium."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.evidence.rcc import APPROVALS, GROUP_SURVIVAL, TRIALS
from spinemet_core.rcc import corrected_calcium, imdc, mskcc
from spinemet_core.references import REFERENCES

BOOLS = (False, True)


def _group(total, poor_from):
    return "Favourable risk" if total == 0 else "Intermediate risk" if total <= 2 else "Poor risk"


def test_imdc_over_the_whole_factor_space():
    """All 64 factor combinations count one point each, grouped 0 / 1-2 / 3-6."""
    for low_kps, short, hb, ca, neut, plt in itertools.product(BOOLS, repeat=6):
        r = imdc(
            kps=70 if low_kps else 80,
            months_diagnosis_to_treatment=11.9 if short else 12,
            hemoglobin_below_lln=hb,
            calcium_above_uln=ca,
            neutrophils_above_uln=neut,
            platelets_above_uln=plt,
        )
        expected = sum((low_kps, short, hb, ca, neut, plt))
        assert expected == r.total
        assert _group(expected, 3) == r.band.label


@pytest.mark.parametrize(
    ("kps", "months", "total"),
    [
        (80, 12, 0),
        (70, 12, 1),
        (80, 11.99, 1),
        (100, 0, 1),
        (10, 0, 2),
    ],
)
def test_imdc_kps_and_interval_edges(kps, months, total):
    """KPS 80 and 12 months are not adverse; KPS 70 and under 12 months are."""
    r = imdc(
        kps=kps,
        months_diagnosis_to_treatment=months,
        hemoglobin_below_lln=False,
        calcium_above_uln=False,
        neutrophils_above_uln=False,
        platelets_above_uln=False,
    )
    assert total == r.total


@pytest.mark.parametrize("version", [1999, 2002])
def test_mskcc_over_the_whole_factor_space(version):
    """All 32 combinations of each version count one point per factor."""
    for low_kps, ldh, hb, ca, fifth in itertools.product(BOOLS, repeat=5):
        kwargs = {
            "version": version,
            "kps": 70 if low_kps else 80,
            "ldh_over_1_5_uln": ldh,
            "hemoglobin_below_lln": hb,
            "corrected_calcium_mg_dl": 10.1 if ca else 10.0,
        }
        if version == 1999:
            kwargs["prior_nephrectomy"] = not fifth
        else:
            kwargs["months_diagnosis_to_treatment"] = 6 if fifth else 12
        r = mskcc(**kwargs)
        expected = sum((low_kps, ldh, hb, ca, fifth))
        assert expected == r.total
        assert _group(expected, 3) == r.band.label


def test_mskcc_versions_differ_in_their_fifth_factor():
    """1999 counts the missing nephrectomy; 2002 counts the short interval."""
    common = {
        "kps": 90,
        "ldh_over_1_5_uln": False,
        "hemoglobin_below_lln": False,
        "corrected_calcium_mg_dl": 9.0,
    }
    r99 = mskcc(version=1999, prior_nephrectomy=False, **common)
    r02 = mskcc(version=2002, months_diagnosis_to_treatment=36, **common)
    assert (1, 0) == (r99.total, r02.total)
    assert "no_prior_nephrectomy" in r99.points
    assert "interval_below_1_year" in r02.points


@pytest.mark.parametrize(
    ("ca", "alb", "expected"),
    [
        (9.8, 2.5, 11.0),
        (10.0, 4.0, 10.0),
        (8.4, 3.0, 9.2),
        (10.4, 5.0, 9.6),
        (9.6, 2.0, 11.2),
    ],
)
def test_corrected_calcium_values(ca, alb, expected):
    """Ca + 0.8 x (4.0 - albumin)."""
    assert expected == pytest.approx(corrected_calcium(calcium_mg_dl=ca, albumin_g_dl=alb))


def test_corrected_calcium_can_move_the_imdc_group():
    """A normal measured calcium that is high once corrected adds the third factor."""
    ca = corrected_calcium(calcium_mg_dl=9.8, albumin_g_dl=2.5)
    base = {
        "kps": 90,
        "months_diagnosis_to_treatment": 24,
        "hemoglobin_below_lln": True,
        "neutrophils_above_uln": False,
        "platelets_above_uln": True,
    }
    assert "Intermediate risk" == imdc(calcium_above_uln=9.8 > 10.2, **base).band.label
    assert "Poor risk" == imdc(calcium_above_uln=ca > 10.2, **base).band.label


@pytest.mark.parametrize(
    ("function", "kwargs", "field"),
    [
        (
            imdc,
            {
                "kps": 75,
                "months_diagnosis_to_treatment": 3,
                "hemoglobin_below_lln": False,
                "calcium_above_uln": False,
                "neutrophils_above_uln": False,
                "platelets_above_uln": False,
            },
            "kps",
        ),
        (
            imdc,
            {
                "kps": 80,
                "months_diagnosis_to_treatment": -1,
                "hemoglobin_below_lln": False,
                "calcium_above_uln": False,
                "neutrophils_above_uln": False,
                "platelets_above_uln": False,
            },
            "months_diagnosis_to_treatment",
        ),
        (
            imdc,
            {
                "kps": 80,
                "months_diagnosis_to_treatment": 3,
                "hemoglobin_below_lln": "no",
                "calcium_above_uln": False,
                "neutrophils_above_uln": False,
                "platelets_above_uln": False,
            },
            "hemoglobin_below_lln",
        ),
        (
            mskcc,
            {
                "version": 2010,
                "kps": 80,
                "ldh_over_1_5_uln": False,
                "hemoglobin_below_lln": False,
                "corrected_calcium_mg_dl": 9,
            },
            "version",
        ),
        (
            mskcc,
            {
                "version": 1999,
                "kps": 80,
                "ldh_over_1_5_uln": False,
                "hemoglobin_below_lln": False,
                "corrected_calcium_mg_dl": 9,
            },
            "prior_nephrectomy",
        ),
        (
            mskcc,
            {
                "version": 2002,
                "kps": 80,
                "ldh_over_1_5_uln": False,
                "hemoglobin_below_lln": False,
                "corrected_calcium_mg_dl": 9,
            },
            "months_diagnosis_to_treatment",
        ),
        (
            mskcc,
            {
                "version": 2002,
                "kps": 80,
                "ldh_over_1_5_uln": False,
                "hemoglobin_below_lln": False,
                "corrected_calcium_mg_dl": 9,
                "months_diagnosis_to_treatment": 5,
                "prior_nephrectomy": True,
            },
            "prior_nephrectomy",
        ),
        (
            mskcc,
            {
                "version": 1999,
                "kps": 80,
                "ldh_over_1_5_uln": False,
                "hemoglobin_below_lln": False,
                "corrected_calcium_mg_dl": "high",
                "prior_nephrectomy": True,
            },
            "corrected_calcium_mg_dl",
        ),
        (corrected_calcium, {"calcium_mg_dl": 9, "albumin_g_dl": 0}, "albumin_g_dl"),
        (corrected_calcium, {"calcium_mg_dl": None, "albumin_g_dl": 3}, "calcium_mg_dl"),
    ],
)
def test_rcc_models_reject_invalid_input_naming_the_field(function, kwargs, field):
    """Invalid input raises InvalidInputError naming the argument."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        function(**kwargs)


def test_every_rcc_row_cites_an_existing_reference():
    """Survival, approvals and trials all cite known keys."""
    rows = [*GROUP_SURVIVAL, *APPROVALS, *TRIALS]
    assert all(r.citekey in REFERENCES for r in rows)


@pytest.mark.parametrize("trial", TRIALS, ids=lambda t: f"{t.trial}-{t.endpoint}")
def test_every_hazard_ratio_lies_inside_its_interval_with_a_level(trial):
    """Each HR sits inside its CI, and the CI level is stated."""
    assert trial.ci_low < trial.hazard_ratio < trial.ci_high
    assert trial.ci_level in (95.0, 98.89, 99.1, 99.8)


def test_checkmate_9er_os_uses_its_published_98_89_interval():
    """The 9ER survival CI is 98.89%, not 95% as some news items say."""
    row = next(t for t in TRIALS if t.trial == "CheckMate 9ER" and t.endpoint == "OS")
    assert (0.60, 0.40, 0.89, 98.89) == (row.hazard_ratio, row.ci_low, row.ci_high, row.ci_level)


def test_keynote_426_os_uses_the_nejm_value_not_the_reproduction_typo():
    """0.53 (0.38-0.74), not the 0.59 printed in a reproduction."""
    row = next(t for t in TRIALS if t.trial == "KEYNOTE-426" and t.endpoint == "OS")
    assert 0.53 == row.hazard_ratio


def test_approvals_are_in_date_order_up_to_december_2024():
    """The timeline is chronological and ends with the newest confirmed approval."""
    dates = [a.date for a in APPROVALS]
    assert dates == sorted(dates)
    assert "2024-12-27" == dates[-1]
