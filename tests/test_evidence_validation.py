"""Tests for the validation evidence and NESMS provenance (evidence/validation.py)."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.evidence.validation import (
    C_STATISTICS,
    NESMS_MORTALITY,
    NESMS_PROVENANCE,
    NESMS_STATUS,
    SORG,
    STATUSES,
    TRUST_POINTS,
    ValidationFigure,
    ValidationPoint,
)
from spinemet_core.references import REFERENCES


def test_prospective_comparison_holds_the_published_c_statistics():
    """Schoenfeld 2022: NESMS 0.79, Tomita 0.69, Tokuhashi 0.67, SINS 0.54 for 1-year survival."""
    expected = {"nesms": 0.79, "tomita": 0.69, "tokuhashi_revised": 0.67, "sins": 0.54}
    assert expected == {f.score: f.value for f in C_STATISTICS}
    assert {"schoenfeld2022"} == {f.citekey for f in C_STATISTICS}
    assert all("202 patients" in f.cohort for f in C_STATISTICS)


def test_nesms_mortality_odds_ratios_are_those_of_the_validation():
    """Schoenfeld 2021: score 2 OR 7.04 (2.47-20.08), score 1 OR 31.30 (8.82-111.04) vs 3."""
    expected = [(7.04, 2.47, 20.08), (31.30, 8.82, 111.04)]
    assert expected == [(f.value, f.low, f.high) for f in NESMS_MORTALITY]
    assert {"schoenfeld2021"} == {f.citekey for f in NESMS_MORTALITY}
    assert {"secondary"} == {f.status for f in NESMS_MORTALITY}


def test_every_record_has_a_known_citekey_a_status_and_a_source():
    """Each figure, statement and link cites a reference, says how it was checked and where."""
    records = [*C_STATISTICS, *NESMS_MORTALITY, *TRUST_POINTS, SORG]
    for record in records:
        assert record.citekey in REFERENCES
        assert record.status in STATUSES
        assert record.source
    for status, source in NESMS_STATUS.values():
        assert status in STATUSES
        assert source


def test_nesms_cut_offs_are_marked_unconfirmed_and_weights_secondary():
    """Only secondary reports of the 2015 paper were reachable; its cut-offs were not found."""
    assert "unconfirmed" == NESMS_STATUS["cut_offs"][0]
    assert "secondary" == NESMS_STATUS["weights"][0]
    assert "ghori2015" == NESMS_PROVENANCE.citekey
    assert "unconfirmed" in NESMS_PROVENANCE.table_status


def test_sorg_is_linked_not_reimplemented():
    """The SORG models are a web calculator: the record holds a link, not coefficients."""
    assert SORG.url.startswith("https://")
    assert "not reimplement" in SORG.description


def test_a_figure_for_an_unknown_score_or_status_is_refused():
    """Records name a registered score and one of the three statuses."""
    with pytest.raises(InvalidInputError, match="^score: got 'bauer'"):
        ValidationFigure("x", "bauer", "m", 1.0, "c", "schoenfeld2022", "confirmed", "s")
    with pytest.raises(InvalidInputError, match="^status: got 'checked'"):
        ValidationPoint("text", "schoenfeld2022", "checked", "s")
