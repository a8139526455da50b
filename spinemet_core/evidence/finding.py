"""The record of one published number, shared by the evidence modules."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Finding"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One published number: which group, what was measured, the value and its source."""

    study: str
    group: str
    measure: str
    value: float
    unit: str
    citekey: str
    data_cut: str
