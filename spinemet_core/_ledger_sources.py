"""The walkers behind :mod:`spinemet_core.ledger`: one per kind of data shown to a learner."""

from __future__ import annotations

from collections.abc import Iterator

from . import escc, noms_evidence, noms_rules, noms_systemic, radiobiology, separation
from .evidence import arms, prognosis, rcc_approvals, rcc_survival, rcc_trials, subtypes, validation
from .evidence import radiotherapy as rt
from .evidence.fracture import FIDELITY as _FRACTURE
from .evidence.rcc import EMBOLISATION
from .fidelity import Fidelity, Sourced, resolve, secondary
from .fracture import REFERENCE as VCF_REFERENCE
from .fracture import VCF_DOSE_GROUPS
from .rcc import RISK_MODELS
from .rcc.calcium import LEDGER as CALCIUM_LEDGER
from .scores import INSTRUMENTS

__all__ = ["PATCHELL_ENTRY_FIDELITY", "walk"]

_PROG, _NOMS, _SEP = ("prognostic_scores",), ("noms_framework",), ("separation_surgery",)
_SRS, _RCC = ("stereotactic_radiosurgery",), ("targeted_therapy_rcc",)
_TOPICS_BY_KIND = {"survival": _PROG, "composite": _PROG, "instability": _NOMS, "risk_model": _RCC}

PATCHELL_ENTRY_FIDELITY = secondary("neurosurgerywiki page of the Patchell criteria")
"""Status of the Patchell entry criterion shown on dashboard 02
(:data:`spinemet_core.noms_systemic.PATCHELL_MIN_SURVIVAL_MONTHS`)."""

_Walked = tuple[str, Sourced]  # (where the record is defined, its entry)


def _number(value: float | str | None, unit: str = "") -> str:
    if value is None or isinstance(value, str):  # None: not confirmed; rcc_trials.NOT_REACHED
        return "not confirmed" if value is None else value
    return f"{value:g} {unit}".strip()


def _points(n: int) -> str:
    return f"{n} point" if n == 1 else f"{n} points"


def _instrument(record, topics: tuple[str, ...]) -> Iterator[_Walked]:
    origin = f"scores registry: {record.name} (Instrument.fidelity)"
    rows = [(f"band: {b.label}", f"{b.range_text} points") for b in record.bands]
    rows += [
        (f"{item.heading}: {option.label}", _points(option.points))
        for item in record.items
        for option in item.options
    ]
    for what, value in rows:
        entry = Sourced(topics, record.title, what, value, record.citekey, record.fidelity)
        yield origin, entry
    for version in record.versions.values():
        yield from _instrument(version, topics)


def _scores() -> Iterator[_Walked]:
    for record in (*INSTRUMENTS.values(), *RISK_MODELS.values()):
        yield from _instrument(record, _TOPICS_BY_KIND[record.kind])


def _finding(origin, topics, f, table) -> _Walked:
    shown = f"{f.study}: {f.group}"
    value = _number(f.value, f.unit)
    if getattr(f, "interval", None):
        value += f" (95% CI {f.interval[0]:g}-{f.interval[1]:g})"
    return origin, Sourced(topics, shown, f.measure, value, f.citekey, resolve(f, table))


def _evidence() -> Iterator[_Walked]:
    o = "spinemet_core.evidence.radiotherapy (FIDELITY by citekey)"
    groups = (
        (rt.LAUFER_2013 + rt.PATCHELL_2005, _SEP),
        (rt.SAHGAL_2013_VCF, (*_NOMS, *_SRS)),
        (rt.LOCAL_CONTROL_BY_HISTOLOGY + rt.PAIN_TRIALS + rt.RADES_2005 + rt.SCORAD, _SRS),
        (rt.TRIAL_SIZES, _SRS),
    )
    for findings, topics in groups:
        for f in findings:
            yield _finding(o, topics, f, rt.FIDELITY)
    for rule in rt.SAHGAL_2013_RISK_FACTORS:
        fid = _FRACTURE.get(VCF_REFERENCE)
        yield (
            o,
            Sourced(_SRS, "fracture after SBRT", f"risk factor: {rule}", "", VCF_REFERENCE, fid),
        )
    for group in VCF_DOSE_GROUPS:
        fid = _FRACTURE.get(VCF_REFERENCE)
        what = f"{group.key}-risk group for fracture, by dose per fraction"
        yield (
            o,
            Sourced(
                (*_NOMS, *_SRS), "fracture after SBRT", what, group.range_text, VCF_REFERENCE, fid
            ),
        )
    o = "spinemet_core.evidence.prognosis (FIDELITY by citekey)"
    for s in prognosis.SURVIVAL_FIGURES:
        title = INSTRUMENTS[s.score].title
        yield (
            o,
            Sourced(
                _PROG,
                f"{title}: band {s.band}",
                f"{s.measure} ({s.cohort})",
                _number(s.value, s.unit),
                s.citekey,
                resolve(s, prognosis.FIDELITY),
            ),
        )
    for p in prognosis.PROVENANCE.values():
        for text, key in p.accuracy:
            yield (
                o,
                Sourced(_PROG, f"{p.title}: accuracy", text, "", key, prognosis.FIDELITY.get(key)),
            )
    o = "spinemet_core.evidence.subtypes (FIDELITY by citekey)"
    for s in subtypes.SUBTYPE_FINDINGS:
        shown = f"{s.primary.value}: {s.subtype}"
        yield (
            o,
            Sourced(
                _PROG,
                shown,
                s.finding,
                _number(s.median_months, "months") if s.median_months else "",
                s.citekey,
                resolve(s, subtypes.FIDELITY),
            ),
        )


def _rcc() -> Iterator[_Walked]:
    o = "spinemet_core.evidence.rcc_survival (FIDELITY by citekey)"
    for g in rcc_survival.GROUP_SURVIVAL:
        value = f"median OS {_number(g.median_os_months, 'months')}"
        if g.two_year_os_percent is not None:
            value += f"; 2-year OS {g.two_year_os_percent:g}%"
        yield (
            o,
            Sourced(
                _RCC,
                f"{g.model}: {g.group}",
                g.cohort,
                value,
                g.citekey,
                resolve(g, rcc_survival.FIDELITY),
            ),
        )
    o = "spinemet_core.evidence.rcc_trials (FIDELITY by citekey)"
    for t in rcc_trials.TRIALS:
        ci = "" if t.ci_low is None else f" ({t.ci_level:g}% CI {t.ci_low:g}-{t.ci_high:g})"
        medians = (
            f"; medians {_number(t.median_experimental)} vs {_number(t.median_control)} months"
        )
        what = f"{t.endpoint} hazard ratio, {t.comparison}, {t.population}"
        yield (
            o,
            Sourced(
                _RCC,
                t.trial,
                what,
                f"{t.hazard_ratio:g}{ci}{medians}",
                t.citekey,
                resolve(t, rcc_trials.FIDELITY),
            ),
        )
    o = "spinemet_core.evidence.rcc_approvals (FIDELITY by citekey)"
    for a in rcc_approvals.APPROVALS:
        what = f"FDA approval: {a.drug} ({a.setting})"
        yield (
            o,
            Sourced(_RCC, "approvals", what, a.date, a.citekey, resolve(a, rcc_approvals.FIDELITY)),
        )
    yield "spinemet_core.evidence.rcc.EMBOLISATION", EMBOLISATION
    for entry in CALCIUM_LEDGER:
        yield "spinemet_core.rcc.calcium.LEDGER", entry


def _rules() -> Iterator[_Walked]:
    o = "spinemet_core.noms_rules (Rule.fidelity or FIDELITY by citekey)"
    for r in noms_rules.RULES:
        yield (
            o,
            Sourced(
                _NOMS,
                f"NOMS rule ({r.pillar})",
                r.rationale,
                "",
                r.citekey,
                resolve(r, noms_rules.FIDELITY),
            ),
        )
    for grade, definition in escc.ESCC_DEFINITIONS.items():
        what = f"ESCC grade {grade.value}: {definition} ({escc.ESCC_GROUPS[grade]} grade)"
        yield (
            "spinemet_core.escc.FIDELITY",
            Sourced(_NOMS, "ESCC scale", what, "", escc.REFERENCE, escc.FIDELITY),
        )
    months = noms_systemic.PATCHELL_MIN_SURVIVAL_MONTHS
    what = "expected survival required for entry to the Patchell trial"
    yield (
        "spinemet_core.ledger.PATCHELL_ENTRY_FIDELITY",
        Sourced(
            _NOMS,
            "systemic pillar",
            what,
            f"at least {months} months",
            "patchell2005",
            PATCHELL_ENTRY_FIDELITY,
        ),
    )
    union = {**rt.FIDELITY, **prognosis.FIDELITY}
    for s in radiobiology.SCHEDULES:
        what = f"{s.technique} schedule: {s.use}"
        yield (
            "spinemet_core.schedules (Schedule.fidelity or evidence FIDELITY)",
            Sourced((*_SEP, *_SRS), "schedule presets", what, s.name, s.citekey, resolve(s, union)),
        )
    for module in (radiobiology, separation, arms):
        for entry in module.LEDGER:
            yield f"{module.__name__}.LEDGER", entry
    o = "spinemet_core.noms_evidence (EvidenceNote.fidelity)"
    for note in noms_evidence.EVIDENCE_NOTES:
        yield o, Sourced(_NOMS, "NOMS trail note", note.finding, "", note.citekey, note.fidelity)
    what = "longest total paraplegia accepted at entry to the Patchell trial"
    hours = f"{noms_evidence.PATCHELL_MAX_PARAPLEGIA_HOURS} h"
    yield o, Sourced(_NOMS, "NOMS trail note", what, hours, "patchell2005", note.fidelity)


def _questions() -> Iterator[_Walked]:
    from .cases import bank, loader
    from .topics import QUIZ_TOPICS

    sources = [(bank.bank_folder(), "case")] + [
        (bank.checks_folder() / t, "check") for t in QUIZ_TOPICS
    ]
    for folder, kind in sources:
        cases, _problems = loader.load_bank(folder)
        for case in cases:
            for q in case.questions:
                where = f"{case.source}: question {q.id} (status: in the file)"
                shown = f"{kind} {case.id}, question {q.id}"
                yield (
                    where,
                    Sourced(
                        (case.topic,), shown, "explanation", "", ", ".join(q.citekeys), q.fidelity
                    ),
                )


def _validation() -> Iterator[_Walked]:
    """Dashboard 01's external-validation figures and sourced statements."""
    o = "spinemet_core.evidence.validation (status and source on each record)"

    def fid(record) -> Fidelity:
        return Fidelity(record.status, record.source if record.status == "secondary" else "")

    for f in (*validation.C_STATISTICS, *validation.NESMS_MORTALITY):
        ci = f" (95% CI {f.low:g}-{f.high:g})" if f.low is not None else ""
        yield (
            o,
            Sourced(
                _PROG, f"{f.label}: {f.cohort}", f.measure, f"{f.value:g}{ci}", f.citekey, fid(f)
            ),
        )
    for point in validation.TRUST_POINTS:
        yield o, Sourced(_PROG, "Which score to trust?", point.text, "", point.citekey, fid(point))


def walk(questions: bool) -> Iterator[_Walked]:
    yield from _scores()
    yield from _evidence()
    yield from _rcc()
    yield from _rules()
    yield from _validation()
    if questions:
        yield from _questions()
