"""Named errors: each wrong answer is the core's result with the error made."""

from spinemet_core import rcc, scores
from spinemet_core.cases.keys import compute
from spinemet_core.cases.mistakes import MISTAKES
from spinemet_core.radiobiology import bed, eqd2
from spinemet_core.rcc.labs import factors_from_labs

TOKUHASHI = {
    "kps": 70,
    "extraspinal_bone_foci": 1,
    "vertebral_body_mets": 2,
    "visceral_mets": "removable",
    "primary": "rectum",
    "frankel": "D",
}


def test_every_error_has_a_title_and_applies_to_an_instrument_of_the_core():
    """Each named error is titled and lists only instruments cases may name."""
    from spinemet_core.cases.keys import INSTRUMENTS

    for mistake in MISTAKES.values():
        assert mistake.title and set(mistake.instruments) <= set(INSTRUMENTS)


def test_the_1990_table_gives_the_original_total_and_names_the_items_that_differ():
    """Rectum: 4 points in 2005, 2 in 1990, so the 1990 table gives 7 for the revised 9."""
    findings = {"tokuhashi_revised": TOKUHASHI}
    [(total, detail)] = MISTAKES["table_1990"].wrong(findings, {}, "tokuhashi_revised", "total")
    assert scores.tokuhashi_original(**TOKUHASHI).total == total
    assert 7 == total
    assert "primary 2 points instead of 4" == detail
    [(band, _)] = MISTAKES["table_1990"].wrong(findings, {}, "tokuhashi_revised", "band")
    assert "0-8" == band


def test_uncorrected_calcium_uses_the_measured_value_for_mskcc_and_imdc():
    """MSKCC reads the measured calcium; IMDC the measured value against the limit."""
    mskcc = {
        "version": 2002,
        "kps": 90,
        "ldh_over_1_5_uln": False,
        "hemoglobin_below_lln": False,
        "corrected_calcium_mg_dl": rcc.corrected_calcium(calcium_mg_dl=9.8, albumin_g_dl=2.5),
        "months_diagnosis_to_treatment": 24,
    }
    findings = {"mskcc": mskcc, "corrected_calcium": {"calcium_mg_dl": 9.8, "albumin_g_dl": 2.5}}
    [(total, _)] = MISTAKES["uncorrected_calcium"].wrong(findings, {}, "mskcc", "total")
    assert compute("mskcc", "total", mskcc) - 1 == total
    labs = factors_from_labs(
        hemoglobin_g_dl=13.0,
        hemoglobin_lln_g_dl=12.0,
        calcium_mg_dl=9.8,
        albumin_g_dl=2.5,
        calcium_uln_mg_dl=10.2,
        neutrophils_1e9_l=5.0,
        neutrophils_uln_1e9_l=7.0,
        platelets_1e9_l=300,
        platelets_uln_1e9_l=400,
        ldh_x_uln=1.0,
    )
    imdc = {
        "kps": 90,
        "months_diagnosis_to_treatment": 24,
        **{k: v for k, v in labs.flags().items() if k != "ldh_over_1_5_uln"},
    }
    [(label, _)] = MISTAKES["uncorrected_calcium"].wrong(
        {"imdc": imdc}, {"labs": labs}, "imdc", "label"
    )
    assert "Favourable risk" == label
    assert "Intermediate risk" == compute("imdc", "label", imdc)


def test_radiobiology_errors_are_the_core_quantities():
    """Wrong alpha/beta, BED for EQD2 and the physical dose, all from the core."""
    inputs = {"total_dose": 24, "fractions": 3, "alpha_beta": 10.0}
    findings = {"eqd2": inputs}
    [(swapped, detail)] = MISTAKES["wrong_alpha_beta"].wrong(findings, {}, "eqd2", "value")
    assert eqd2(total_dose=24, fractions=3, alpha_beta=2.0) == swapped
    assert "alpha/beta 2 Gy (spinal cord) used instead of 10 Gy" == detail
    [(value, _)] = MISTAKES["bed_for_eqd2"].wrong(findings, {}, "eqd2", "value")
    assert bed(**inputs) == value
    assert [(24.0, "the physical dose, 24 Gy, given without conversion")] == MISTAKES[
        "physical_dose"
    ].wrong(findings, {}, "eqd2", "value")


def test_miscount_tries_the_nearest_kps_step_first():
    """KPS 80 misread is tried as 70 or 90 before far values."""
    inputs = {
        "kps": 80,
        "months_diagnosis_to_treatment": 24,
        "hemoglobin_below_lln": False,
        "calcium_above_uln": False,
        "neutrophils_above_uln": False,
        "platelets_above_uln": False,
    }
    found = MISTAKES["miscount_item"].wrong({"imdc": inputs}, {}, "imdc", "label")
    assert ("Intermediate risk", "kps read as 70 instead of 80") == found[0]


def test_a_noms_pillar_error_is_a_single_pillar_change():
    """Every NOMS distractor comes from decision_changes and names the pillar's argument."""
    inputs = {
        "escc_grade": "2",
        "myelopathy": False,
        "sins_total": 8,
        "fit_for_surgery": True,
        "primary": "kidney",
    }
    found = MISTAKES["noms_pillar"].wrong({"noms": inputs}, {}, "noms", "summary")
    right = compute("noms", "summary", inputs)
    assert found and all(value != right for value, _ in found)
    assert ("SRS; surgical consultation", "escc grade taken as 0 instead of 2") == found[0]


def test_an_error_that_does_not_apply_gives_nothing():
    """The single-fraction limit is no error for a single-fraction course."""
    findings = {"cord_dmax_limit": {"fractions": 1}}
    assert [] == MISTAKES["single_fraction_limit"].wrong(findings, {}, "cord_dmax_limit", "value")


def test_other_version_reads_the_argument_only_it_uses_from_the_variant():
    """MSKCC 2002 findings plus a prior_nephrectomy variable give the 1999 result."""
    from spinemet_core.rcc import mskcc

    inputs = {
        "version": 2002,
        "kps": 90,
        "ldh_over_1_5_uln": False,
        "hemoglobin_below_lln": True,
        "corrected_calcium_mg_dl": 9.0,
        "months_diagnosis_to_treatment": 30,
    }
    values = {"prior_nephrectomy": False}
    [(label, detail)] = MISTAKES["other_version"].wrong({"mskcc": inputs}, values, "mskcc", "label")
    expected = mskcc(
        version=1999,
        kps=90,
        ldh_over_1_5_uln=False,
        hemoglobin_below_lln=True,
        corrected_calcium_mg_dl=9.0,
        prior_nephrectomy=False,
    ).band.label
    assert (expected, "the 1999 table used") == (label, detail)
    assert [] == MISTAKES["other_version"].wrong({"mskcc": inputs}, {}, "mskcc", "label")
