"""Tests for the validation and NESMS provenance markup of dashboard 01 (ui/prognosis_trust.py)."""

from spinemet_core.evidence.validation import C_STATISTICS, NESMS_MORTALITY, SORG
from spinemet_core.ui.prognosis_trust import (
    comparison_html,
    mortality_html,
    nesms_provenance_html,
    status_html,
    trust_html,
)


def test_comparison_shows_every_c_statistic_with_its_citation():
    """Each score's c-statistic appears in its row, cited 'Schoenfeld 2022' and confirmed."""
    text = comparison_html()
    for f in C_STATISTICS:
        assert f"data-score='{f.score}'" in text
        assert f"{f.value:.2f}" in text
    assert 4 == text.count("Schoenfeld 2022")
    assert 4 == text.count("confirmed in the source")


def test_mortality_table_shows_odds_ratios_with_intervals_and_status():
    """7.04 (2.47-20.08) and 31.30 (8.82-111.04), cited and marked secondary."""
    text = mortality_html()
    assert "7.04 (95% CI 2.47-20.08)" in text
    assert "31.30 (95% CI 8.82-111.04)" in text
    assert len(NESMS_MORTALITY) == text.count("from a secondary reproduction")
    assert "Schoenfeld 2021" in text


def test_trust_section_cites_nice_and_links_sorg():
    """NICE's review, the comparison, the suite's own figures and the SORG link are shown."""
    text = trust_html()
    assert "NG234" in text
    assert f"href='{SORG.url}'" in text
    assert "rel='noopener noreferrer'" in text
    assert "Gong 2021" in text  # a validation figure the suite already held
    assert "unconfirmed" in text  # NICE's conclusions could not be read


def test_status_tag_names_where_it_was_checked():
    """The tag shows the status in words and the source as its tooltip."""
    text = status_html("unconfirmed", "not printed <anywhere>")
    assert "sm-status-unconfirmed" in text
    assert "title='not printed &lt;anywhere&gt;'>unconfirmed</span>" in text


def test_nesms_provenance_marks_cut_offs_unconfirmed():
    """The NESMS card cites Ghori 2015 and tags weights secondary and cut-offs unconfirmed."""
    text = nesms_provenance_html()
    assert "data-score='nesms'" in text
    assert "Ghori AK" in text
    assert "cut-offs: <span class='sm-status sm-status-unconfirmed' style=" in text
