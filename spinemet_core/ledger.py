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
from .fidelity import Fidelity, Sourced

__all__ = ["PATCHELL_ENTRY_FIDELITY", "entries_for", "ledger", "missing"]


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
