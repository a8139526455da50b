"""Tests for the NESMS panel of dashboard 01 (ui/prognosis_nesms.py)."""

from spinemet_core.scores import bauer_modified
from spinemet_core.ui.prognosis import PrognosisApp
from spinemet_core.ui.prognosis_nesms import NesmsPanel, nesms_html


def _bauer(total_four=True):
    if total_four:
        return bauer_modified(visceral_mets=False, primary="kidney", solitary_skeletal=True)
    return bauer_modified(visceral_mets=True, primary="lung", solitary_skeletal=False)


def test_panel_scores_from_bauer_ambulation_and_albumin():
    """Bauer 4, walking, albumin 3.8 g/dL: 3 (capped); lung, visceral disease, not walking: 0."""
    panel = NesmsPanel(_bauer())
    assert 3 == panel.score.total
    panel.ambulatory.value = False
    panel.albumin.text = "3.4"
    panel.update(_bauer(total_four=False))
    assert 0 == panel.score.total
    assert "data-total='0'" in panel.result.value


def test_albumin_in_g_per_l_scores_after_conversion():
    """35 g/L is read as 3.5 g/dL and earns the albumin point."""
    panel = NesmsPanel(_bauer(total_four=False), ambulatory=False, albumin="35")
    assert panel.score is None  # 35 g/dL is refused, nothing is clamped
    assert "35" == panel.albumin.text
    panel.albumin.unit = "g/L"
    assert 1 == panel.score.total


def test_an_empty_albumin_withholds_the_score():
    """No value, no score: the panel says what it needs."""
    panel = NesmsPanel(_bauer(), albumin="")
    assert panel.score is None
    assert "once the albumin field holds a value" in panel.result.value


def test_result_names_where_the_bauer_total_came_from():
    """The markup shows the total of 3, cites Ghori 2015 and Leithner 2008."""
    bauer = _bauer()
    text = nesms_html(NesmsPanel(bauer).score, bauer)
    assert "3 / 3" in text
    assert "Ghori 2015" in text
    assert "Modified Bauer 4" in text
    assert "Leithner 2008" in text


def test_app_keeps_nesms_in_step_with_the_patient_form():
    """Changing the primary to lung lowers modified Bauer and with it NESMS."""
    app = PrognosisApp()
    assert 3 == app.scores["bauer_modified"].total
    assert 3 == app.nesms.score.total
    app.controls["primary"].value = "lung"
    assert 1 == app.scores["bauer_modified"].total
    assert 2 == app.nesms.score.total


def _descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _descendants(child)


def test_app_shows_the_nesms_panel_and_the_trust_section():
    """Both new sections are mounted, each under its heading."""
    app = PrognosisApp()
    shown = list(_descendants(app))
    assert app.nesms in shown
    assert app.trust in shown
    headings = [w.value for w in shown if getattr(w, "value", None) and "<h2>" in str(w.value)]
    assert "<h2>Which score to trust?</h2>" in headings
    assert "<h2>NESMS: adding ambulation and albumin</h2>" in headings
