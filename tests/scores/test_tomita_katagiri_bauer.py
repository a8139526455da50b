"""Tests for the Tomita, Katagiri-new and modified Bauer scores."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import bauer_modified, katagiri_new, tomita
from spinemet_core.vocabulary import Primary

TOMITA_GROWTH = {"slow": 1, "moderate": 2, "rapid": 4}
TOMITA_VISCERAL = {"none": 0, "treatable": 2, "untreatable": 4}
TOMITA_BONE = {"solitary": 1, "multiple": 2}
TOMITA_BANDS = {
    2: "2-3",
    3: "2-3",
    4: "4-5",
    5: "4-5",
    6: "6-7",
    7: "6-7",
    8: "8-10",
    9: "8-10",
    10: "8-10",
}

KATAGIRI_GROWTH = {"slow": 0, "moderate": 2, "rapid": 3}
KATAGIRI_VISCERAL = {"none": 0, "nodular": 1, "disseminated": 2}
KATAGIRI_LABS = {"normal": 0, "abnormal": 1, "critical": 2}
KATAGIRI_ECOG = {0: 0, 1: 0, 2: 0, 3: 1, 4: 1}


def test_tomita_matches_published_table_over_whole_input_space():
    """All 18 input combinations total and band as published (2-10)."""
    for g, v, b in itertools.product(TOMITA_GROWTH, TOMITA_VISCERAL, TOMITA_BONE):
        result = tomita(growth=g, visceral_mets=v, bone_mets=b)
        expected = TOMITA_GROWTH[g] + TOMITA_VISCERAL[v] + TOMITA_BONE[b]
        assert expected == result.total
        assert TOMITA_BANDS[expected] == result.band.range_text
        assert {
            "growth": TOMITA_GROWTH[g],
            "visceral_mets": TOMITA_VISCERAL[v],
            "bone_mets": TOMITA_BONE[b],
        } == dict(result.points)


@pytest.mark.parametrize(
    ("inputs", "band_label_start"),
    [
        ({"growth": "slow", "visceral_mets": "none", "bone_mets": "multiple"}, "Long-term"),  # 3
        (
            {"growth": "moderate", "visceral_mets": "none", "bone_mets": "multiple"},
            "Middle-term",
        ),  # 4
        ({"growth": "rapid", "visceral_mets": "none", "bone_mets": "solitary"}, "Middle-term"),  # 5
        ({"growth": "rapid", "visceral_mets": "none", "bone_mets": "multiple"}, "Short-term"),  # 6
        ({"growth": "slow", "visceral_mets": "untreatable", "bone_mets": "multiple"}, "Short-term"),
        (
            {"growth": "rapid", "visceral_mets": "treatable", "bone_mets": "multiple"},
            "Terminal",
        ),  # 8
    ],
)
def test_tomita_band_edges_carry_treatment_goal(inputs, band_label_start):
    """Totals 3/4, 5/6 and 7/8 fall on either side of the published band edges."""
    assert tomita(**inputs).band.label.startswith(band_label_start)


def test_katagiri_matches_published_table_over_whole_input_space():
    """All 540 combinations total as the table says, with bands 0-3, 4-6, 7-10."""
    for g, v, lab, e, chemo, mult in itertools.product(
        KATAGIRI_GROWTH,
        KATAGIRI_VISCERAL,
        KATAGIRI_LABS,
        KATAGIRI_ECOG,
        (False, True),
        (False, True),
    ):
        result = katagiri_new(
            growth=g,
            visceral=v,
            labs=lab,
            ecog=e,
            previous_chemotherapy=chemo,
            multiple_bone_mets=mult,
        )
        expected = (
            KATAGIRI_GROWTH[g]
            + KATAGIRI_VISCERAL[v]
            + KATAGIRI_LABS[lab]
            + KATAGIRI_ECOG[e]
            + int(chemo)
            + int(mult)
        )
        assert expected == result.total
        band = "0-3" if expected <= 3 else "4-6" if expected <= 6 else "7-10"
        assert band == result.band.range_text


@pytest.mark.parametrize(
    ("labs", "ecog", "total", "label"),
    [
        ("normal", 2, 3, "Low risk"),
        ("abnormal", 2, 4, "Intermediate risk"),
        ("critical", 3, 6, "Intermediate risk"),
        ("critical", 3, 7, "High risk"),
    ],
)
def test_katagiri_band_edges(labs, ecog, total, label):
    """Totals 3/4 and 6/7 sit on either side of the published cut-offs."""
    chemo = total == 7
    result = katagiri_new(
        growth="moderate",
        visceral="none",
        labs=labs,
        ecog=ecog,
        previous_chemotherapy=chemo,
        multiple_bone_mets=True,
    )
    assert total == result.total
    assert label == result.band.label


FAVOURABLE = {"breast", "kidney", "lymphoma", "myeloma"}


def test_bauer_matches_published_items_over_whole_input_space():
    """Every primary and flag combination earns one point per favourable factor."""
    for primary, visceral, solitary in itertools.product(Primary, (False, True), (False, True)):
        result = bauer_modified(visceral_mets=visceral, primary=primary, solitary_skeletal=solitary)
        expected = (
            (not visceral) + (primary.value != "lung") + (primary.value in FAVOURABLE) + solitary
        )
        assert expected == result.total
        band = "0-1" if expected <= 1 else "2" if expected == 2 else "3-4"
        assert band == result.band.range_text


@pytest.mark.parametrize(
    ("inputs", "total", "band"),
    [
        ({"visceral_mets": True, "primary": "lung", "solitary_skeletal": True}, 1, "0-1"),
        ({"visceral_mets": True, "primary": "colon", "solitary_skeletal": True}, 2, "2"),
        ({"visceral_mets": True, "primary": "breast", "solitary_skeletal": True}, 3, "3-4"),
        ({"visceral_mets": True, "primary": "lung", "solitary_skeletal": False}, 0, "0-1"),
    ],
)
def test_bauer_band_edges(inputs, total, band):
    """Totals 1/2 and 2/3 fall in different groups."""
    result = bauer_modified(**inputs)
    assert (total, band) == (result.total, result.band.range_text)


@pytest.mark.parametrize(
    ("function", "inputs", "field"),
    [
        (tomita, {"growth": "fast", "visceral_mets": "none", "bone_mets": "solitary"}, "growth"),
        (
            tomita,
            {"growth": "slow", "visceral_mets": "removable", "bone_mets": "solitary"},
            "visceral_mets",
        ),
        (tomita, {"growth": "slow", "visceral_mets": "none", "bone_mets": 1}, "bone_mets"),
        (
            katagiri_new,
            {
                "growth": "slow",
                "visceral": "none",
                "labs": "normal",
                "ecog": 5,
                "previous_chemotherapy": False,
                "multiple_bone_mets": False,
            },
            "ecog",
        ),
        (
            katagiri_new,
            {
                "growth": "slow",
                "visceral": "none",
                "labs": "normal",
                "ecog": 1.0,
                "previous_chemotherapy": False,
                "multiple_bone_mets": False,
            },
            "ecog",
        ),
        (
            katagiri_new,
            {
                "growth": "slow",
                "visceral": "none",
                "labs": "high",
                "ecog": 1,
                "previous_chemotherapy": False,
                "multiple_bone_mets": False,
            },
            "labs",
        ),
        (
            katagiri_new,
            {
                "growth": "slow",
                "visceral": "lungs",
                "labs": "normal",
                "ecog": 1,
                "previous_chemotherapy": False,
                "multiple_bone_mets": False,
            },
            "visceral",
        ),
        (
            katagiri_new,
            {
                "growth": "slow",
                "visceral": "none",
                "labs": "normal",
                "ecog": 1,
                "previous_chemotherapy": 1,
                "multiple_bone_mets": False,
            },
            "previous_chemotherapy",
        ),
        (
            katagiri_new,
            {
                "growth": "slow",
                "visceral": "none",
                "labs": "normal",
                "ecog": 1,
                "previous_chemotherapy": False,
                "multiple_bone_mets": None,
            },
            "multiple_bone_mets",
        ),
        (
            bauer_modified,
            {"visceral_mets": "no", "primary": "lung", "solitary_skeletal": True},
            "visceral_mets",
        ),
        (
            bauer_modified,
            {"visceral_mets": False, "primary": "brain", "solitary_skeletal": True},
            "primary",
        ),
        (
            bauer_modified,
            {"visceral_mets": False, "primary": "lung", "solitary_skeletal": None},
            "solitary_skeletal",
        ),
    ],
)
def test_scores_reject_invalid_input_naming_the_field(function, inputs, field):
    """Each invalid argument raises InvalidInputError that names it and what is allowed."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got .*; allowed: ") as info:
        function(**inputs)
    assert field == info.value.field
