"""Tests of the prognosis dashboard's text panels."""

import pytest

pytest.importorskip("plotly")

from spinemet_core.counterfactuals import assess
from spinemet_core.prognosis import Patient
from spinemet_core.ui.prognosis_panels import flips_html, results_html, subtypes_html


def test_subtypes_panel_shows_the_lung_ceiling_and_the_targeted_therapy_flip():
    """Lung: 0 primary points cap revised Tokuhashi at 10 of 15; targeted therapy moves 3 to 2."""
    html = subtypes_html(assess(Patient(primary="lung")))
    assert "<b class='sm-ceiling'>10</b> of 15" in html
    assert "its primary item is <b>3</b> point(s) now and would be <b>2</b>" in html
    assert "molecularly targeted therapy present" in html


def test_subtypes_panel_for_a_primary_without_flags():
    """Kidney: ceiling 13, and Katagiri grades it as one category."""
    html = subtypes_html(assess(Patient(primary="kidney")))
    assert "<b class='sm-ceiling'>13</b> of 15" in html
    assert "Katagiri-new gives this primary 2 point(s)" in html
    assert "choose one of those primaries" in html


def test_results_table_shows_total_of_the_scores_maximum():
    """Each row reads total / the score's top band's upper end."""
    html = results_html(assess(Patient(primary="kidney", kps=80)).scores)
    assert 'data-total="13">13 / 15</td>' in html
    assert 'data-total="4">4 / 4</td>' in html


def test_flips_group_values_that_give_the_same_band():
    """KPS 80, 90 and 100 all move revised Tokuhashi from 11 to 12 (band 12-15)."""
    patient = Patient(
        primary="breast", kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2, frankel="D"
    )
    assert "KPS → 80, 90, 100: total 11 → 12 (band 12-15)" in flips_html(assess(patient))


def test_performance_html_shows_the_conflict_between_tables_at_kps_60():
    """KPS 60% with ECOG 3: Buccheri 1996 flags it, Prasad 2018 accepts it; the conflict shows."""
    from spinemet_core.performance import performance_check
    from spinemet_core.ui.prognosis_panels import performance_html

    text = performance_html(performance_check(kps=60, ecog=3))
    assert "data-conversion='buccheri1996'" in text
    assert "Prasad 2018 (<code>prasad2018</code>) pairs KPS 60% with ECOG 3: agrees" in text
    assert "Ma 2010 (<code>ma2010</code>) pairs KPS 60% with ECOG 2: does not agree" in text
    assert "The published tables disagree on this pair." in text
    assert "KPS 80-100% ↔ ECOG 0-1; KPS 60-70% ↔ ECOG 2; KPS 10-50% ↔ ECOG 3-4" in text
