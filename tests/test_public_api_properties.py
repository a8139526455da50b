"""Property: every public function of the core, over random valid and invalid arguments, returns
a result or raises :class:`~spinemet_core.errors.InvalidInputError` naming the argument, and
nothing else (no TypeError, KeyError, ZeroDivisionError, OverflowError, RecursionError...).

Covered: every function (and the :class:`~spinemet_core.prognosis.Patient` constructor) in the
``__all__`` of the core modules :data:`MODULES`; :func:`test_every_public_function_is_covered`
fails when a new one appears without a specification in :data:`SPECS`. The allowed values
come from the registries (:data:`spinemet_core.scores.INSTRUMENTS`,
:data:`spinemet_core.rcc.RISK_MODELS`: each record's ``arguments``) and from the core's own
vocabularies and constants; only the domains of the arguments that no record describes are
written here (as ``Real``, ``Drawn`` or a domain class of the registries).

Decisions where the contract is silent:

* A missing required keyword, an unknown keyword or a positional argument to a keyword-only
  function raises Python's own ``TypeError`` naming it: that is the language's contract for a
  call, not a value check, and it is excluded from the property on purpose and tested on its own
  in :func:`test_a_missing_or_unknown_keyword_is_pythons_own_type_error`.
* The :mod:`spinemet_core.units` functions read what a person typed into a form field: they
  report a bad value or unit under the caller's ``field`` (the analyte's name by default), a
  bad upper limit under ``<field>_uln`` and an unknown analyte under ``analyte``; their error
  (:class:`~spinemet_core.units.QuantityInputError`) carries a sentence for a person, so the
  allowed values are checked in its ``allowed`` attribute rather than in its text.
* A "valid" value of those functions is a well-formed number; it may still be refused as
  implausible in its unit, but only under the field of the value.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core import prognosis, units
from spinemet_core.errors import InvalidInputError
from spinemet_core.escc import ESCC_GROUPS, EsccGrade
from spinemet_core.noms_rules import QUESTIONS, RADIOSENSITIVITIES, SINS_BANDS
from spinemet_core.radiobiology import ALPHA_BETA_RANGE, MAX_DOSE, MAX_FRACTIONS, SAHGAL_2013_LIMITS
from spinemet_core.rcc import RISK_MODELS
from spinemet_core.results import ScoreResult
from spinemet_core.scores import INSTRUMENTS
from spinemet_core.scores._domain import PRIMARY, Choice, Flag, Integer, Number
from spinemet_core.units import ANALYTES, ULN_MULTIPLE
from spinemet_core.vocabulary import SPINAL_LEVELS

from .strategies import WRONG_VALUES, Drawn, Real, bounded, calls

MODULES = (
    "spinemet_core.scores",
    "spinemet_core.scores.bauer",
    "spinemet_core.scores.katagiri",
    "spinemet_core.scores.sins",
    "spinemet_core.scores.tokuhashi",
    "spinemet_core.scores.tomita",
    "spinemet_core.rcc",
    "spinemet_core.rcc.calcium",
    "spinemet_core.rcc.imdc",
    "spinemet_core.rcc.labs",
    "spinemet_core.rcc.mskcc",
    "spinemet_core.noms",
    "spinemet_core.noms_rules",
    "spinemet_core.noms_evidence",
    "spinemet_core.escc",
    "spinemet_core.radiobiology",
    "spinemet_core.separation",
    "spinemet_core.fractionation",
    "spinemet_core.fracture",
    "spinemet_core.prognosis",
    "spinemet_core.counterfactuals",
    "spinemet_core.vocabulary",
    "spinemet_core.units",
    "spinemet_core.units.analytes",
    "spinemet_core.units.arguments",
    "spinemet_core.units.conversion",
    "spinemet_core.units.text",
)
"""The core modules whose public functions are covered (their ``__all__``)."""

RECORD_TYPES = {
    "Instrument": "a registry record, built by the instrument modules",
    "RccRisk": "a result of risk_from_labs",
    "LabFactor": "a result of factors_from_labs",
    "LabFactors": "a result of factors_from_labs",
    "DecisionChange": "a result of decision_changes",
    "Recommendation": "a result of recommend",
    "Rule": "a NOMS rule record (data)",
    "EvidenceNote": "a note on the reach of the trial evidence in the NOMS trail (data)",
    "TrailStep": "a result of recommend",
    "EsccGrade": "a vocabulary (StrEnum)",
    "Schedule": "a catalogue record (data)",
    "CordCheck": "a result of check_cord",
    "CordProfile": "a result of cord_profile",
    "CatalogueEntry": "a result of compare_schedule",
    "ScheduleComparison": "a result of compare_schedule",
    "VcfDoseGroup": "a published risk group (data)",
    "VcfAssessment": "a result of vcf_assessment",
    "Discordance": "a result of discordance",
    "Flip": "a result of band_flips",
    "Assessment": "a result of assess",
    "Ceiling": "a result of tokuhashi_ceiling",
    "FlagFlip": "a result of katagiri_flag_flips",
    "Frankel": "a vocabulary (StrEnum)",
    "Primary": "a vocabulary (StrEnum)",
    "PrimaryCategories": "a row of the primary table (data)",
    "Analyte": "an analyte record (data)",
    "QuantityInputError": "the units' error type",
}
"""Public classes that are data or results, not called with a person's input, and why."""


@dataclass(frozen=True)
class Spec:
    """How to call one public function: its arguments' domains and the error fields naming them.

    ``fields`` maps an argument to the fields an error about it may carry (default: its
    name); ``call`` adapts the drawn keyword arguments to the function (default: pass them);
    ``draw`` replaces :func:`~tests.strategies.calls` for arguments that depend on each other;
    ``refuses_valid`` lists the arguments under which a well-formed call may still be refused.
    """

    function: Callable
    domains: Mapping[str, Any] = field(default_factory=dict)
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    call: Callable | None = None
    draw: st.SearchStrategy | None = None
    refuses_valid: tuple[str, ...] = ()

    def invoke(self, kwargs: dict) -> Any:
        """Call the function with ``kwargs`` (through ``call`` when given)."""
        return self.call(**kwargs) if self.call else self.function(**kwargs)

    def strategy(self) -> st.SearchStrategy:
        """(keyword arguments, the argument given a refused value or None)."""
        return self.draw if self.draw is not None else calls(self.domains)

    def names(self, argument: str) -> tuple[str, ...]:
        """The error fields that name ``argument``."""
        return self.fields.get(argument, (argument,))


def _module(name: str):
    return importlib.import_module(name)


# --- Domains of arguments that no registry record describes -----------------------------------

_DOSE = Real(0, MAX_DOSE, exclusive_min=True)
_ALPHA_BETA = Real(*ALPHA_BETA_RANGE)
_FRACTIONS = Integer(1, MAX_FRACTIONS)
_CORD_FRACTIONS = Integer(min(SAHGAL_2013_LIMITS), max(SAHGAL_2013_LIMITS))
_PLAN = {
    "prescription_dose": Real(0, 60, exclusive_min=True),
    "fractions": _CORD_FRACTIONS,
    "gradient_percent_per_mm": Number(1, 50),
}
_GAP = Number(*_module("spinemet_core.separation")._GAP_MM)
_ESCC = Choice(tuple(EsccGrade))
_SINS = Integer(min(b.low for b in SINS_BANDS.values()), max(b.high for b in SINS_BANDS.values()))
_NOMS = {"escc_grade": _ESCC, "myelopathy": Flag(), "sins_total": _SINS, "fit_for_surgery": Flag()}
# LDH is given either as U/L with its limit or as a multiple of the limit (ldh_x_uln), never
# both: the properties draw the U/L pair; tests/rcc/test_labs.py covers the multiple.
_LABS_FIELDS = [
    p.name
    for p in inspect.signature(_module("spinemet_core.rcc").factors_from_labs).parameters.values()
    if p.name != "ldh_x_uln"
]
_LABS = {
    name: Number(*ANALYTES[name.split("_")[0]].plausible)
    if name in ("calcium_mg_dl", "albumin_g_dl")
    else Real(0)
    for name in _LABS_FIELDS
}
_IMDC = RISK_MODELS["imdc"].arguments


def _patient_domain(name: str):
    if name in prognosis._FIELD_ITEMS:
        return prognosis._FIELD_ITEMS[name].domain
    choices = prognosis.PATIENT_CHOICES[name]
    return Flag() if isinstance(choices[0], bool) else Choice(choices)


_PATIENT_FIELDS = {f.name: _patient_domain(f.name) for f in dataclasses.fields(prognosis.Patient)}
_PATIENTS = calls(_PATIENT_FIELDS, valid_only=True).map(lambda c: prognosis.Patient(**c[0]))
_PATIENT = Drawn(_PATIENTS, WRONG_VALUES)
_RESULTS = Drawn(
    _PATIENTS.map(prognosis.score_all),
    WRONG_VALUES.filter(lambda v: not isinstance(v, dict | list | tuple | str | bytes))
    | st.dictionaries(st.sampled_from(list(INSTRUMENTS)), WRONG_VALUES, min_size=1, max_size=2),
)


# --- Arguments that depend on each other ------------------------------------------------------


@st.composite
def _mskcc(draw):
    version = draw(st.sampled_from(list(RISK_MODELS["mskcc"].versions)))
    record = RISK_MODELS["mskcc"].versions[version]
    kwargs, bad = draw(calls(record.arguments))
    if bad is None and draw(st.booleans()):
        bad = "version"
        kwargs["version"] = draw(st.sampled_from([1998, 2003, "1999", 1999.0, None, True]))
    else:
        kwargs["version"] = version
    if bad is None and draw(st.booleans()):  # the other version's argument: refused unless None
        other = next(a for a in RISK_MODELS["mskcc"].arguments if a not in record.arguments)
        value = draw(st.sampled_from([0, 24.0, True, False, "none", None]))
        kwargs[other] = value
        bad = other if value is not None else None
    return kwargs, bad


@st.composite
def _answer_text(draw):
    values_of = {
        "escc": tuple(dict.fromkeys(ESCC_GROUPS.values())),
        "sins": tuple(SINS_BANDS),
        "radiosensitive": (True, False),
        "fit": (True, False),
    }
    fact = draw(st.sampled_from(list(QUESTIONS)))
    values = tuple(draw(st.lists(st.sampled_from(values_of[fact]), min_size=1, max_size=3)))
    kwargs, bad = {"fact": fact, "values": values}, None
    if draw(st.booleans()):
        bad = draw(st.sampled_from(["fact", "values"]))
        if bad == "fact":
            kwargs["fact"] = draw(WRONG_VALUES | st.sampled_from([f.upper() for f in QUESTIONS]))
        else:
            wrong = draw(WRONG_VALUES.filter(lambda v: v not in values_of[fact]))
            kwargs["values"] = draw(st.sampled_from([(), (wrong,), (*values, wrong), wrong]))
    return kwargs, bad


@st.composite
def _units(draw, parameters: tuple[str, ...]):
    """Arguments of convert / likely_unit / to_canonical."""
    name = draw(st.sampled_from(list(ANALYTES)))
    record = ANALYTES[name]
    kwargs: dict = {"analyte": draw(st.sampled_from([name, record]))}
    kwargs["value"] = draw(
        st.floats(allow_nan=False, allow_infinity=False)
        | st.floats(*record.plausible)
        | st.integers(-(10**6), 10**6)
    )
    for unit_arg in [p for p in parameters if "unit" in p]:
        unit = draw(st.sampled_from(record.units))
        kwargs[unit_arg] = draw(st.sampled_from([unit, unit.upper(), f" {unit} "]))
    if ULN_MULTIPLE in record.units:
        kwargs["uln"] = draw(st.floats(*ANALYTES["ldh_uln"].plausible))
    if "field" in parameters:
        kwargs["field"] = draw(st.sampled_from([None, "lab"]))
    bad = None
    if draw(st.booleans()):
        choices = ["analyte", "value", *[p for p in parameters if "unit" in p]]
        units_given = {kwargs.get(p, "").strip().casefold() for p in parameters if "unit" in p}
        uses_uln = "u/l" in units_given and (len(units_given) > 1 or "to_unit" not in parameters)
        bad = draw(st.sampled_from(choices + (["uln"] if "uln" in kwargs and uses_uln else [])))
        if bad == "analyte":
            kwargs[bad] = draw(WRONG_VALUES | st.sampled_from([name.upper(), f"{name} "]))
        elif bad == "value":
            kwargs[bad] = draw(WRONG_VALUES.filter(_not_finite_number))
        elif bad == "uln":
            kwargs[bad] = draw(WRONG_VALUES | st.sampled_from([0, 99.0, 601, 2.5]))
        else:
            kwargs[bad] = draw(WRONG_VALUES | st.sampled_from(["mg/L", "mmol", "g", "U"]))
    return kwargs, bad


def _not_finite_number(v) -> bool:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return True
    try:
        return not math.isfinite(float(v))
    except OverflowError:
        return True


_NUMBER_TEXT = st.floats(-1e6, 1e6).map(lambda x: f"{x:.3f}") | st.sampled_from(
    ["2,45", " 2.45 ", "\u22121", "0", "+3", ",5", "7.", "1\u00a0"]
)
_BAD_TEXT = WRONG_VALUES.filter(
    lambda v: not isinstance(v, str) or not v.strip()
) | st.sampled_from(
    ["1,234.5", "abc", "1e5", "--1", "2..4", "1 2", "9" * 100, "nan", "inf", "0x1F"]
)
_WHOLE_TEXT = st.integers(-(10**9), 10**9).map(str) | st.sampled_from([" 5 ", "+4", "\u22122"])


@st.composite
def _parse_quantity(draw):
    kwargs: dict = {"field": "lab"}
    name = draw(st.sampled_from([None, *ANALYTES]))
    if name is not None:
        record = ANALYTES[name]
        kwargs["analyte"] = name
        unit = draw(st.sampled_from(record.units))
        number = draw(st.floats(*record.plausible).map(lambda x: f"{x:.4g}"))
        if draw(st.booleans()):
            kwargs["unit"] = unit
            kwargs["text"] = number
        else:
            kwargs["text"] = f"{number} {unit}"
        if ULN_MULTIPLE in record.units:
            kwargs["uln"] = draw(st.floats(*ANALYTES["ldh_uln"].plausible))
    else:
        kwargs["text"] = draw(_NUMBER_TEXT)
    bad = None
    if draw(st.booleans()):
        bad = draw(st.sampled_from(["text", "analyte"] if name else ["text"]))
        if bad == "text":
            kwargs["text"] = draw(_BAD_TEXT)
        else:
            kwargs["analyte"] = draw(WRONG_VALUES.filter(lambda v: v is not None))
    return kwargs, bad


# --- The specifications -----------------------------------------------------------------------

_PLAIN_ARGUMENTS = ("kps", "total_dose")


@st.composite
def _argument_values(draw):
    """Arguments of argument_value: a plain value, or ``{value, unit}`` for a lab argument."""
    argument = draw(st.sampled_from([*units.ARGUMENT_ANALYTES, *_PLAIN_ARGUMENTS]))
    record = ANALYTES.get(units.ARGUMENT_ANALYTES.get(argument, ""))
    kwargs: dict = {"argument": argument, "value": draw(WRONG_VALUES)}  # plain: passed on
    if record is not None and draw(st.booleans()):
        number = draw(st.floats(*record.plausible) | st.integers(-(10**6), 10**6))
        kwargs["value"] = {"value": number, "unit": draw(st.sampled_from(record.units))}
    if not draw(st.booleans()):
        return kwargs, None
    quantity = {"value": 2.5, "unit": record.units[-1] if record else "g/L"}
    kwargs["value"] = draw(
        st.sampled_from(
            [
                {**quantity, "unit": "mmol"},
                {**quantity, "value": math.nan},
                {**quantity, "value": "2,5"},
                {**quantity, "note": "x"},
                {"value": 2.5},
                {},
            ]
        )
        if record is not None
        else st.just(quantity)
    )
    return kwargs, "value"


_UNIT_FIELDS = {
    "analyte": ("analyte",),
    "value": (*ANALYTES, "lab"),
    "from_unit": (*ANALYTES, "lab"),
    "to_unit": (*ANALYTES, "lab"),
    "unit": (*ANALYTES, "lab"),
    "uln": tuple(f"{n}_uln" for n in (*ANALYTES, "lab")),
}


def _specs() -> dict[str, Spec]:
    rcc = _module("spinemet_core.rcc")
    noms = _module("spinemet_core.noms")
    noms_rules = _module("spinemet_core.noms_rules")
    escc = _module("spinemet_core.escc")
    rb = _module("spinemet_core.radiobiology")
    sep = _module("spinemet_core.separation")
    frac = _module("spinemet_core.fractionation")
    fracture = _module("spinemet_core.fracture")
    cf = _module("spinemet_core.counterfactuals")
    voc = _module("spinemet_core.vocabulary")
    specs = {name: Spec(r.function, r.arguments) for name, r in INSTRUMENTS.items()}
    specs["imdc"] = Spec(rcc.imdc, _IMDC)
    specs["mskcc"] = Spec(rcc.mskcc, draw=_mskcc())
    both = ("calcium_mg_dl", "albumin_g_dl")
    specs["corrected_calcium"] = Spec(rcc.corrected_calcium, {k: _LABS[k] for k in both})
    specs["factors_from_labs"] = Spec(rcc.factors_from_labs, _LABS)
    specs["risk_from_labs"] = Spec(
        rcc.risk_from_labs,
        {
            "kps": _IMDC["kps"],
            "months_diagnosis_to_treatment": _IMDC["months_diagnosis_to_treatment"],
            "prior_nephrectomy": Flag(),
            **_LABS,
        },
    )
    for name, function in (
        ("recommend", noms.recommend),
        ("decision_changes", noms.decision_changes),
    ):
        specs[name] = Spec(function, {**_NOMS, "primary": PRIMARY})
        specs[f"{name}[radiosensitivity]"] = Spec(
            function, {**_NOMS, "radiosensitivity": Choice(RADIOSENSITIVITIES)}
        )
    specs["answer_text"] = Spec(noms_rules.answer_text, draw=_answer_text())
    specs["escc_group"] = Spec(escc.escc_group, {"grade": _ESCC})
    groups = tuple(dict.fromkeys(ESCC_GROUPS.values()))
    specs["grades_text"] = Spec(
        escc.grades_text,
        {
            "groups": Drawn(
                st.lists(st.sampled_from(groups), min_size=1, max_size=3).map(tuple),
                st.just(())
                | st.lists(WRONG_VALUES | st.sampled_from([g.upper() for g in groups]), min_size=1),
            )
        },
        fields={"groups": ("groups", "group")},
        call=lambda groups: escc.grades_text(*groups),
    )
    dose3 = {"total_dose": _DOSE, "fractions": _FRACTIONS, "alpha_beta": _ALPHA_BETA}
    specs["bed"] = Spec(rb.bed, dose3)
    specs["eqd2"] = Spec(rb.eqd2, dose3)
    specs["cord_dmax_limit"] = Spec(rb.cord_dmax_limit, {"fractions": _CORD_FRACTIONS})
    specs["dose_per_fraction_for_eqd2"] = Spec(
        rb.dose_per_fraction_for_eqd2,
        {"target_eqd2": _DOSE, "fractions": _FRACTIONS, "alpha_beta": _ALPHA_BETA},
    )
    specs["lq_stretched"] = Spec(rb.lq_stretched, {"total_dose": _DOSE, "fractions": _FRACTIONS})
    specs["cord_dose"] = Spec(sep.cord_dose, {**_PLAN, "separation_mm": _GAP})
    specs["check_cord"] = Spec(sep.check_cord, {**_PLAN, "separation_mm": _GAP})
    specs["minimal_separation"] = Spec(sep.minimal_separation, _PLAN)
    specs["gradient_for_separation"] = Spec(
        sep.gradient_for_separation,
        {
            "prescription_dose": _PLAN["prescription_dose"],
            "fractions": _PLAN["fractions"],
            "separation_mm": Number(0.1, _GAP.maximum),
        },
    )
    specs["cord_profile"] = Spec(
        sep.cord_profile,
        {
            **_PLAN,
            "separation_mm": _GAP,
            "grid_mm": Drawn(
                st.lists(st.floats(_GAP.minimum, _GAP.maximum), max_size=4),
                st.sampled_from([None, 3, 2.5, float("nan"), object(), "12", ["1"]])
                | st.lists(WRONG_VALUES.filter(_not_finite_number), min_size=1, max_size=2)
                | st.lists(st.sampled_from([-1, 20.5, 1e9]), min_size=1, max_size=2),
            ),
        },
    )
    specs["compare_schedule"] = Spec(
        frac.compare_schedule,
        {
            "total_dose": _DOSE,
            "fractions": _FRACTIONS,
            "alpha_beta_tumour": _ALPHA_BETA,
            "alpha_beta_cord": _ALPHA_BETA,
        },
    )
    specs["vcf_risk_group"] = Spec(fracture.vcf_risk_group, {"dose_per_fraction": Real(0)})
    specs["vcf_assessment"] = Spec(
        fracture.vcf_assessment,
        {
            "dose_per_fraction": Real(0),
            "technique": Drawn(
                st.sampled_from([*fracture.TECHNIQUES, None]),
                st.sampled_from(["IMRT", "sbrt", "", 1, True, ["SBRT"]]),
            ),
        },
    )
    specs["Patient"] = Spec(prognosis.Patient, _PATIENT_FIELDS)
    for name in ("score_all", "band_flips"):
        specs[name] = Spec(getattr(prognosis, name), {"patient": _PATIENT})
    specs["discordance"] = Spec(prognosis.discordance, {"results": _RESULTS})
    for name in ("assess", "katagiri_flag_flips"):
        specs[name] = Spec(getattr(cf, name), {"patient": _PATIENT})
    for name in ("tokuhashi_ceiling", "katagiri_flags"):
        specs[name] = Spec(getattr(cf, name), {"primary": PRIMARY})
    specs["flag_primaries"] = Spec(cf.flag_primaries, {"flag": Choice(tuple(cf.KATAGIRI_FLAGS))})
    for name in ("tomita_growth", "radiosensitivity"):
        specs[name] = Spec(getattr(voc, name), {"primary": PRIMARY})
    specs["katagiri_growth"] = Spec(
        voc.katagiri_growth,
        {"primary": PRIMARY, "hormone_dependent": Flag(), "targeted_therapy": Flag()},
    )
    specs["sins_location"] = Spec(voc.sins_location, {"level": Choice(SPINAL_LEVELS)})
    for name in ("convert", "likely_unit", "to_canonical"):
        function = getattr(units, name)
        parameters = tuple(inspect.signature(function).parameters)
        specs[name] = Spec(
            function, draw=_units(parameters), fields=_UNIT_FIELDS, refuses_valid=("value",)
        )
    specs["parse_number"] = Spec(
        units.parse_number,
        {"text": Drawn(_NUMBER_TEXT, _BAD_TEXT), "field": Drawn(st.just("lab"))},
        fields={"text": ("lab",)},
    )
    specs["parse_whole_number"] = Spec(
        units.parse_whole_number,
        {
            "text": Drawn(_WHOLE_TEXT, _BAD_TEXT | st.sampled_from(["4,5", "4.0"])),
            "field": Drawn(st.just("n")),
        },
        fields={"text": ("n",)},
    )
    specs["parse_quantity"] = Spec(
        units.parse_quantity,
        draw=_parse_quantity(),
        fields={"text": ("lab",), "analyte": ("analyte",)},
        refuses_valid=("text",),
    )
    specs["argument_value"] = Spec(
        units.argument_value,
        draw=_argument_values(),
        fields={"value": (*units.ARGUMENT_ANALYTES, *_PLAIN_ARGUMENTS)},
    )
    specs["is_blank"] = Spec(units.is_blank, {"text": Drawn(WRONG_VALUES | st.text(max_size=5))})
    return specs


SPECS = _specs()


def _public(module_name: str) -> dict[str, Any]:
    module = _module(module_name)
    return {name: getattr(module, name) for name in module.__all__}


def test_every_public_function_is_covered():
    """Every function and class in the covered modules' ``__all__`` has a specification here, or
    is a data or result type listed with its reason."""
    covered = {spec.function for spec in SPECS.values()}
    missing = []
    for module_name in MODULES:
        for name, obj in _public(module_name).items():
            if inspect.isclass(obj) and name not in RECORD_TYPES and obj not in covered:
                missing.append(f"{module_name}.{name} (class)")
            elif callable(obj) and not inspect.isclass(obj) and obj not in covered:
                missing.append(f"{module_name}.{name}")
    assert [] == missing


def _check_error(spec: Spec, kwargs: dict, bad: str | None, error: InvalidInputError) -> None:
    message = str(error)
    assert isinstance(error.field, str) and error.field, message
    assert message.startswith(f"{error.field}:"), message
    assert isinstance(error.allowed, str) and error.allowed, message
    if type(error) is InvalidInputError:
        assert error.allowed in message, message
    if bad is not None:
        assert error.field in spec.names(bad), (bad, kwargs[bad], message)
    else:
        assert any(error.field in spec.names(a) for a in spec.refuses_valid), (kwargs, message)


@pytest.mark.parametrize("name", list(SPECS))
@bounded(40)
@given(data=st.data())
def test_a_public_function_returns_or_refuses_with_the_argument_named(name, data):
    """Valid arguments give a result; one refused value gives an InvalidInputError whose field
    names that argument and whose message lists what is allowed; nothing else is raised."""
    spec = SPECS[name]
    kwargs, bad = data.draw(spec.strategy(), label="arguments")
    data.draw(st.just(bad), label="refused argument")
    try:
        result = spec.invoke(dict(kwargs))
    except InvalidInputError as error:
        _check_error(spec, kwargs, bad, error)
        return
    assert bad is None, f"{bad}={kwargs[bad]!r} was accepted: {result!r}"
    if isinstance(result, float):
        assert math.isfinite(result), result
    if isinstance(result, ScoreResult):
        assert sum(result.points.values()) == result.total


@pytest.mark.parametrize("name", [n for n, s in SPECS.items() if s.call is None])
@bounded(3)
@given(data=st.data())
def test_a_missing_or_unknown_keyword_is_pythons_own_type_error(name, data):
    """An unknown keyword, or a missing required one, raises Python's TypeError naming it (the
    language's contract for a call, excluded from the property above)."""
    spec = SPECS[name]
    kwargs, _ = data.draw(spec.strategy().filter(lambda drawn: drawn[1] is None))
    with pytest.raises(TypeError, match="not_an_argument"):
        spec.invoke({**kwargs, "not_an_argument": 1})
    parameters = inspect.signature(spec.function).parameters
    for argument in kwargs:
        parameter = parameters.get(argument)
        if parameter is None or parameter.default is not inspect.Parameter.empty:
            continue
        with pytest.raises(TypeError, match=argument):
            spec.invoke({k: v for k, v in kwargs.items() if k != argument})
