"""The fidelity ledger: every number, band, cut-off and rule a learner sees, with its source.

Collected from the data that defines each one (the score registries, the evidence
records, the NOMS rules, the radiobiology constants, the questions), never re-typed:
:func:`ledger` lists the entries, :func:`missing` names every record that lacks a
citekey or a status, and :func:`markdown` is ``docs/FIDELITY.md`` (written by
``tools/fidelity.py``). What each status means is in :mod:`spinemet_core.fidelity`.

>>> sorted({e.status for e in ledger(questions=False)})
['confirmed', 'secondary', 'unconfirmed']
"""

from __future__ import annotations

import functools

from ._ledger_sources import PATCHELL_ENTRY_FIDELITY, walk
from .fidelity import STATUS_MEANING, STATUSES, Fidelity, Sourced
from .references import get_reference
from .topics import DASHBOARDS

__all__ = ["PATCHELL_ENTRY_FIDELITY", "entries_for", "ledger", "markdown", "missing"]


@functools.cache
def ledger(*, questions: bool = True) -> tuple[Sourced, ...]:
    """Every ledger entry, in a stable order (``questions``: include question explanations).

    Returns
    -------
    tuple of Sourced
        One entry per number, band, cut-off, rule or explanation; an entry without a
        status has ``fidelity=None`` (see :func:`missing`).
    """
    return tuple(entry for _origin, entry in walk(questions))


def entries_for(topic: str) -> tuple[Sourced, ...]:
    """The entries a dashboard shows (questions left out: the quiz shows those)."""
    return tuple(e for e in ledger(questions=False) if topic in e.topics)


def missing() -> tuple[str, ...]:
    """A message for every record shown to a learner that lacks a citekey or a status.

    Each message names where the record is defined and what to add, e.g. a status for a
    new citekey in its module's ``FIDELITY`` table. Empty when the ledger is complete.
    """
    found: dict[str, None] = {}
    for origin, entry in walk(questions=True):
        checks = (("citekey", entry.citekey), ("status", isinstance(entry.fidelity, Fidelity)))
        lacks = " and no ".join(name for name, ok in checks if not ok)
        if lacks:
            what = f"{entry.shown} / {entry.what[:60]} [{entry.citekey or '?'}]"
            found[f"{origin}: {what} has no {lacks}"] = None
    return tuple(found)


_NOT_LISTED = (
    "Not listed: the plausibility bounds of input fields (they refuse impossible values and are "
    "no clinical cut-off), the example patients' values and laboratory limits (inputs a "
    "learner replaces with their own), the illustrative defaults of teaching models (the "
    "separation model's dose fall-off) and the arithmetic the suite does with listed numbers "
    "(a BED, an EQD2, a total)."
)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _row(*cells: str) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _source(citekeys: str) -> str:
    return "; ".join(f"{k} ({get_reference(k).label})" for k in citekeys.split(", "))


def markdown() -> str:
    """The text of ``docs/FIDELITY.md``: the legend, then each dashboard's entries, then the
    question explanations, every entry with its value, citekey and status."""
    entries = ledger(questions=False)
    questions = [e for e in ledger() if e not in set(entries)]
    everything = (*entries, *questions)
    counts = ", ".join(f"{sum(e.status == s for e in everything)} {s}" for s in STATUSES)
    lines = [
        "# Fidelity ledger",
        "",
        "Generated from the suite's data by `tools/fidelity.py`; do not edit by hand "
        "(`.venv/bin/python tools/fidelity.py` rewrites it, `--check` compares).",
        "",
        "Every number, band, cut-off and rule a learner sees, with the citekey shown beside it "
        "and how far it was checked against its source:",
        "",
        _row("Status", "Meaning"),
        _row("---", "---"),
        *(_row(s, STATUS_MEANING[s]) for s in STATUSES),
        "",
        f"{len(everything)} entries: {counts}. {_NOT_LISTED}",
    ]
    for dashboard in DASHBOARDS.values():
        shown = [e for e in entries if dashboard.id in e.topics]
        if not shown:
            continue
        lines += ["", f"## {dashboard.number} {dashboard.title}", ""]
        lines += [_row("Where", "What", "Value", "Source", "Status"), _row(*["---"] * 5)]
        lines += [
            _row(
                e.shown,
                e.what,
                e.value,
                _source(e.citekey),
                e.fidelity.label if e.fidelity else "missing",
            )
            for e in shown
        ]
    lines += ["", "## Question explanations (cases and check-yourself questions)", ""]
    lines += [_row("Question", "Dashboard", "Source", "Status"), _row(*["---"] * 4)]
    lines += [
        _row(
            e.shown, e.topics[0], _source(e.citekey), e.fidelity.label if e.fidelity else "missing"
        )
        for e in questions
    ]
    return "\n".join(lines) + "\n"
