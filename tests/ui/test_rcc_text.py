"""Tests of the dashboard-05 text panels (ui/rcc_text.py)."""

from spinemet_core.rcc.labs import risk_from_labs
from spinemet_core.ui.rcc_text import calcium_html, caption_html, results_html, static_html

LABS = {
    "hemoglobin_g_dl": 13.0,
    "hemoglobin_lln_g_dl": 12.0,
    "calcium_mg_dl": 9.0,
    "albumin_g_dl": 4.0,
    "calcium_uln_mg_dl": 10.2,
    "neutrophils_1e9_l": 9.0,
    "neutrophils_uln_1e9_l": 7.0,
    "platelets_1e9_l": 480,
    "platelets_uln_1e9_l": 400,
    "ldh_u_l": 200,
    "ldh_uln_u_l": 250,
}


def _risk(**changes):
    return risk_from_labs(
        kps=90,
        months_diagnosis_to_treatment=24.0,
        prior_nephrectomy=True,
        **{**LABS, **changes},
    )


def test_calcium_html_explains_the_trap_only_when_correction_hides_it():
    """Low albumin makes 9.8 count (the trap); normal albumin leaves it below the limit."""
    trap = calcium_html(_risk(calcium_mg_dl=9.8, albumin_g_dl=2.5))
    expected = (
        "<b class='sm-corrected-ca'>11.0</b> mg/dL (above the upper limit of "
        "<span class='sm-calcium-uln'>10.2</span>; MSKCC: above 10 mg/dL)"
    )
    assert expected in trap
    assert "The trap" in trap
    assert "The trap" not in calcium_html(_risk())


def test_results_html_notes_when_the_models_disagree():
    """Neutrophils and platelets make IMDC intermediate while MSKCC stays favourable."""
    text = results_html(_risk())
    assert "The models disagree" in text
    assert "<b>IMDC (Heng 2009)</b>" in text


def test_caption_html_names_the_imdc_group():
    """The text alternative names the patient's IMDC group."""
    assert "IMDC group is <b>Intermediate risk</b>" in caption_html(_risk())


def test_static_html_reads_kidney_categories_from_the_primary_table():
    """Kidney is 3 revised-Tokuhashi points and 'moderate growth' for Tomita."""
    text = static_html()
    assert "(kidney: 3 revised-Tokuhashi points, 'moderate growth' for Tomita)" in text
    assert "approvals after December 2024 were not searched" in text


def test_calcium_html_shows_enough_digits_not_to_contradict_the_limits():
    """Corrected 10.04 is shown as 10.04 (not "10.0") beside "above 10" (MSKCC) and ULN 10."""
    text = calcium_html(_risk(calcium_mg_dl=10.04, albumin_g_dl=4.0, calcium_uln_mg_dl=10.0))
    assert "<b class='sm-corrected-ca'>10.04</b> mg/dL (above the upper limit of " in text
    assert "<span class='sm-calcium-uln'>10</span>; MSKCC: above 10 mg/dL)" in text


def test_calcium_html_at_the_limit_is_shown_equal_and_not_above():
    """Corrected exactly 10.2 against a limit of 10.2 reads "10.2 ... not above 10.2"."""
    text = calcium_html(_risk(calcium_mg_dl=10.2, albumin_g_dl=4.0))
    assert "<b class='sm-corrected-ca'>10.2</b> mg/dL (not above the upper limit of " in text
    assert "<span class='sm-calcium-uln'>10.2</span>; MSKCC: above 10 mg/dL)" in text


def test_calcium_html_just_below_the_limit_is_not_rounded_up_to_it():
    """Corrected 10.19 with a limit of 10.2 is shown as 10.19, not the "10.2" of its limit."""
    text = calcium_html(_risk(calcium_mg_dl=10.19, albumin_g_dl=4.0))
    assert "<b class='sm-corrected-ca'>10.19</b> mg/dL (not above the upper limit of " in text


def test_calcium_html_names_a_value_typed_in_another_unit():
    """The worked example: 2.45 mmol/L and 25 g/L show beside 9.82 mg/dL and 2.5 g/dL."""
    text = calcium_html(
        _risk(calcium_mg_dl=2.45 * 40.078 / 10, albumin_g_dl=2.5),
        typed={"calcium": "2.45 mmol/L", "albumin": "25 g/L"},
    )
    expected = (
        "Corrected calcium = 9.82 (2.45 mmol/L) + 0.8 x (4.0 - 2.5 (25 g/L)) = "
        "<b class='sm-corrected-ca'>11.0</b> mg/dL (above"
    )
    assert expected in text


def test_caption_html_says_when_the_group_is_withheld():
    """With no result the caption says the patient's group is withheld."""
    assert "IMDC group is withheld until every field is valid" in caption_html(None)


def test_static_html_cites_pre_operative_embolisation():
    """The embolisation note carries its source."""
    assert "pre-operative embolisation to limit bleeding (Manke 2001)." in static_html()


def test_static_html_trials_table_says_not_reached_instead_of_a_blank():
    """A median not reached reads 'not reached' (from the data), never 'vs 26' or a bare 'vs'."""
    text = static_html()
    assert "<td>not reached vs 26</td>" in text  # CheckMate 214 OS
    assert 3 == text.count("<td>not reached in either arm</td>")  # KN-426, 9ER, CLEAR OS
    assert "<td> vs" not in text
    assert " vs </td>" not in text
    assert "<td>13.8 vs 7.2</td>" in text  # JAVELIN PFS


def test_caption_html_names_the_subgroups_of_the_forest_plot():
    """The text alternative says JAVELIN Renal 101's row is the PD-L1-positive subgroup."""
    assert "JAVELIN Renal 101 PFS, PD-L1 positive" in caption_html(None)
