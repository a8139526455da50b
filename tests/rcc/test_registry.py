"""Tests for the RCC risk-model registry (rcc/__init__.py) and the MSKCC family record."""

import inspect
import itertools

import pytest

from spinemet_core import rcc
from spinemet_core.errors import InvalidInputError
from spinemet_core.rcc import RISK_MODELS
from spinemet_core.rcc.mskcc import REFERENCES, TABLES
from spinemet_core.references import REFERENCES as BIBLIOGRAPHY

from ..instruments import every_input, table_lookup

SINGLE_TABLES = [RISK_MODELS["imdc"], *RISK_MODELS["mskcc"].versions.values()]


def _ids(record):
    return record.name


def test_registry_holds_imdc_and_mskcc():
    """The two risk models of DESIGN §3, read-only."""
    assert ["imdc", "mskcc"] == list(RISK_MODELS)
    with pytest.raises(TypeError):
        RISK_MODELS["heng"] = RISK_MODELS["imdc"]  # type: ignore[index]


@pytest.mark.parametrize("record", RISK_MODELS.values(), ids=_ids)
def test_record_points_to_the_public_function_and_its_arguments(record):
    """``RISK_MODELS[name].function`` is ``rcc.<name>`` and its arguments are the record's."""
    assert getattr(rcc, record.name) is record.function
    assert "risk_model" == record.kind
    assert list(inspect.signature(record.function).parameters) == list(record.arguments)


def test_mskcc_is_a_family_of_the_1999_and_2002_tables():
    """Each version has its own items, citekey and title; the family has no items of its own."""
    family = RISK_MODELS["mskcc"]
    assert () == family.items
    assert [1999, 2002] == list(family.versions)
    for version, record in family.versions.items():
        assert TABLES[version] == record.items
        assert REFERENCES[version] == record.citekey
        assert f"mskcc_{version}" == record.name
        assert f"MSKCC {version} (Motzer)" == record.title
    assert (0, 5) == family.total_range


def test_a_family_scores_only_through_a_version():
    """Scoring the family record directly is refused instead of returning an empty total."""
    with pytest.raises(InvalidInputError, match="^instrument: got 'mskcc'"):
        RISK_MODELS["mskcc"].score(version=1999)


@pytest.mark.parametrize("record", SINGLE_TABLES, ids=_ids)
def test_calling_through_the_registry_equals_calling_the_function(record):
    """Over every input combination (KPS every step, numbers at their bounds and cut-offs),
    the registry call equals the direct call and the record's own table lookup."""
    version = {"mskcc_1999": 1999, "mskcc_2002": 2002}.get(record.name)
    fixed = {} if version is None else {"version": version}
    direct = rcc.imdc if version is None else rcc.mskcc
    through = RISK_MODELS["imdc" if version is None else "mskcc"].function
    for inputs in every_input(record):
        expected = direct(**fixed, **inputs)
        assert expected == through(**fixed, **inputs)
        assert expected == record.function(**inputs)
        assert table_lookup(record, inputs) == dict(expected.points)
        assert (record.name, record.citekey) == (expected.instrument, expected.reference)


@pytest.mark.parametrize("record", SINGLE_TABLES, ids=_ids)
def test_every_option_is_reached_and_bands_tile_the_range(record):
    """Each factor can be absent and present; bands cover the total range once, keys unique."""
    seen = {(i.name, o.label) for i in record.items for o in i.options}
    reached = set()
    for inputs in every_input(record):
        reached.update((i.item, i.option) for i in record.function(**inputs).items)
    assert seen == reached
    bands = record.bands
    assert record.total_range == (bands[0].low, bands[-1].high)
    assert all(a.high + 1 == b.low for a, b in itertools.pairwise(bands))
    assert len(bands) == len({b.key for b in bands if b.key})
    assert record.citekey in BIBLIOGRAPHY


@pytest.mark.parametrize(
    ("model", "argument", "absent", "present"),
    [
        ("imdc", "kps", 80, 70),
        ("imdc", "months_diagnosis_to_treatment", 12, 11.99),
        ("mskcc_2002", "kps", 80, 70),
        ("mskcc_2002", "corrected_calcium_mg_dl", 10, 10.01),
        ("mskcc_2002", "months_diagnosis_to_treatment", 12, 11.99),
    ],
)
def test_cut_offs_sit_where_the_papers_put_them(model, argument, absent, present):
    """KPS below 80, under 12 months and calcium above 10 mg/dL count; the edge itself does not."""
    record = RISK_MODELS["imdc"] if model == "imdc" else RISK_MODELS["mskcc"].versions[2002]
    item = next(i for i in record.items if i.argument == argument)
    assert ("Absent", "Present") == (
        item.option_for(absent).label,
        item.option_for(present).label,
    )
