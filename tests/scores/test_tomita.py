"""Tests for the Tomita score."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import tomita

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


@pytest.mark.parametrize(
    ("inputs", "field"),
    [
        ({"growth": "fast", "visceral_mets": "none", "bone_mets": "solitary"}, "growth"),
        (
            {"growth": "slow", "visceral_mets": "removable", "bone_mets": "solitary"},
            "visceral_mets",
        ),
        ({"growth": "slow", "visceral_mets": "none", "bone_mets": 1}, "bone_mets"),
    ],
)
def test_tomita_rejects_invalid_input_naming_the_field(inputs, field):
    """Each invalid argument raises InvalidInputError that names it and what is allowed."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got .*; allowed: ") as info:
        tomita(**inputs)
    assert field == info.value.field
