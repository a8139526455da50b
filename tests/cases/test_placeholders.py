"""Placeholders: values, attributes and the engine's results of one variant."""

import pytest

from spinemet_core.cases._strict import Collector
from spinemet_core.cases.placeholders import Context, PlaceholderError, breakdown_text, show
from spinemet_core.cases.variables import Measured, parse_variables
from spinemet_core.schedules import SCHEDULES


def _context(values, declared=None):
    out = Collector()
    variables = parse_variables(declared or {k: {"int": [0, 1]} for k in values}, out)
    return Context(variables, values)


def test_values_attributes_and_words_are_filled():
    """``{x}``, ``{x.value}``, ``{x.unit}``, ``{s.total_dose}`` and ``{p.say}``."""
    declared = {
        "ca": {"float": [2.0, 2.5], "step": 0.05, "unit": "mmol/L"},
        "s": {"schedule": "SBRT"},
        "p": {
            "steps": "sins.pain",
            "say": {"mechanical": "pain on loading", "occasional": "an ache", "none": "none"},
        },
    }
    ctx = _context(
        {"ca": Measured(2.45, "mmol/L"), "s": SCHEDULES[-1], "p": "mechanical"}, declared
    )
    assert "2.45 mmol/L, 2.45 mmol/L" == ctx.fill("{ca}, {ca.value} {ca.unit}")
    assert f"{SCHEDULES[-1].name} 35" == ctx.fill("{s} {s.total_dose}")
    assert "pain on loading" == ctx.fill("{p.say}")


def test_findings_placeholders_keep_their_type_and_convert_units():
    """A whole placeholder in findings keeps its type; a lab value is converted to the unit."""
    ctx = _context({"alb": Measured(30.0, "g/L"), "n": 3})
    assert 3.0 == ctx.typed("albumin_g_dl", "{alb}")
    assert 3 == ctx.typed("fractions", "{n}")


def test_engine_results_come_from_the_variant_findings():
    """``{total:tomita}``, ``{band:tomita}`` and ``{breakdown:tomita}`` read this variant."""
    ctx = _context({})
    ctx.findings["tomita"] = {"growth": "rapid", "visceral_mets": "none", "bone_mets": "multiple"}
    assert "6 6-7" == ctx.fill("{total:tomita} {band:tomita}")
    assert "growth (rapid) 4 + visceral mets (none) 0 + bone mets (multiple) 2 = 6" == ctx.fill(
        "{breakdown:tomita}"
    )
    assert "2" == ctx.fill("{points:tomita.bone_mets}")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{nobody}", "names no variable"),
        ("{total:sins}", "no findings/sins"),
        ("{weight:tomita}", "allowed fields"),
        ("a { brace", "a brace is left"),
        ("{x.nothing}", "has no 'nothing'"),
    ],
)
def test_an_unfillable_placeholder_says_why(text, reason):
    """Unknown variables, instruments without findings, fields, stray braces, attributes."""
    ctx = _context({"x": 1})
    ctx.findings["tomita"] = {"growth": "rapid", "visceral_mets": "none", "bone_mets": "multiple"}
    with pytest.raises(PlaceholderError, match=reason):
        ctx.fill(text)


def test_show_writes_values_as_a_learner_reads_them():
    """Booleans as yes/no, computed numbers to two decimals."""
    assert ("yes", "4.83", "24 Gy x 1") == (show(True), show(4.8333), show(SCHEDULES[5]))


def test_breakdown_of_a_number_names_its_instrument():
    """A numeric instrument's breakdown is ``name = value``."""
    assert "cord dmax limit = 12.4" == breakdown_text("cord_dmax_limit", {"fractions": 1})
