"""The record of one published number, shared by the evidence modules."""

from __future__ import annotations

from dataclasses import dataclass

from ..fidelity import Fidelity

__all__ = ["Finding"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One published number: which group, what was measured, the value, its source and status.

    ``interval`` is the published 95% confidence interval ``(low, high)``, if shown.
    ``fidelity`` says how far the number was checked (:mod:`spinemet_core.fidelity`); a
    record without one takes the status of its citekey in its module's ``FIDELITY``.
    """

    study: str
    group: str
    measure: str
    value: float
    unit: str
    citekey: str
    data_cut: str
    fidelity: Fidelity | None = None
    interval: tuple[float, float] | None = None
