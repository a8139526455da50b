"""Test helpers that enumerate an instrument record's input space (shared by scores and rcc)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spinemet_core.scores import Instrument
from spinemet_core.scores._domain import Integer
from spinemet_core.scores._registry import CEILING_ITEM


def argument_values(record: Instrument) -> dict[str, tuple]:
    """Argument -> the values to try: every allowed value of a finite domain; for an open
    count every value up to one beyond its last edge; for a real number its bounds and edges."""
    values: dict[str, tuple] = {}
    for item in record.items:
        tried = list(item.representative_values())
        if isinstance(item.domain, Integer) and not item.domain.finite:
            tried.append(tried[-1] + 1)
        merged = dict.fromkeys([*values.get(item.argument, ()), *tried])
        values[item.argument] = tuple(merged)
    return values


def every_input(record: Instrument) -> Iterator[dict]:
    """Every combination of :func:`argument_values`, as keyword arguments."""
    values = argument_values(record)
    for combo in itertools.product(*values.values()):
        yield dict(zip(values, combo, strict=True))


def table_lookup(record: Instrument, inputs: dict) -> dict[str, int]:
    """Item -> points, looked up in the record's own table (independently of the function);
    a capped record (NESMS) adds its ``"ceiling"`` entry, minus what the items exceed it by."""
    points = {item.name: item.option_for(inputs[item.argument]).points for item in record.items}
    if record.ceiling is not None:
        points[CEILING_ITEM] = -max(0, sum(points.values()) - record.ceiling)
    return points
