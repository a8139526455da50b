"""Tests of dashboard 01's era teaching point (ui/prognosis_era.py)."""

from spinemet_core.prognosis import Patient, score_all
from spinemet_core.ui.prognosis import PrognosisApp
from spinemet_core.ui.prognosis_era import era_gaps, era_note_html
from spinemet_core.ui.prognosis_figure import chart_spec
from spinemet_core.ui.prognosis_panels import caption_html
from tests.ui.drawn import drawn


def test_era_gaps_finds_the_revised_tokuhashi_0_8_band_only():
    """Only 0-8 has a median (18 months, Gong 2021) above its prediction (under 6 months)."""
    gaps = era_gaps("tokuhashi_revised")
    assert [("0-8", "under 6 months", 18.0, "gong2021")] == [
        (g.band, g.predicted, g.figure.value, g.figure.citekey) for g in gaps
    ]
    assert () == era_gaps("tomita")


def test_era_note_names_both_sources_and_the_reasons():
    """The note quotes the prediction and the modern median with both citations and explains
    the gap by era and surgical selection."""
    text = era_note_html("tokuhashi_revised")
    assert (
        "Revised Tokuhashi band 0-8 predicts survival <b>under 6 months</b> (Tokuhashi 2005), "
        "yet the median in this band was <b>18 months</b> in 221 surgically treated patients, "
        "Beijing, 2010-2019 (Gong 2021)."
    ) in text
    assert "The bands were derived from patients treated before 2005" in text
    assert "every patient in it had surgery" in text
    assert "" == era_note_html("tomita")


def test_the_chart_marks_the_bar_and_the_caption_carries_the_note():
    """The 0-8 bar carries the prediction as an annotation; the caption under it the note."""
    result = score_all(Patient())["tokuhashi_revised"]
    spec = chart_spec("tokuhashi_revised", result)
    (note,) = spec["layout"]["annotations"]
    assert ("0-8", 9.0) == (note["x"], note["y"])  # half-way up the 18-month bar
    assert note["text"].startswith("predicted: under 6 months")
    assert caption_html("tokuhashi_revised", result).startswith(
        "<div class='sm-card sm-era-note'><b>Teaching point: why the bar is so tall.</b>"
    )
    assert [] == chart_spec("tomita", score_all(Patient())["tomita"])["layout"]["annotations"]


def test_the_app_drops_the_mark_when_another_score_is_charted():
    """Switching the chart from the revised Tokuhashi to Tomita removes the annotation."""
    app = PrognosisApp()
    assert 1 == len(drawn(app.figure).layout.annotations)
    app._chart_score.value = "tomita"
    assert 0 == len(drawn(app.figure).layout.annotations)
