"""Tests for the shared vocabularies and the primary-tumour table."""

import pytest

from spinemet_core import _primary_table, vocabulary
from spinemet_core.errors import InvalidInputError
from spinemet_core.escc import escc_group
from spinemet_core.references import REFERENCES
from spinemet_core.vocabulary import (
    PRIMARY_TABLE,
    PRIMARY_TABLE_SOURCES,
    Primary,
    katagiri_growth,
    radiosensitivity,
    sins_location,
    tomita_growth,
)

REQUIRED = [
    "lung",
    "osteosarcoma",
    "stomach",
    "bladder",
    "esophagus",
    "pancreas",
    "liver",
    "gallbladder",
    "unknown",
    "kidney",
    "uterus",
    "rectum",
    "colon",
    "thyroid",
    "breast",
    "prostate",
    "carcinoid",
    "melanoma",
    "myeloma",
    "lymphoma",
    "sarcoma",
    "seminoma",
    "ovary",
    "neuroendocrine",
    "other",
]


def test_primary_enum_holds_every_required_site():
    """The Primary enum has at least the sites named in the design."""
    assert set(REQUIRED) <= {p.value for p in Primary}


def test_primary_table_has_one_row_per_primary():
    """Every primary is classified for every instrument."""
    assert set(Primary) == set(PRIMARY_TABLE)


def test_primary_table_columns_cite_existing_references():
    """Each column of the table names a citekey that exists."""
    for citekey, _how in PRIMARY_TABLE_SOURCES.values():
        assert citekey in REFERENCES


@pytest.mark.parametrize(
    ("primary", "growth"),
    [
        ("breast", "slow"),
        ("thyroid", "slow"),
        ("kidney", "moderate"),
        ("uterus", "moderate"),
        ("lung", "rapid"),
        ("stomach", "rapid"),
    ],
)
def test_tomita_growth_of_the_examples_named_by_tomita(primary, growth):
    """The sites named in Tomita's figure get their published growth class."""
    assert growth == tomita_growth(primary)


@pytest.mark.parametrize(
    ("primary", "expected"),
    [
        ("lymphoma", "high"),
        ("myeloma", "high"),
        ("seminoma", "high"),
        ("breast", "moderate"),
        ("prostate", "moderate"),
        ("ovary", "moderate"),
        ("neuroendocrine", "moderate"),
        ("kidney", "resistant"),
        ("thyroid", "resistant"),
        ("liver", "resistant"),
        ("colon", "resistant"),
        ("lung", "resistant"),
        ("sarcoma", "resistant"),
        ("melanoma", "resistant"),
    ],
)
def test_radiosensitivity_follows_noms_lists(primary, expected):
    """NOMS groups histologies by response to conventional EBRT."""
    assert expected == radiosensitivity(primary)


@pytest.mark.parametrize(
    ("primary", "flags", "expected"),
    [
        ("breast", {"hormone_dependent": True}, "slow"),
        ("breast", {}, "moderate"),
        ("prostate", {"hormone_dependent": True}, "slow"),
        ("lung", {}, "rapid"),
        ("lung", {"targeted_therapy": True}, "moderate"),
        ("kidney", {}, "moderate"),
        ("thyroid", {}, "slow"),
        ("colon", {}, "rapid"),
        ("unknown", {}, "rapid"),
        ("melanoma", {"targeted_therapy": True}, "rapid"),
    ],
)
def test_katagiri_growth_uses_hormone_and_targeted_flags(primary, flags, expected):
    """Hormone dependence and targeted therapy move breast/prostate and lung between groups."""
    assert expected == katagiri_growth(primary, **flags)


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("C2", "junctional"),
        ("C3", "mobile"),
        ("C6", "mobile"),
        ("C7", "junctional"),
        ("T2", "junctional"),
        ("T3", "semirigid"),
        ("T10", "semirigid"),
        ("T11", "junctional"),
        ("L1", "junctional"),
        ("L2", "mobile"),
        ("L4", "mobile"),
        ("L5", "junctional"),
        ("S1", "junctional"),
        ("S2", "rigid"),
        ("S5", "rigid"),
    ],
)
def test_sins_location_boundaries(level, expected):
    """Each boundary level falls in the class Fisher 2010 gives it."""
    assert expected == sins_location(level)


@pytest.mark.parametrize(
    ("function", "field", "bad"),
    [
        (tomita_growth, "primary", "brain"),
        (radiosensitivity, "primary", None),
        (sins_location, "level", "T13"),
        (sins_location, "level", "L6"),
        (escc_group, "grade", "1d"),
        (escc_group, "grade", 2),
    ],
)
def test_helpers_reject_unknown_values(function, field, bad):
    """Helpers raise InvalidInputError naming their argument."""
    with pytest.raises(InvalidInputError, match=f"^{field}: got"):
        function(bad)


def test_katagiri_growth_rejects_non_boolean_flags():
    """The flags must be real booleans."""
    with pytest.raises(InvalidInputError, match="^hormone_dependent: got"):
        katagiri_growth("breast", hormone_dependent="yes")


def test_primary_table_is_reexported_from_its_data_module():
    """``vocabulary`` re-exports the primary-tumour table unchanged."""
    for name in _primary_table.__all__:
        assert getattr(_primary_table, name) is getattr(vocabulary, name)


def test_katagiri_flags_and_fixed_groups_partition_the_primaries():
    """A primary has either a flag-dependent group or a fixed one, never both."""
    flagged = set(vocabulary._KATAGIRI_FLAGGED)
    assert not flagged & set(vocabulary._KATAGIRI_GROWTH)
    assert set(Primary) == flagged | set(vocabulary._KATAGIRI_GROWTH)


@pytest.mark.parametrize(
    ("primary", "expected"),
    [("head_and_neck", "rapid"), ("cervix", "rapid"), ("uterus", "moderate")],
)
def test_katagiri_names_head_and_neck_and_cervix_rapid_apart_from_endometrium(primary, expected):
    """Katagiri 2014 lists head and neck and cervical cancer as rapid, endometrial as moderate."""
    assert expected == katagiri_growth(primary)


@pytest.mark.parametrize("primary", ["head_and_neck", "cervix"])
def test_new_primaries_follow_the_others_rules_of_the_other_instruments(primary):
    """Not named by Tokuhashi, Tomita or NOMS: each column applies its 'others' convention."""
    row = PRIMARY_TABLE[Primary(primary)]
    assert (1, 2, "moderate", "resistant") == (
        row.tokuhashi_1990,
        row.tokuhashi_2005,
        row.tomita_growth,
        row.radiosensitivity,
    )
    assert not (row.tokuhashi_1990_listed or row.tokuhashi_2005_listed or row.tomita_listed)
