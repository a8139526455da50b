"""The instruments a case's ``findings`` may name, and their arguments, as a Markdown table.

The authoring guide (``cases/README.md``) holds this table between the markers
``<!-- arguments:start -->`` and ``<!-- arguments:end -->``; a test keeps it equal to
:func:`arguments_table`, so the guide never re-types an allowed value. Instruments of the
registries (:data:`spinemet_core.scores.INSTRUMENTS`, :data:`spinemet_core.rcc.RISK_MODELS`)
list their allowed values; the others list their keyword arguments (their docstrings
give the ranges). ``python -m spinemet_core.cases arguments`` prints it.
"""

from __future__ import annotations

import inspect

from .. import rcc, scores
from .keys import INSTRUMENTS

__all__ = ["arguments_table"]


def _registered(name: str) -> str:
    record = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}[name]
    return "; ".join(f"`{arg}` ({domain.describe()})" for arg, domain in record.arguments.items())


def arguments_table() -> str:
    """The Markdown table of every instrument and its arguments, in key order.

    >>> "| `tomita` | `growth` (slow/moderate/rapid);" in arguments_table()
    True
    """
    registered = {*scores.INSTRUMENTS, *rcc.RISK_MODELS}
    rows = ["| Instrument | Arguments and allowed values |", "|---|---|"]
    for name, function in INSTRUMENTS.items():
        if name in registered:
            text = _registered(name)
        else:
            text = ", ".join(f"`{p}`" for p in inspect.signature(function).parameters)
        rows.append(f"| `{name}` | {text} |")
    return "\n".join(rows) + "\n"
