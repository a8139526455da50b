"""Tests of dashboard 04's fracture card (ui/srs_fracture.py)."""

from spinemet_core.fractionation import compare_schedule
from spinemet_core.ui.srs_fracture import vcf_html


def _compare(dose, n):
    return compare_schedule(total_dose=dose, fractions=n, alpha_beta_tumour=10, alpha_beta_cord=2)


def test_vcf_html_names_the_group_and_the_cohort_for_sbrt():
    """An SBRT schedule gets its group, with the Sahgal 2013 cohort."""
    text = vcf_html(_compare(24, 1))
    assert (
        "This SBRT schedule gives 24.0 Gy per fraction: <b class='sm-vcf-group'>highest-risk "
        "group (24 Gy or more per fraction)</b> in"
    ) in text
    assert "252 patients, 410 segments treated with spine SBRT (Sahgal 2013, J Clin Oncol)" in text


def test_vcf_html_says_the_groups_do_not_apply_to_8_gy_single_fraction_cebrt():
    """8 Gy x 1 is conventional: no group, and the card says why and what is known."""
    text = vcf_html(_compare(8, 1))
    assert "sm-vcf-group" not in text
    assert "lowest-risk group (" not in text
    assert "This is a conventional (cEBRT) schedule, 8.0 Gy per fraction." in text
    assert "do not apply to it</b>: they were derived only from patients treated with SBRT" in text
    assert "The suite holds no fracture rates for conventional schedules" in text


def test_vcf_html_gives_the_sbrt_group_conditionally_for_a_custom_schedule():
    """A schedule outside the catalogue: the group it would have if delivered as SBRT."""
    text = vcf_html(_compare(20, 1))
    assert "The technique of this custom schedule is not known" in text
    assert (
        "Delivered as SBRT, 20.0 Gy per fraction would be in the <b class='sm-vcf-group'>"
        "intermediate-risk group (20-23 Gy per fraction)</b>; delivered as conventional "
        "radiotherapy, no group applies."
    ) in text
