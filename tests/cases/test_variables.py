"""Template variables: kinds read strictly, allowed values from the registries, seeded draws."""

import random

import pytest

from spinemet_core import scores
from spinemet_core.cases._strict import Collector
from spinemet_core.cases.variables import NOMS_DOMAINS, Measured, parse_variables
from spinemet_core.escc import EsccGrade
from spinemet_core.schedules import SCHEDULES


def _parse(raw):
    out = Collector()
    return parse_variables(raw, out), out.problems


def test_steps_come_from_the_instrument_registry():
    """``steps: tokuhashi_revised.kps`` lists the registry's KPS values, cut by min and max."""
    found, problems = _parse({"kps": {"steps": "tokuhashi_revised.kps", "min": 40, "max": 80}})
    assert [] == problems
    domain = scores.INSTRUMENTS["tokuhashi_revised"].arguments["kps"]
    assert tuple(v for v in domain.values if 40 <= v <= 80) == found["kps"].values


def test_noms_steps_come_from_the_escc_scale():
    """``steps: noms.escc_grade`` lists the six Bilsky grades of spinemet_core.escc."""
    found, _ = _parse({"escc": {"steps": "noms.escc_grade"}})
    assert tuple(g.value for g in EsccGrade) == found["escc"].values
    assert {"escc_grade", "myelopathy", "fit_for_surgery", "primary", "radiosensitivity"} == set(
        NOMS_DOMAINS
    )


def test_a_float_range_is_a_grid_with_its_unit():
    """A float variable draws grid values as a Measured with its unit."""
    found, _ = _parse({"ca": {"float": [8.0, 8.4], "step": 0.1, "unit": "mg/dL"}})
    assert (8.0, 8.1, 8.2, 8.3, 8.4) == found["ca"].values
    value = found["ca"].draw(random.Random("x"))
    assert isinstance(value, Measured) and "mg/dL" == value.unit


def test_schedules_come_from_the_literature_table():
    """``schedule: SBRT`` with fractions lists only those published schedules."""
    found, _ = _parse({"s": {"schedule": "SBRT", "fractions": [3]}})
    expected = tuple(s for s in SCHEDULES if s.technique == "SBRT" and s.fractions == 3)
    assert expected == found["s"].values


def test_the_same_random_stream_draws_the_same_value():
    """A draw is a list index from the seeded generator: equal seeds, equal values."""
    found, _ = _parse({"age": {"int": [18, 90]}})
    assert found["age"].draw(random.Random("t/1")) == found["age"].draw(random.Random("t/1"))


@pytest.mark.parametrize(
    ("raw", "where", "reason"),
    [
        ({"a": {"int": [5, 1]}}, "variables/a/int", "low <= high"),
        ({"a": {"float": [1.0, 2.0]}}, "variables/a/step", "step > 0"),
        ({"a": {"choice": []}}, "variables/a/choice", "distinct texts"),
        ({"a": {"steps": "sins.level", "only": ["Z9"]}}, "variables/a/only", "allowed values"),
        ({"a": {"steps": "imdc.months_diagnosis_to_treatment"}}, "variables/a/steps", "listed"),
        ({"a": {"schedule": "protons"}}, "variables/a/schedule", "allowed: any"),
        ({"a": {"int": [1, 2], "say": {}}}, "variables/a/say", "unknown key"),
        ({"A": {"int": [1, 2]}}, "variables/A", "lower-case"),
        ({"a": {"int": [1, 2], "choice": [1]}}, "variables/a", "exactly one kind"),
    ],
)
def test_a_bad_variable_is_reported_with_its_path(raw, where, reason):
    """Each malformed declaration gives its path inside the document and why."""
    _found, problems = _parse(raw)
    assert any(w == where and reason in r for w, r in problems), problems
