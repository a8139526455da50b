"""Tests for the Katagiri new score."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import katagiri_new

KATAGIRI_GROWTH = {"slow": 0, "moderate": 2, "rapid": 3}
KATAGIRI_VISCERAL = {"none": 0, "nodular": 1, "disseminated": 2}
KATAGIRI_LABS = {"normal": 0, "abnormal": 1, "critical": 2}
KATAGIRI_ECOG = {0: 0, 1: 0, 2: 0, 3: 1, 4: 1}


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


@pytest.mark.parametrize(
    ("inputs", "field"),
    [
        (
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
    ],
)
def test_katagiri_new_rejects_invalid_input_naming_the_field(inputs, field):
    """Each invalid argument raises InvalidInputError that names it and what is allowed."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got .*; allowed: ") as info:
        katagiri_new(**inputs)
    assert field == info.value.field
