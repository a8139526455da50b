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
from ..units import ANALYTES, ARGUMENT_ANALYTES
from .keys import INSTRUMENTS

__all__ = ["arguments_table"]


def _described(argument: str, domain=None) -> str:
    """```kps` (10-100, step 10)``; a lab value adds ``or `{value, unit}` in g/dL, g/L``."""
    parts = [domain.describe()] if domain is not None else []
    if argument in ARGUMENT_ANALYTES:
        units = ", ".join(ANALYTES[ARGUMENT_ANALYTES[argument]].units)
        parts.append(
            f"or `{{value, unit}}` in {units}"
            if parts
            else f"a number, or `{{value, unit}}` in {units}"
        )
    return f"`{argument}` ({' '.join(parts)})" if parts else f"`{argument}`"


def arguments_table() -> str:
    """The Markdown table of every instrument and its arguments, in key order.

    >>> "| `tomita` | `growth` (slow/moderate/rapid);" in arguments_table()
    True
    """
    registered = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}
    rows = ["| Instrument | Arguments and allowed values |", "|---|---|"]
    for name, function in INSTRUMENTS.items():
        if name in registered:
            arguments = registered[name].arguments.items()
            text = "; ".join(_described(arg, domain) for arg, domain in arguments)
        else:
            text = ", ".join(map(_described, inspect.signature(function).parameters))
        rows.append(f"| `{name}` | {text} |")
    return "\n".join(rows) + "\n"
