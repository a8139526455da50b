"""Tests for the combined patient form, disagreement and band flips."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.evidence.prognosis import (
    PROVENANCE,
    SURVIVAL_FIGURES,
    SurvivalFigure,
    figures_for,
)
from spinemet_core.prognosis import (
    PATIENT_CHOICES,
    PROGNOSTIC_SCORES,
    Patient,
    band_flips,
    discordance,
    score_all,
)
from spinemet_core.references import REFERENCES
from spinemet_core.scores import INSTRUMENTS


def test_score_all_translates_the_patient_for_each_instrument():
    """Visceral disease and bone burden are expressed in each instrument's own terms."""
    patient = Patient(
        primary="lung",
        kps=60,
        ecog=2,
        extraspinal_bone_foci=2,
        vertebral_body_mets=1,
        visceral="present",
        visceral_removable=False,
        visceral_treatable=True,
        visceral_pattern="nodular",
        frankel="D",
        labs="abnormal",
        previous_chemotherapy=True,
    )
    results = score_all(patient)
    assert list(PROGNOSTIC_SCORES) == list(results)
    # 1 (KPS 60) + 1 (2 foci) + 2 (1 vertebra) + 0 (unremovable) + 0 (lung) + 1 (D)
    assert 5 == results["tokuhashi_revised"].total
    assert 5 == results["tokuhashi_original"].total
    assert {"growth": 4, "visceral_mets": 2, "bone_mets": 2} == dict(results["tomita"].points)
    assert 7 == results["katagiri_new"].total  # 3 + 1 + 1 + 0 + 1 + 1
    assert 0 == results["bauer_modified"].total


def test_discordance_levels():
    """Scores agreeing, adjacent and opposite are told apart."""
    assert "concordant" == discordance(score_all(Patient(primary="kidney", kps=80))).level
    lung = Patient(
        primary="lung",
        kps=60,
        visceral="present",
        extraspinal_bone_foci=3,
        vertebral_body_mets=3,
        previous_chemotherapy=True,
        labs="abnormal",
    )
    assert "concordant" == discordance(score_all(lung)).level
    mixed = Patient(
        primary="breast", kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2, frankel="D"
    )
    result = discordance(score_all(mixed))
    # revised Tokuhashi 11 (intermediate), Tomita 3 (good), Katagiri 3 (good), Bauer 3 (good),
    # original Tokuhashi 8 (intermediate)
    assert "partial" == result.level
    assert {
        "intermediate": ["tokuhashi_revised", "tokuhashi_original"],
        "good": ["tomita", "katagiri_new", "bauer_modified"],
    } == result.by_tier


def test_discordance_conflicting_when_good_and_poor_coexist():
    """Revised Tokuhashi good while Katagiri is high risk is a conflict."""
    patient = Patient(
        primary="breast",
        kps=90,
        frankel="E",
        labs="critical",
        ecog=3,
        previous_chemotherapy=True,
        visceral="present",
        visceral_removable=True,
        visceral_pattern="disseminated",
    )
    results = score_all(patient)
    assert "12-15" == results["tokuhashi_revised"].band.range_text
    assert "7-10" == results["katagiri_new"].band.range_text
    assert "conflicting" == discordance(results).level


def test_band_flips_lists_single_changes_that_cross_a_band_edge():
    """KPS 70 -> 80 moves a revised Tokuhashi 11 into the 12-15 band."""
    patient = Patient(
        primary="breast", kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2, frankel="D"
    )
    flips = band_flips(patient)["tokuhashi_revised"]
    kps = [(f.new_value, f.new_total, f.new_band) for f in flips if f.field == "kps"]
    assert [(80, 12, "12-15"), (90, 12, "12-15"), (100, 12, "12-15")] == kps
    assert all(f.old_total == 11 for f in flips)


def test_band_flips_never_reports_a_change_that_keeps_the_band():
    """Every reported flip really lands in another band."""
    patient = Patient(
        primary="colon", kps=50, extraspinal_bone_foci=2, vertebral_body_mets=2, visceral="present"
    )
    base = score_all(patient)
    for name, flips in band_flips(patient).items():
        for flip in flips:
            assert base[name].band.range_text != flip.new_band


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("kps", 85),
        ("ecog", 5),
        ("visceral", "yes"),
        ("visceral_pattern", "miliary"),
        ("labs", "high"),
        ("primary", "brain"),
        ("frankel", "F"),
        ("hormone_dependent", "no"),
    ],
)
def test_patient_rejects_invalid_fields(field, bad):
    """A Patient with an invalid field raises InvalidInputError naming it."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        Patient(**{field: bad})


def test_evidence_rows_cite_existing_references_and_known_bands():
    """Each survival figure cites a known key and a band its score really has."""
    results = score_all(Patient())
    for fig in SURVIVAL_FIGURES:
        assert fig.citekey in REFERENCES
        assert fig.score in results
    for prov in PROVENANCE.values():
        assert prov.citekey in REFERENCES
        assert all(key in REFERENCES for _text, key in prov.accuracy)
    assert set(PROGNOSTIC_SCORES) == set(PROVENANCE)


def test_prognostic_scores_are_the_survival_instruments_of_the_registry():
    """The side-by-side list is the registry's survival records, in registry order."""
    expected = (
        "tokuhashi_revised",
        "tokuhashi_original",
        "tomita",
        "katagiri_new",
        "bauer_modified",
    )
    assert expected == PROGNOSTIC_SCORES
    assert [n for n, r in INSTRUMENTS.items() if r.kind == "survival"] == list(PROGNOSTIC_SCORES)


@pytest.mark.parametrize("name", PROGNOSTIC_SCORES)
def test_provenance_title_and_citekey_come_from_the_registry(name):
    """The dashboard's titles and citations are the instrument records' own."""
    record = INSTRUMENTS[name]
    assert (record.title, record.citekey) == (PROVENANCE[name].title, PROVENANCE[name].citekey)


def test_survival_figures_name_bands_by_key():
    """Each figure's band text is that of the keyed band in the score's record."""
    for fig in SURVIVAL_FIGURES:
        assert INSTRUMENTS[fig.score].band(fig.band_key).range_text == fig.band
    assert ["0-8", "9-11", "12-15"] == [f.band for f in figures_for("tokuhashi_revised")]


def test_survival_figure_with_an_unknown_band_key_is_refused():
    """A figure cannot point at a band its score does not have."""
    with pytest.raises(InvalidInputError, match="^key: got '9-11'"):
        SurvivalFigure("tokuhashi_revised", "9-11", "median", 1.0, "months", "c", "gong2021")


def test_patient_choices_follow_the_instruments_items():
    """Counts stop where the items' "or more" options start; KPS and ECOG list every value."""
    assert (0, 1, 2, 3) == PATIENT_CHOICES["extraspinal_bone_foci"]
    assert (1, 2, 3) == PATIENT_CHOICES["vertebral_body_mets"]
    assert tuple(range(10, 101, 10)) == PATIENT_CHOICES["kps"]
    assert (0, 1, 2, 3, 4) == PATIENT_CHOICES["ecog"]
    assert ("nodular", "disseminated") == PATIENT_CHOICES["visceral_pattern"]


@pytest.mark.parametrize("function", [score_all, band_flips])
def test_scoring_refuses_what_is_not_a_patient(function):
    """Regression: score_all(None) raised AttributeError; anything but a Patient is refused."""
    with pytest.raises(InvalidInputError, match="^patient: got None;"):
        function(None)


@pytest.mark.parametrize("results", [None, 3, {"tomita": 7}])
def test_discordance_refuses_what_is_not_score_results(results):
    """Regression: discordance(None) raised AttributeError; it takes a mapping of ScoreResults."""
    with pytest.raises(InvalidInputError, match="^results: got"):
        discordance(results)
