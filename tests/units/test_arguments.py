"""Core arguments written as ``{value, unit}``: converted with pint, or refused by name."""

import pytest

from spinemet_core.units import ANALYTES, ARGUMENT_ANALYTES, QuantityInputError, argument_value


def test_calcium_in_mmol_per_litre_becomes_mg_per_decilitre():
    """2.45 mmol/L x 40.078 g/mol = 9.82 mg/dL (the published factor is 4.008)."""
    assert 9.82 == round(argument_value("calcium_mg_dl", {"value": 2.45, "unit": "mmol/L"}), 2)


def test_albumin_and_haemoglobin_in_grams_per_litre_become_grams_per_decilitre():
    """25 g/L albumin = 2.5 g/dL; 120 g/L haemoglobin = 12 g/dL."""
    assert 2.5 == argument_value("albumin_g_dl", {"value": 25, "unit": "g/L"})
    assert 12.0 == argument_value("hemoglobin_g_dl", {"value": 120, "unit": "g/L"})


def test_a_value_in_the_canonical_unit_is_returned_as_it_is():
    """9.4 mg/dL stays 9.4; a plain value is passed on untouched for the function to validate."""
    assert 9.4 == argument_value("corrected_calcium_mg_dl", {"value": 9.4, "unit": "mg/dL"})
    assert "70" == argument_value("kps", "70")


def test_every_argument_names_a_known_analyte():
    """The table points at analyte records, and each argument ends in its canonical unit."""
    for argument, analyte in ARGUMENT_ANALYTES.items():
        unit = ANALYTES[analyte].canonical_unit
        assert argument.endswith("_" + unit.replace("/", "_").lower()), argument


@pytest.mark.parametrize(
    ("argument", "value", "message"),
    [
        ("calcium_mg_dl", {"value": 2.45, "unit": "mmol"}, "unit 'mmol' is not accepted"),
        ("albumin_g_dl", {"value": 25}, "expected exactly the keys value and unit, got: value"),
        ("albumin_g_dl", {"value": "25", "unit": "g/L"}, "enter a finite number"),
        ("kps", {"value": 70, "unit": "%"}, "takes a plain value"),
    ],
)
def test_a_bad_quantity_is_refused_naming_the_argument(argument, value, message):
    """Wrong unit, missing key, text for a number, or a unit where none is taken."""
    with pytest.raises(QuantityInputError) as info:
        argument_value(argument, value)
    assert argument == info.value.field
    assert message in info.value.message
