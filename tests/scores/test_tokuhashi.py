"""Tests for the original (1990) and revised (2005) Tokuhashi scores."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import tokuhashi_original, tokuhashi_revised
from spinemet_core.vocabulary import Primary

# Published tables, typed again here from the fact sheet (NICE CG75 appendix 3 for 2005).
KPS = {10: 0, 20: 0, 30: 0, 40: 0, 50: 1, 60: 1, 70: 1, 80: 2, 90: 2, 100: 2}
EXTRASPINAL = {0: 2, 1: 1, 2: 1, 3: 0, 4: 0, 9: 0}
VERTEBRAL = {1: 2, 2: 1, 3: 0, 7: 0}
VISCERAL = {"unremovable": 0, "removable": 1, "none": 2}
FRANKEL = {"A": 0, "B": 0, "C": 1, "D": 1, "E": 2}
PRIMARY_2005 = {
    "lung": 0,
    "osteosarcoma": 0,
    "stomach": 0,
    "bladder": 0,
    "esophagus": 0,
    "pancreas": 0,
    "liver": 1,
    "gallbladder": 1,
    "unknown": 1,
    "kidney": 3,
    "uterus": 3,
    "rectum": 4,
    "thyroid": 5,
    "breast": 5,
    "prostate": 5,
    "carcinoid": 5,
}  # every other primary is "others": 2
PRIMARY_1990 = {
    "lung": 0,
    "stomach": 0,
    "kidney": 1,
    "liver": 1,
    "uterus": 1,
    "unknown": 1,
    "other": 1,
    "thyroid": 2,
    "prostate": 2,
    "breast": 2,
    "rectum": 2,
}  # every other primary is "others": 1

PATIENT = {
    "kps": 70,
    "extraspinal_bone_foci": 1,
    "vertebral_body_mets": 2,
    "visceral_mets": "none",
    "primary": "breast",
    "frankel": "D",
}


def _band_revised(total):
    return "0-8" if total <= 8 else "9-11" if total <= 11 else "12-15"


def _band_original(total):
    return "0-5" if total <= 5 else "6-8" if total <= 8 else "9-12"


def test_tokuhashi_revised_matches_published_table_over_whole_input_space():
    """Every combination of representative inputs totals as the published table says."""
    for kps, foci, vert, visc, prim, fr in itertools.product(
        KPS, EXTRASPINAL, VERTEBRAL, VISCERAL, Primary, FRANKEL
    ):
        expected = (
            KPS[kps]
            + EXTRASPINAL[foci]
            + VERTEBRAL[vert]
            + VISCERAL[visc]
            + PRIMARY_2005.get(prim.value, 2)
            + FRANKEL[fr]
        )
        result = tokuhashi_revised(
            kps=kps,
            extraspinal_bone_foci=foci,
            vertebral_body_mets=vert,
            visceral_mets=visc,
            primary=prim,
            frankel=fr,
        )
        assert expected == result.total
        assert _band_revised(expected) == result.band.range_text


def test_tokuhashi_original_matches_published_table_over_whole_input_space():
    """Every combination of representative inputs totals as the 1990 table says."""
    for kps, foci, vert, visc, prim, fr in itertools.product(
        KPS, EXTRASPINAL, VERTEBRAL, VISCERAL, Primary, FRANKEL
    ):
        expected = (
            KPS[kps]
            + EXTRASPINAL[foci]
            + VERTEBRAL[vert]
            + VISCERAL[visc]
            + PRIMARY_1990.get(prim.value, 1)
            + FRANKEL[fr]
        )
        result = tokuhashi_original(
            kps=kps,
            extraspinal_bone_foci=foci,
            vertebral_body_mets=vert,
            visceral_mets=visc,
            primary=prim,
            frankel=fr,
        )
        assert expected == result.total
        assert _band_original(expected) == result.band.range_text


@pytest.mark.parametrize(
    ("primary", "points"), [*PRIMARY_2005.items(), ("colon", 2), ("melanoma", 2), ("other", 2)]
)
def test_tokuhashi_revised_primary_item_points(primary, points):
    """Each primary earns its published primary-site points, unlisted sites as 'others'."""
    result = tokuhashi_revised(**{**PATIENT, "primary": primary})
    assert points == result.points["primary"]


def test_tokuhashi_revised_breakdown_names_options_and_sums_to_total():
    """The result carries each item's option and points, summing to the total."""
    result = tokuhashi_revised(**PATIENT)
    assert {
        "kps": 1,
        "extraspinal_bone_foci": 1,
        "vertebral_body_mets": 1,
        "visceral_mets": 2,
        "primary": 5,
        "frankel": 1,
    } == dict(result.points)
    assert 11 == result.total
    assert "Moderate (KPS 50-70%)" == result.items[0].option
    assert "tokuhashi2005" == result.reference


# Low-score patient: KPS 40 (0), >=3 extraspinal foci (0), 2 vertebrae (1), no visceral (2),
# breast (5 revised / 2 original), Frankel D (1): revised 9, original 6.
LOW = {**PATIENT, "kps": 40, "extraspinal_bone_foci": 3}


@pytest.mark.parametrize(
    ("changes", "total", "band"),
    [
        ({"frankel": "B"}, 8, "0-8"),
        ({}, 9, "9-11"),
    ],
)
def test_tokuhashi_revised_band_edge_8_9(changes, total, band):
    """A total of 8 is in the under-6-month band; 9 is in the 6-month band."""
    result = tokuhashi_revised(**{**LOW, **changes})
    assert total == result.total
    assert band == result.band.range_text


@pytest.mark.parametrize(
    ("changes", "total", "band"),
    [
        ({}, 11, "9-11"),
        ({"kps": 80}, 12, "12-15"),
    ],
)
def test_tokuhashi_revised_band_edge_11_12(changes, total, band):
    """A total of 11 is in the 6-month band; 12 is in the 1-year band."""
    result = tokuhashi_revised(**{**PATIENT, **changes})
    assert total == result.total
    assert band == result.band.range_text


@pytest.mark.parametrize(
    ("inputs", "total", "band"),
    [
        ({**LOW, "frankel": "B"}, 5, "0-5"),
        (LOW, 6, "6-8"),
        (PATIENT, 8, "6-8"),
        ({**PATIENT, "frankel": "E"}, 9, "9-12"),
    ],
)
def test_tokuhashi_original_band_edges(inputs, total, band):
    """The 1990 bands break between 5/6 and 8/9."""
    result = tokuhashi_original(**inputs)
    assert total == result.total
    assert band == result.band.range_text


def test_tokuhashi_extremes_reach_published_range():
    """The worst patient scores 0 and the best 15 (revised) or 12 (original)."""
    worst = {
        "kps": 10,
        "extraspinal_bone_foci": 5,
        "vertebral_body_mets": 5,
        "visceral_mets": "unremovable",
        "primary": "lung",
        "frankel": "A",
    }
    best = {
        "kps": 100,
        "extraspinal_bone_foci": 0,
        "vertebral_body_mets": 1,
        "visceral_mets": "none",
        "primary": "thyroid",
        "frankel": "E",
    }
    assert (0, 15) == (tokuhashi_revised(**worst).total, tokuhashi_revised(**best).total)
    assert (0, 12) == (tokuhashi_original(**worst).total, tokuhashi_original(**best).total)


@pytest.mark.parametrize(
    ("field", "bad", "allowed"),
    [
        ("kps", 85, "an integer from 10 to 100 in steps of 10"),
        ("kps", 0, "an integer from 10 to 100 in steps of 10"),
        ("kps", 110, "an integer from 10 to 100 in steps of 10"),
        ("kps", 70.0, "an integer from 10 to 100 in steps of 10"),
        ("kps", None, "an integer from 10 to 100 in steps of 10"),
        ("extraspinal_bone_foci", -1, "an integer >= 0"),
        ("extraspinal_bone_foci", 1.5, "an integer >= 0"),
        ("extraspinal_bone_foci", True, "an integer >= 0"),
        ("vertebral_body_mets", 0, "an integer >= 1"),
        ("vertebral_body_mets", "2", "an integer >= 1"),
        ("visceral_mets", "treatable", "'none', 'removable', 'unremovable'"),
        ("visceral_mets", None, "'none', 'removable', 'unremovable'"),
        ("primary", "brain", "'lung', 'osteosarcoma'"),
        ("primary", "Breast", "'lung', 'osteosarcoma'"),
        ("frankel", "F", "'A', 'B', 'C', 'D', 'E'"),
        ("frankel", None, "'A', 'B', 'C', 'D', 'E'"),
    ],
)
@pytest.mark.parametrize("function", [tokuhashi_revised, tokuhashi_original])
def test_tokuhashi_rejects_invalid_input_naming_field_and_allowed(function, field, bad, allowed):
    """Bad input raises InvalidInputError naming the argument and the allowed values."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got") as info:
        function(**{**PATIENT, field: bad})
    assert info.value.field == field
    assert allowed in str(info.value)


def test_tokuhashi_arguments_are_keyword_only():
    """Positional arguments are refused."""
    with pytest.raises(TypeError):
        tokuhashi_revised(70, 1, 2, "none", "breast", "D")  # type: ignore[misc]
