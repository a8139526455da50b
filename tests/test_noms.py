"""Tests for the NOMS decision rules: one per rule and per branch edge."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.noms import RULES, decision_changes, recommend
from spinemet_core.references import REFERENCES

BASE = {"escc_grade": "0", "myelopathy": False, "sins_total": 3, "fit_for_surgery": True}


def _rec(**changes):
    return recommend(**{**BASE, **changes})


@pytest.mark.parametrize("grade", ["0", "1a", "1b", "1c", "2", "3"])
@pytest.mark.parametrize("sensitivity", ["high", "moderate"])
def test_radiosensitive_histology_gets_cebrt_at_any_grade(grade, sensitivity):
    """Radiosensitive tumours get conventional EBRT, never separation surgery."""
    r = _rec(escc_grade=grade, radiosensitivity=sensitivity, myelopathy=True)
    assert ("cEBRT", False, "radiosensitive") == (r.radiation, r.separation_surgery, r.branch)


@pytest.mark.parametrize(
    ("grade", "radiation", "separation"),
    [
        ("0", "SRS", False),
        ("1a", "SRS", False),
        ("1b", "SRS", False),
        ("1c", "SRS", False),
        ("2", "SRS", True),
        ("3", "SRS", True),
    ],
)
def test_radioresistant_branch_edges_1b_1c_2(grade, radiation, separation):
    """Radioresistant: low grade and 1c get SRS; grade 2 and 3 get separation surgery then SRS."""
    r = _rec(escc_grade=grade, primary="kidney")
    assert (radiation, separation) == (r.radiation, r.separation_surgery)


def test_grade_1c_trail_names_the_grey_zone():
    """Grade 1c follows the low-grade branch and the trail says it is contested."""
    r = _rec(escc_grade="1c", radiosensitivity="resistant")
    assert "resistant-borderline" in r.rules
    assert "grey zone" in r.trail[0].implication
    assert "grey zone" in r.trail[1].implication


@pytest.mark.parametrize(
    ("fit", "radiation", "separation"),
    [
        (True, "SRS", True),
        (False, "cEBRT", False),
    ],
)
def test_high_grade_radioresistant_fit_versus_unfit(fit, radiation, separation):
    """Fit patients get hybrid therapy; unfit patients get conventional EBRT."""
    r = _rec(escc_grade="3", radiosensitivity="resistant", fit_for_surgery=fit)
    assert (radiation, separation) == (r.radiation, r.separation_surgery)


@pytest.mark.parametrize(
    ("sins", "stabilization", "consultation"),
    [
        (0, False, False),
        (6, False, False),
        (7, False, True),
        (12, False, True),
        (13, True, True),
        (18, True, True),
    ],
)
def test_sins_edges_6_7_and_12_13(sins, stabilization, consultation):
    """SINS 7 or more asks for a surgeon; 13 or more stabilises."""
    r = _rec(sins_total=sins, radiosensitivity="high")
    assert (stabilization, consultation) == (r.stabilization, r.surgical_consultation)


def test_unstable_spine_is_stabilized_even_when_unfit_and_trail_says_percutaneous():
    """Instability is treated whatever the radiation plan; unfit patients get percutaneous means."""
    r = _rec(sins_total=14, radiosensitivity="resistant", escc_grade="2", fit_for_surgery=False)
    assert r.stabilization
    assert "percutaneous" in r.trail[3].implication


def test_primary_is_looked_up_and_override_wins():
    """A primary gives its NOMS group; an explicit radiosensitivity overrides it."""
    assert "cEBRT" == _rec(escc_grade="2", primary="lymphoma").radiation
    overridden = _rec(escc_grade="2", primary="lymphoma", radiosensitivity="resistant")
    assert overridden.separation_surgery
    assert "override" in overridden.trail[1].finding


def test_every_rule_fires_somewhere_and_cites_an_existing_reference():
    """Each rule is reachable and its citekey resolves."""
    fired = set()
    for grade, sens, sins, fit in itertools.product(
        ["0", "1c", "2"], ["high", "resistant"], [3, 9, 15], [True, False]
    ):
        fired.update(
            _rec(
                escc_grade=grade, radiosensitivity=sens, sins_total=sins, fit_for_surgery=fit
            ).rules
        )
    assert {r.id for r in RULES} == fired
    assert all(r.citekey in REFERENCES for r in RULES)


def test_trail_has_one_step_per_pillar_with_citekeys():
    """The trail reads N, O, M, S and every step cites a known source."""
    r = _rec(primary="breast")
    assert ["N", "O", "M", "S"] == [s.pillar for s in r.trail]
    assert all(s.citekey in REFERENCES for s in r.trail)


def test_summary_of_hybrid_therapy_with_instability():
    """The one-line summary names surgery, SRS and stabilization."""
    r = _rec(escc_grade="2", primary="melanoma", sins_total=13)
    assert "Separation surgery, then SRS; stabilization" == r.summary


def test_decision_changes_name_the_flipping_pillar():
    """Radioresistant, grade 2 and fit: turning unfit or radiosensitive flips the branch."""
    changes = decision_changes(
        escc_grade="2", myelopathy=False, primary="kidney", sins_total=3, fit_for_surgery=True
    )
    found = {(c.argument, c.new_value): c.summary for c in changes}
    assert "cEBRT" == found[("fit_for_surgery", False)]
    assert "cEBRT" == found[("radiosensitivity", "high")]
    assert "SRS" == found[("escc_grade", "1c")]
    assert "Separation surgery, then SRS; surgical consultation" == found[("sins_total", 7)]
    assert ("escc_grade", "3") not in found


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"escc_grade": "4"}, "escc_grade"),
        ({"escc_grade": 2}, "escc_grade"),
        ({"myelopathy": "yes"}, "myelopathy"),
        ({"sins_total": 19}, "sins_total"),
        ({"sins_total": -1}, "sins_total"),
        ({"sins_total": 7.0}, "sins_total"),
        ({"fit_for_surgery": None}, "fit_for_surgery"),
        ({"primary": "brain"}, "primary"),
        ({"radiosensitivity": "low"}, "radiosensitivity"),
    ],
)
def test_recommend_rejects_invalid_input_naming_the_field(changes, field):
    """Invalid input raises InvalidInputError naming the argument."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        recommend(**{**BASE, "primary": "kidney", **changes})


def test_recommend_requires_primary_or_radiosensitivity():
    """Without a histology the oncologic pillar cannot be assessed."""
    with pytest.raises(InvalidInputError, match="^primary: got None; allowed: a Primary value"):
        recommend(**BASE)


def test_moderate_histology_high_grade_myelopathy_trail_says_what_patchell_covers():
    """Breast, grade 3, myelopathy: cEBRT, and an O step on what Patchell 2005 covers."""
    r = _rec(escc_grade="3", primary="breast", myelopathy=True)
    assert ("cEBRT", "radiosensitive") == (r.radiation, r.branch)
    assert ["N", "O", "O", "M", "S"] == [s.pillar for s in r.trail]
    note = r.trail[2]
    assert "patchell2005" == note.citekey
    assert "moderately radiosensitive tumours were eligible" in note.finding
    assert "does not cover patients outside those limits" in note.implication


def test_moderate_histology_without_myelopathy_has_no_trial_note():
    """Without myelopathy the moderate high-grade trail keeps one step per pillar."""
    r = _rec(escc_grade="3", primary="breast", myelopathy=False)
    assert ["N", "O", "M", "S"] == [s.pillar for s in r.trail]


def test_high_radiosensitivity_high_grade_trail_says_patchell_excluded_it():
    """Lymphoma with grade 2: the trail says the surgical trial excluded this histology."""
    r = _rec(escc_grade="2", primary="lymphoma")
    assert "patchell2005" == r.trail[2].citekey
    assert "highly radiosensitive tumours were excluded" in r.trail[2].finding


def test_resistant_histology_trail_has_no_trial_note():
    """A radioresistant tumour goes by the rules alone: no trial note in its trail."""
    r = _rec(escc_grade="3", primary="kidney", myelopathy=True)
    assert ["N", "O", "M", "S"] == [s.pillar for s in r.trail]


def test_mechanical_step_cites_the_source_of_its_action():
    """Stabilising an unstable spine is the NOMS rule; consultation from SINS 7 is Fisher's."""
    assert "laufer2013_noms" == _rec(sins_total=13, primary="kidney").trail[-2].citekey
    assert "fisher2010" == _rec(sins_total=9, primary="kidney").trail[-2].citekey
    assert "fisher2010" == _rec(sins_total=3, primary="kidney").trail[-2].citekey


def test_an_override_is_named_once_in_the_trail():
    """The oncologic step reads '(set by override)', not '(set explicitly (override))'."""
    r = recommend(
        escc_grade="3", myelopathy=True, sins_total=4, fit_for_surgery=True, radiosensitivity="high"
    )
    [step] = [s for s in r.trail if s.pillar == "O" and "Radiosensitivity" in s.finding]
    assert "Radiosensitivity to conventional EBRT: high (set by override)." == step.finding
