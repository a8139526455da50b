"""Tests of the NOMS dashboard's text panels."""

from spinemet_core.noms import decision_changes, recommend
from spinemet_core.ui.noms_panels import changes_html, recommendation_html, systemic_context

KIDNEY_2 = {
    "escc_grade": "2",
    "myelopathy": False,
    "primary": "kidney",
    "sins_total": 3,
    "fit_for_surgery": True,
}


def test_changes_group_values_with_the_same_outcome():
    """Grades 0 to 1c all give SRS and are listed on one line."""
    html = changes_html(decision_changes(**KIDNEY_2))
    assert "<b>N</b>: ESCC grade → 0, 1a, 1b, 1c gives <b>SRS</b>" in html
    assert "<b>S</b>: fit for surgery → no gives <b>cEBRT</b>" in html


def test_changes_say_when_nothing_alters_the_plan():
    """An empty list of changes is said in words."""
    assert "<li>No single change alters the plan.</li>" in changes_html([])


def test_recommendation_card_carries_branch_summary_and_trail():
    """The card names the branch, the summary and one row per pillar."""
    html = recommendation_html(recommend(**KIDNEY_2))
    assert "data-branch='resistant-high-fit'" in html
    assert "Separation surgery, then SRS" in html
    assert 1 + 4 == html.count("<tr>")


def test_systemic_context_quotes_the_revised_tokuhashi_bands():
    """The bands come from the score: 0-8, 9-11, 12-15."""
    text = systemic_context()
    assert "0-8: predicted survival under 6 months" in text
    assert "12-15: predicted survival 1 year or more" in text


def test_systemic_flag_html_is_empty_without_findings_against_surgery():
    """No adverse finding: nothing is shown."""
    from spinemet_core.noms_systemic import systemic_flag
    from spinemet_core.ui.noms_panels import systemic_flag_html

    flag = systemic_flag(
        ecog="2",
        comorbidity="significant, controlled",
        systemic_disease="extensive, controlled",
        fit_for_surgery=True,
    )
    assert "" == systemic_flag_html(flag)


def test_systemic_context_takes_the_patchell_survival_from_the_core():
    """The 3-month survival of the Patchell trial's entry criteria is read from the core."""
    from spinemet_core.noms_systemic import PATCHELL_MIN_SURVIVAL_MONTHS

    assert f"at least {PATCHELL_MIN_SURVIVAL_MONTHS} months" in systemic_context()


def test_systemic_context_cites_the_patchell_trial():
    """The 3-month entry criterion is shown with its source."""
    assert "at least 3 months (Patchell 2005)" in systemic_context()


def test_trail_sources_tell_the_two_laufer_2013_papers_apart():
    """A NOMS trail cites the Oncologist paper by journal, not as a bare 'Laufer 2013'."""
    text = recommendation_html(recommend(**KIDNEY_2))
    assert "<td>Laufer 2013, Oncologist</td>" in text


def test_the_patchell_survival_criterion_applied_to_the_whole_trial():
    """Both arms needed an expected survival of 3 months or more, not the surgical arm only."""
    from spinemet_core.ui.noms_panels import systemic_context

    text = systemic_context()
    assert "The Patchell trial enrolled only patients expected to live at least 3 months" in text
    assert "surgical arm" not in text
