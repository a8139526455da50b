"""Tests for the Spinal Instability Neoplastic Score."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import sins
from spinemet_core.vocabulary import SPINAL_LEVELS

LOCATION = {  # Fisher 2010: junctional 3, mobile 2, semi-rigid 1, rigid 0
    **dict.fromkeys(["C1", "C2", "C7", "T1", "T2", "T11", "T12", "L1", "L5", "S1"], 3),
    **dict.fromkeys(["C3", "C4", "C5", "C6", "L2", "L3", "L4"], 2),
    **dict.fromkeys([f"T{i}" for i in range(3, 11)], 1),
    **dict.fromkeys(["S2", "S3", "S4", "S5"], 0),
}
PAIN = {"mechanical": 3, "occasional": 1, "none": 0}
LESION = {"lytic": 2, "mixed": 1, "blastic": 0}
ALIGNMENT = {"subluxation": 4, "deformity": 2, "normal": 0}
COLLAPSE = {"over_50": 3, "under_50": 2, "involved_over_50": 1, "none": 0}
POSTEROLATERAL = {"bilateral": 3, "unilateral": 1, "none": 0}


def test_sins_location_table_covers_every_level():
    """All 29 levels C1-S5 are classified, none twice."""
    assert sorted(LOCATION) == sorted(SPINAL_LEVELS)


def test_sins_matches_published_table_over_whole_input_space():
    """Every level and item combination totals and bands as Fisher 2010 says."""
    for lvl, pain, les, ali, col, pos in itertools.product(
        LOCATION, PAIN, LESION, ALIGNMENT, COLLAPSE, POSTEROLATERAL
    ):
        result = sins(
            level=lvl, pain=pain, lesion=les, alignment=ali, collapse=col, posterolateral=pos
        )
        expected = (
            LOCATION[lvl]
            + PAIN[pain]
            + LESION[les]
            + ALIGNMENT[ali]
            + COLLAPSE[col]
            + POSTEROLATERAL[pos]
        )
        assert expected == result.total
        band = "0-6" if expected <= 6 else "7-12" if expected <= 12 else "13-18"
        assert band == result.band.range_text


@pytest.mark.parametrize(
    ("inputs", "total", "band"),
    [
        (
            {
                "level": "T6",
                "pain": "occasional",
                "lesion": "lytic",
                "collapse": "under_50",
                "posterolateral": "none",
            },
            6,
            "Stable",
        ),
        (
            {
                "level": "T6",
                "pain": "occasional",
                "lesion": "lytic",
                "collapse": "under_50",
                "posterolateral": "unilateral",
            },
            7,
            "Indeterminate",
        ),
        (
            {
                "level": "L5",
                "pain": "mechanical",
                "lesion": "lytic",
                "collapse": "under_50",
                "posterolateral": "unilateral",
            },
            11,
            "Indeterminate",
        ),
        (
            {
                "level": "L5",
                "pain": "mechanical",
                "lesion": "lytic",
                "collapse": "under_50",
                "posterolateral": "bilateral",
            },
            13,
            "Unstable",
        ),
    ],
)
def test_sins_band_edges_6_7_and_12_13(inputs, total, band):
    """6 is stable, 7-12 indeterminate, 13 unstable."""
    result = sins(alignment="normal", **inputs)
    assert total == result.total
    assert result.band.label.startswith(band)
    assert result.band.tier is None


def test_sins_extremes():
    """The published range is 0-18."""
    low = sins(
        level="S3",
        pain="none",
        lesion="blastic",
        alignment="normal",
        collapse="none",
        posterolateral="none",
    )
    high = sins(
        level="C1",
        pain="mechanical",
        lesion="lytic",
        alignment="subluxation",
        collapse="over_50",
        posterolateral="bilateral",
    )
    assert (0, 18) == (low.total, high.total)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("level", "T13"),
        ("level", "t5"),
        ("level", None),
        ("level", 5),
        ("pain", "severe"),
        ("lesion", "sclerotic"),
        ("alignment", "kyphosis"),
        ("collapse", ">50%"),
        ("posterolateral", "both"),
    ],
)
def test_sins_rejects_invalid_input(field, bad):
    """Unknown values raise InvalidInputError naming the field."""
    inputs = {
        "level": "T6",
        "pain": "none",
        "lesion": "mixed",
        "alignment": "normal",
        "collapse": "none",
        "posterolateral": "none",
        field: bad,
    }
    with pytest.raises(InvalidInputError, match=f"^{field}: got") as info:
        sins(**inputs)
    assert field == info.value.field
