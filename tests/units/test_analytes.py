"""Tests for the analyte records (spinemet_core.units.analytes)."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.rcc import corrected_calcium
from spinemet_core.units import ANALYTES, ULN_MULTIPLE, Analyte, QuantityInputError


def test_analytes_use_the_units_clinicians_use_with_the_cores_unit_first():
    """Calcium mg/dL|mmol/L, haemoglobin and albumin g/dL|g/L, LDH × ULN|U/L."""
    expected = {
        "calcium": ("mg/dL", "mmol/L"),
        "haemoglobin": ("g/dL", "g/L"),
        "albumin": ("g/dL", "g/L"),
        "ldh": (ULN_MULTIPLE, "U/L"),
        "ldh_uln": ("U/L",),
    }
    assert expected == {name: a.units for name, a in ANALYTES.items()}


def test_calcium_record_carries_its_cited_molar_mass():
    """The molar mass of calcium is IUPAC's standard atomic weight, 40.078 g/mol, cited."""
    calcium = ANALYTES["calcium"]
    assert 40.078 == calcium.molar_mass
    assert "IUPAC" in calcium.molar_mass_source
    assert "doi:10.1515/pac-2019-0603" in calcium.molar_mass_source


def test_every_plausible_range_says_it_is_not_a_clinical_cut_off():
    """Each range is labelled a plausibility bound and names where it comes from."""
    for analyte in ANALYTES.values():
        assert analyte.plausible_source.startswith("plausibility bound, not a clinical cut-off")


@pytest.mark.parametrize(
    ("analyte", "argument"), [("calcium", "calcium_mg_dl"), ("albumin", "albumin_g_dl")]
)
def test_plausible_range_matches_what_corrected_calcium_accepts(analyte, argument):
    """The bounds of the records are exactly the input range of corrected_calcium."""
    lo, hi = ANALYTES[analyte].plausible
    valid = {"calcium_mg_dl": 10.0, "albumin_g_dl": 4.0}
    for inside in (lo, hi):
        corrected_calcium(**{**valid, argument: inside})
    for outside in (lo - 0.01, hi + 0.01):
        with pytest.raises(InvalidInputError, match=argument):
            corrected_calcium(**{**valid, argument: outside})


def test_analyte_refuses_a_record_whose_canonical_unit_is_not_first():
    """A malformed record fails when it is written, not when it is used."""
    with pytest.raises(ValueError, match="canonical unit first"):
        Analyte("x", "X", "g/dL", ("g/L", "g/dL"), (1.0, 2.0), "test")


def test_analytes_mapping_is_read_only():
    """Nothing can replace a record at run time."""
    with pytest.raises(TypeError):
        ANALYTES["calcium"] = ANALYTES["albumin"]  # type: ignore[index]


def test_quantity_input_error_is_an_invalid_input_error_with_a_sentence():
    """The message for a person is kept apart from the field name."""
    error = QuantityInputError("calcium", "", "a value", "enter a value")
    assert isinstance(error, InvalidInputError)
    assert "calcium: enter a value" == str(error)
    assert "enter a value" == error.message
    assert ("calcium", "", "a value") == (error.field, error.value, error.allowed)
