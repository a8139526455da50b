"""Tests for the modified Bauer score."""

import itertools

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import bauer_modified
from spinemet_core.vocabulary import Primary

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
    ("inputs", "field"),
    [
        ({"visceral_mets": "no", "primary": "lung", "solitary_skeletal": True}, "visceral_mets"),
        ({"visceral_mets": False, "primary": "brain", "solitary_skeletal": True}, "primary"),
        (
            {"visceral_mets": False, "primary": "lung", "solitary_skeletal": None},
            "solitary_skeletal",
        ),
    ],
)
def test_bauer_modified_rejects_invalid_input_naming_the_field(inputs, field):
    """Each invalid argument raises InvalidInputError that names it and what is allowed."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got .*; allowed: ") as info:
        bauer_modified(**inputs)
    assert field == info.value.field
