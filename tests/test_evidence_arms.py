"""Tests for the schedules quoted in prose (evidence/arms.py)."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.evidence.arms import ARMS, LEDGER, Arm
from spinemet_core.fidelity import CONFIRMED
from spinemet_core.references import REFERENCES
from spinemet_core.schedules import SCHEDULES


def test_arms_hold_the_published_schedules():
    """Each arm holds the doses, fractions and randomisation share of its published schedule."""
    expected = {
        "SC.24": [((24,), 2, 1), ((20,), 5, 1)],
        "RTOG 0631": [((16, 18), 1, 2), ((8,), 1, 1)],
        "Maranzano 1995": [((30,), None, 1)],
        "Yamada 2017": [((16, 26), 1, 1)],
        "Laufer 2013": [((24,), 1, 1)],
    }
    assert expected == {
        study: [(a.doses, a.fractions, a.share) for a in arms] for study, arms in ARMS.items()
    }


def test_dose_text_and_label_write_one_dose_either_dose_or_a_range():
    """'24 Gy', '16 or 18 Gy', '16-26 Gy'; 'SBRT 24 Gy / 2', 'cEBRT 8 Gy x 1', 'cEBRT 30 Gy'."""
    expected = [
        ("24 Gy", "SBRT 24 Gy / 2"),
        ("20 Gy", "cEBRT 20 Gy / 5"),
        ("16 or 18 Gy", "SRS 16 or 18 Gy x 1"),
        ("8 Gy", "cEBRT 8 Gy x 1"),
        ("30 Gy", "cEBRT 30 Gy"),
        ("16-26 Gy", "SRS 16-26 Gy x 1"),
        ("24 Gy", "SRS 24 Gy x 1"),
    ]
    assert expected == [(a.dose_text, a.label) for arms in ARMS.values() for a in arms]


def test_an_arm_with_two_doses_needs_a_spread():
    """Two doses without 'or'/'-' (or one dose with a spread) are refused."""
    with pytest.raises(InvalidInputError, match="doses"):
        Arm("X", "all", "SRS", (16, 18), 1, "yamada2017", CONFIRMED)
    with pytest.raises(InvalidInputError, match="doses"):
        Arm("X", "all", "SRS", (16,), 1, "yamada2017", CONFIRMED, "-")


def test_every_arm_cites_a_known_reference_and_the_ledger_lists_it():
    """Each arm's citekey exists, and the ledger has one row per arm plus each trial's ratio."""
    arms = [a for group in ARMS.values() for a in group]
    assert all(a.citekey in REFERENCES for a in arms)
    ratios = sum(len(group) == 2 for group in ARMS.values())
    assert len(arms) + ratios == len(LEDGER)
    assert ("2:1", "ryu2023_rtog0631", "confirmed") in [
        (e.value, e.citekey, e.status) for e in LEDGER
    ]


def test_the_schedule_catalogue_agrees_with_the_trial_arms():
    """The catalogue's trial arms (24 Gy / 2, 20 Gy / 5, 16 and 18 Gy x 1, 8 Gy x 1) match ARMS."""
    catalogue = {(s.total_dose, s.fractions) for s in SCHEDULES}
    for study in ("SC.24", "RTOG 0631"):
        for arm in ARMS[study]:
            assert all((dose, arm.fractions) in catalogue for dose in arm.doses)
