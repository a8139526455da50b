"""Named, common errors: each computes the wrong answer a learner who makes it would give.

A template's single-choice question lists the errors its distractors come from
(``choices: {distractors: [table_1990, miscount_item]}``). Each :class:`Mistake` runs
the core on the variant's findings with the error made (the 1990 Tokuhashi table
instead of the 2005 one, calcium not corrected for albumin, one item read in the wrong
category, one NOMS pillar misjudged...), so no wrong answer is ever typed, and each
distractor's feedback names the error that leads to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import noms, rcc, scores, vocabulary
from ..errors import SpinemetError
from ..radiobiology import ALPHA_BETA
from .keys import compute
from .placeholders import show, words

__all__ = ["MISTAKES", "Mistake", "Wrong"]

_RECORDS = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}
Wrong = tuple[Any, str]
"""A wrong value and the detail of how this variant reaches it."""


@dataclass(frozen=True, slots=True)
class Mistake:
    """A named error: the instruments it applies to and how it computes wrong answers.

    ``wrong(findings, values, instrument, field)`` returns ``(value, detail)`` pairs
    (possibly none: the error may not change this variant's answer).
    """

    name: str
    title: str
    instruments: tuple[str, ...]
    wrong: Callable[[Mapping, Mapping, str, str], list[Wrong]]


def _band_field(record, field: str, total: int):
    if field == "total":
        return total
    if not record.bands[0].low <= total <= record.bands[-1].high:
        return None
    band = record.band_for(total)
    return band.range_text if field == "band" else band.label


def _other_table(other: str):
    def wrong(findings, values, instrument, field):
        inputs = findings[instrument]
        right = _RECORDS[instrument].function(**inputs)
        used = _RECORDS[other].function(**inputs)
        points = {i.item: i.points for i in right.items}
        detail = ", ".join(
            f"{words(i.item)} {i.points} points instead of {points[i.item]}"
            for i in used.items
            if points.get(i.item) != i.points
        )
        value = _band_field(_RECORDS[instrument], field, used.total)
        return [(value, detail)] if detail and value is not None else []

    return wrong


def _recompute(instrument, field, inputs, changed, detail) -> list[Wrong]:
    try:
        return [(compute(instrument, field, {**inputs, **changed}), detail)]
    except (SpinemetError, TypeError):
        return []


def _uncorrected(findings, values, instrument, field):
    inputs = findings[instrument]
    if instrument == "mskcc" and "corrected_calcium" in findings:
        measured = findings["corrected_calcium"]["calcium_mg_dl"]
        detail = f"measured calcium {measured:g} mg/dL taken as it is"
        return _recompute(instrument, field, inputs, {"corrected_calcium_mg_dl": measured}, detail)
    if instrument == "corrected_calcium":
        measured = float(inputs["calcium_mg_dl"])
        return [(measured, f"the measured calcium, {measured:g} mg/dL, given as the answer")]
    labs = [v for v in values.values() if isinstance(v, rcc.labs.LabFactors)]
    if instrument == "imdc" and labs:
        flag = labs[0].measured_calcium_above_uln
        detail = (
            f"measured calcium {labs[0].measured_calcium_mg_dl:g} mg/dL compared with the limit"
        )
        return _recompute(instrument, field, inputs, {"calcium_above_uln": flag}, detail)
    return []


def _other_version(findings, values, instrument, field):
    """The other version's table; an argument only it reads comes from the variable of the
    same name (``prior_nephrectomy`` for MSKCC 1999), else the error does not apply."""
    inputs, found = findings[instrument], []
    for version, record in _RECORDS[instrument].versions.items():
        if version == inputs["version"]:
            continue
        reads = {item.argument for item in record.items}
        if not reads <= set(inputs) | set(values):
            continue
        changed = {a: inputs[a] if a in inputs else values[a] for a in reads}
        detail = f"the {version} table used"
        found += _recompute(instrument, field, {"version": version}, changed, detail)
    return found


def _misreadings(instrument: str, inputs: Mapping) -> list[tuple[str, Any]]:
    """``(argument, other value)`` for each way of reading one item in another category."""
    found = []
    for argument, domain in _RECORDS[instrument].arguments.items():
        if argument == "version" or argument not in inputs:
            continue
        current = inputs[argument]
        if domain.finite:
            others = [v for v in domain.values if v != current]
            if all(isinstance(v, int) and not isinstance(v, bool) for v in others):
                others.sort(key=lambda v: abs(v - current))  # nearest steps first (KPS 70, 90)
            found += [(argument, v) for v in others]
        elif hasattr(domain, "minimum") and isinstance(current, int):
            found += [(argument, v) for v in (current + 1, current - 1) if v >= domain.minimum]
    return found


def _said(inputs: Mapping, changed: Mapping) -> str:
    return " and ".join(
        f"{words(a)} read as {show(v)} instead of {show(inputs[a])}" for a, v in changed.items()
    )


def _miscount(findings, values, instrument, field):
    inputs, found, used = findings[instrument], [], set()
    right = compute(instrument, field, inputs)
    for argument, candidate in _misreadings(instrument, inputs):
        if argument in used:
            continue
        changed = {argument: candidate}
        wrong = _recompute(instrument, field, inputs, changed, _said(inputs, changed))
        if wrong and wrong[0][0] != right:
            found.extend(wrong)
            used.add(argument)
    return found


def _miscount_two(findings, values, instrument, field):
    inputs, found = findings[instrument], []
    right = compute(instrument, field, inputs)
    readings = _misreadings(instrument, inputs)
    for i, (first, one) in enumerate(readings):
        for second, other in readings[i + 1 :]:
            if first == second:
                continue
            changed = {first: one, second: other}
            wrong = _recompute(instrument, field, inputs, changed, _said(inputs, changed))
            if wrong and wrong[0][0] != right and wrong[0][0] not in {w for w, _ in found}:
                found.extend(wrong)
    return found


def _pillar(findings, values, instrument, field):
    inputs = dict(findings[instrument])
    if inputs.get("radiosensitivity") is None and inputs.get("primary") is not None:
        inputs["radiosensitivity"] = vocabulary.radiosensitivity(inputs["primary"])
    found = []
    for change in noms.decision_changes(**inputs):
        old = inputs[change.argument]
        detail = (
            f"{words(change.argument)} taken as {show(change.new_value)} instead of {show(old)}"
        )
        found += _recompute(instrument, field, inputs, {change.argument: change.new_value}, detail)
    return found


def _alpha_beta(findings, values, instrument, field):
    inputs = findings[instrument]
    return [
        w
        for tissue, ratio in ALPHA_BETA.items()
        if ratio != inputs["alpha_beta"]
        for w in _recompute(
            instrument,
            field,
            inputs,
            {"alpha_beta": ratio},
            f"alpha/beta {ratio:g} Gy ({tissue}) used instead of {inputs['alpha_beta']:g} Gy",
        )
    ]


def _other_quantity(other: str):
    def wrong(findings, values, instrument, field):
        detail = f"the {other.upper()} of the schedule given instead"
        return [(compute(other, "value", findings[instrument]), detail)]

    return wrong


def _physical(findings, values, instrument, field):
    dose = float(findings[instrument]["total_dose"])
    return [(dose, f"the physical dose, {dose:g} Gy, given without conversion")]


def _single_fraction_limit(findings, values, instrument, field):
    inputs = findings[instrument]
    if inputs["fractions"] == 1:
        return []
    detail = f"the single-fraction cord limit used for {inputs['fractions']} fractions"
    return _recompute(instrument, field, inputs, {"fractions": 1}, detail)


def _no_gap(findings, values, instrument, field):
    detail = "the prescription dose put on the cord as if no gap were left"
    return _recompute(instrument, field, findings[instrument], {"separation_mm": 0}, detail)


def _reversed(findings, values, instrument, field):
    inputs = findings[instrument]
    measured = float(inputs["calcium_mg_dl"])
    shift = compute(instrument, field, inputs) - measured
    return [(round(measured - shift, 10), "the albumin correction applied in the wrong direction")]


_SCORED = tuple(_RECORDS)
MISTAKES: dict[str, Mistake] = {
    m.name: m
    for m in (
        Mistake(
            "table_1990",
            "The 1990 Tokuhashi table used instead of the 2005 revision",
            ("tokuhashi_revised",),
            _other_table("tokuhashi_original"),
        ),
        Mistake(
            "table_2005",
            "The 2005 revised Tokuhashi table used instead of the original",
            ("tokuhashi_original",),
            _other_table("tokuhashi_revised"),
        ),
        Mistake(
            "uncorrected_calcium",
            "Calcium not corrected for albumin",
            ("mskcc", "imdc", "corrected_calcium"),
            _uncorrected,
        ),
        Mistake("other_version", "The other version of the model", ("mskcc",), _other_version),
        Mistake("miscount_item", "One item scored in the wrong category", _SCORED, _miscount),
        Mistake(
            "miscount_two_items", "Two items scored in the wrong category", _SCORED, _miscount_two
        ),
        Mistake("noms_pillar", "One NOMS pillar misjudged", ("noms",), _pillar),
        Mistake("wrong_alpha_beta", "The wrong alpha/beta ratio", ("bed", "eqd2"), _alpha_beta),
        Mistake("bed_for_eqd2", "BED given for EQD2", ("eqd2",), _other_quantity("bed")),
        Mistake("eqd2_for_bed", "EQD2 given for BED", ("bed",), _other_quantity("eqd2")),
        Mistake("physical_dose", "Physical dose not converted", ("bed", "eqd2"), _physical),
        Mistake(
            "single_fraction_limit",
            "The wrong cord limit",
            ("minimal_separation", "cord_dmax_limit"),
            _single_fraction_limit,
        ),
        Mistake("no_gap", "The gap forgotten", ("cord_dose",), _no_gap),
        Mistake(
            "correction_reversed",
            "Albumin correction reversed",
            ("corrected_calcium",),
            _reversed,
        ),
    )
}
"""Every named error, by the name a template lists under ``distractors``."""
