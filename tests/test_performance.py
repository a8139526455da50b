"""Tests of spinemet_core.performance: KPS/ECOG pairs against the published conversions."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.performance import (
    CONVERSIONS,
    ECOG_VALUES,
    FLAG_CONVERSION,
    KPS_VALUES,
    performance_check,
)
from spinemet_core.references import REFERENCES

# Every pair the dashboard can enter, and whether Buccheri 1996 (the flag's conversion)
# accepts it: grade 1 KPS 80-100 with ECOG 0-1, grade 2 KPS 60-70 with ECOG 2, grade 3
# KPS 10-50 with ECOG 3-4 (abstract, Eur J Cancer 1996;32A:1135).
BUCCHERI_CONSISTENT = {
    (kps, ecog)
    for kps in KPS_VALUES
    for ecog in ECOG_VALUES
    if (kps >= 80 and ecog <= 1) or (kps in (60, 70) and ecog == 2) or (kps <= 50 and ecog >= 3)
}


@pytest.mark.parametrize("kps", KPS_VALUES)
@pytest.mark.parametrize("ecog", ECOG_VALUES)
def test_each_pair_is_consistent_or_flagged_under_buccheri_1996(kps, ecog):
    """Each of the 50 KPS/ECOG pairs gets the Buccheri 1996 verdict."""
    check = performance_check(kps=kps, ecog=ecog)
    assert ((kps, ecog) in BUCCHERI_CONSISTENT) == check.consistent
    assert "buccheri1996" == check.conversion.citekey


def test_buccheri_table_accepts_exactly_the_expected_number_of_pairs():
    """3 × 2 + 2 × 1 + 5 × 2 = 18 of the 50 pairs agree under Buccheri 1996."""
    agreeing = [
        (k, e)
        for k in KPS_VALUES
        for e in ECOG_VALUES
        if performance_check(kps=k, ecog=e).consistent
    ]
    assert 18 == len(agreeing)


def test_kps_30_with_ecog_0_is_flagged_and_names_the_expected_grades():
    """The issue's example: KPS 30% with ECOG 0 is outside; Buccheri pairs KPS 30% with ECOG 3-4."""
    check = performance_check(kps=30, ecog=0)
    assert False is check.consistent
    assert (3, 4) == check.expected_ecog
    assert [("ma2010", False), ("prasad2018", False)] == [(c.citekey, a) for c, a in check.others]
    assert False is check.sources_disagree


def test_ma_2010_table_is_transcribed_from_its_abstract():
    """Ma 2010: KPS 100 (ECOG 0), 80-90 (1), 60-70 (2), 40-50 (3), 10-30 (4)."""
    ma = CONVERSIONS["ma2010"]
    assert [0, 1, 1, 2, 2, 3, 3, 4, 4, 4] == [ma.ecog_for(k)[0] for k in reversed(KPS_VALUES)]


def test_prasad_2018_table_is_transcribed_from_its_abstract():
    """Prasad 2018: KPS 100 (ECOG 0), 80-90 (1), 70 (2), 50-60 (3), 10-40 (4)."""
    prasad = CONVERSIONS["prasad2018"]
    assert [0, 1, 1, 2, 3, 3, 4, 4, 4, 4] == [prasad.ecog_for(k)[0] for k in reversed(KPS_VALUES)]


def test_sources_disagree_on_kps_60():
    """KPS 60%: Buccheri and Ma pair it with ECOG 2, Prasad with ECOG 3; the conflict shows."""
    with_2 = performance_check(kps=60, ecog=2)
    with_3 = performance_check(kps=60, ecog=3)
    assert (True, True) == (with_2.consistent, with_2.sources_disagree)
    assert (False, True) == (with_3.consistent, with_3.sources_disagree)
    assert (50, 60) == CONVERSIONS["prasad2018"].kps_for(3)


def test_every_conversion_covers_every_value_once_and_is_cited():
    """Each table pairs every KPS and every ECOG value exactly once, and its citekey resolves."""
    assert "buccheri1996" == FLAG_CONVERSION
    for key, conversion in CONVERSIONS.items():
        assert key == conversion.citekey
        assert key in REFERENCES
        assert sorted(KPS_VALUES) == sorted(k for kps, _ in conversion.groups for k in kps)
        assert list(ECOG_VALUES) == sorted(e for _, ecog in conversion.groups for e in ecog)
        assert "confirmed (primary abstract)" == conversion.status


@pytest.mark.parametrize(
    ("kps", "ecog", "field"),
    [
        (0, 1, "kps"),
        (75, 1, "kps"),
        (70.0, 1, "kps"),
        (110, 1, "kps"),
        (70, 5, "ecog"),
        (70, True, "ecog"),
        (70, "1", "ecog"),
    ],
)
def test_invalid_values_are_refused_with_the_field_named(kps, ecog, field):
    """A value outside the scales is refused, never rounded; the message names the argument."""
    with pytest.raises(InvalidInputError) as caught:
        performance_check(kps=kps, ecog=ecog)
    assert field == caught.value.field
