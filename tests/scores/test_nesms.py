"""Golden tests for the New England Spinal Metastasis Score (scores/nesms.py).

The 2015 paper's worked examples were not reachable; these values follow the weights
reported from it (modified Bauer 2, ambulation 1, albumin 1, ceiling 3) at every cut-off
and band edge, and the score groups 0-3 of the 2021 validation.
"""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.scores import INSTRUMENTS, bauer_modified, nesms
from spinemet_core.scores.nesms import ALBUMIN_CUTOFF_G_DL, BAUER_CUTOFF
from spinemet_core.units import to_canonical


@pytest.mark.parametrize(
    ("bauer", "ambulatory", "albumin", "points", "total"),
    [
        (0, False, 2.9, (0, 0, 0, 0), 0),
        (2, False, 3.4, (0, 0, 0, 0), 0),
        (2, True, 3.4, (0, 1, 0, 0), 1),
        (2, False, 3.5, (0, 0, 1, 0), 1),
        (2, True, 3.5, (0, 1, 1, 0), 2),
        (3, False, 3.4, (2, 0, 0, 0), 2),
        (3, True, 3.4, (2, 1, 0, 0), 3),
        (3, False, 3.5, (2, 0, 1, 0), 3),
        (4, True, 4.2, (2, 1, 1, -1), 3),
    ],
)
def test_points_and_total_at_every_cut_off(bauer, ambulatory, albumin, points, total):
    """Bauer 3 and albumin 3.5 g/dL are the first values that score; the sum stops at 3."""
    result = nesms(modified_bauer=bauer, ambulatory=ambulatory, albumin_g_dl=albumin)
    names = ("modified_bauer", "ambulatory", "albumin", "ceiling")
    expected = dict(zip(names, points, strict=True))
    assert expected == dict(result.points)
    assert total == result.total
    assert f"score_{total}" == result.band.key
    assert "ghori2015" == result.reference


def test_cut_offs_are_the_reported_values():
    """Modified Bauer 3 or more and albumin 3.5 g/dL or more (both marked unconfirmed)."""
    assert (3, 3.5) == (BAUER_CUTOFF, ALBUMIN_CUTOFF_G_DL)
    just_below = nesms(modified_bauer=0, ambulatory=False, albumin_g_dl=3.4999)
    assert 0 == just_below.points["albumin"]


def test_one_band_per_total_with_score_3_the_most_favourable():
    """Totals 0, 1, 2, 3 are four bands; 3 is the reference (good) group of the validation."""
    record = INSTRUMENTS["nesms"]
    assert (0, 3) == record.total_range
    assert ["0", "1", "2", "3"] == [b.range_text for b in record.bands]
    assert ["poor", "poor", "intermediate", "good"] == [b.tier for b in record.bands]
    assert "composite" == record.kind


def test_the_ceiling_is_reported_in_words():
    """A capped result says so; an uncapped one says the ceiling was not reached."""
    capped = nesms(modified_bauer=4, ambulatory=True, albumin_g_dl=4.0)
    free = nesms(modified_bauer=4, ambulatory=False, albumin_g_dl=4.0)
    assert "Total capped at 3" == capped.items[-1].option
    assert "Not reached" == free.items[-1].option


def test_takes_the_modified_bauer_total():
    """Renal cancer, solitary lesion, no visceral disease: Bauer 4, which earns 2 points."""
    bauer = bauer_modified(visceral_mets=False, primary="kidney", solitary_skeletal=True)
    assert 2 == nesms(modified_bauer=bauer.total, ambulatory=False, albumin_g_dl=3.0).total


def test_albumin_in_g_per_l_is_converted_before_scoring():
    """35 g/L is 3.5 g/dL: convert with the units module, then it scores."""
    albumin = to_canonical("albumin", 35, "g/L")
    assert 1 == nesms(modified_bauer=0, ambulatory=False, albumin_g_dl=albumin).total


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        ({"modified_bauer": 5, "ambulatory": True, "albumin_g_dl": 3.5}, "modified_bauer"),
        ({"modified_bauer": -1, "ambulatory": True, "albumin_g_dl": 3.5}, "modified_bauer"),
        ({"modified_bauer": 2.0, "ambulatory": True, "albumin_g_dl": 3.5}, "modified_bauer"),
        ({"modified_bauer": 2, "ambulatory": "yes", "albumin_g_dl": 3.5}, "ambulatory"),
        ({"modified_bauer": 2, "ambulatory": True, "albumin_g_dl": 35}, "albumin_g_dl"),
        ({"modified_bauer": 2, "ambulatory": True, "albumin_g_dl": 0.5}, "albumin_g_dl"),
        ({"modified_bauer": 2, "ambulatory": True, "albumin_g_dl": float("nan")}, "albumin_g_dl"),
        ({"modified_bauer": 2, "ambulatory": True, "albumin_g_dl": "3.5"}, "albumin_g_dl"),
    ],
)
def test_bad_input_is_refused_naming_the_argument(arguments, name):
    """Out-of-range, wrong-type and g/L albumin values raise InvalidInputError for that argument."""
    with pytest.raises(InvalidInputError, match=f"^{name}: got"):
        nesms(**arguments)


def test_arguments_are_keyword_only():
    """Positional arguments are refused, as for every score."""
    with pytest.raises(TypeError):
        nesms(3, True, 3.5)  # type: ignore[misc]
