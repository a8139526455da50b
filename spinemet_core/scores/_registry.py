"""One record per instrument: what it is called, what it reads, how it scores and who published it.

Each instrument module declares its record(s) in ``RECORDS`` next to its table;
:data:`spinemet_core.scores.INSTRUMENTS` and :data:`spinemet_core.rcc.RISK_MODELS`
collect them. Validation, the score itself, case keys, provenance and the
tests all read these records, so a cut-off, an allowed value or a band is
written once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..errors import InvalidInputError
from ..fidelity import Fidelity
from ..results import Band, ItemScore, ScoreResult, find_band
from ._domain import Choice, Domain
from ._table import Item

__all__ = ["CEILING_ITEM", "KINDS", "Instrument"]

CEILING_ITEM = "ceiling"
"""The entry of a capped instrument's result that brings its item sum down to the ceiling."""

KINDS: tuple[str, ...] = ("survival", "instability", "risk_model", "composite")
"""What an instrument predicts: survival (prognostic scores), spinal instability, a
risk group of a systemic-therapy model, or survival from another score's total plus
findings the shared patient form does not record ("composite": NESMS, built on the
modified Bauer total; shown in its own panel, not in the side-by-side comparison)."""


@dataclass(frozen=True, slots=True)
class Instrument:
    """A published instrument: its table, bands, citation and the public function that scores it.

    Attributes
    ----------
    name : str
        The public function's name, also the key in the registry.
    title : str
        The human title shown to learners.
    function : callable
        The public function (keyword-only arguments, returns a ScoreResult).
    items : tuple of Item
        The point table, in published order.
    bands : tuple of Band
        The published bands, low to high, each with a stable ``key``.
    citekey : str
        The source of the table.
    kind : {"survival", "instability", "risk_model", "composite"}
    versions : mapping of version -> Instrument
        For an instrument whose ``version`` argument selects one of several
        published tables (MSKCC 1999 and 2002): one record per version, each
        with its own items and citekey and a ``function`` bound to that
        version. The family record then has no items of its own, and its
        ``citekey`` is its first publication. Empty for every other instrument.
    ceiling : int or None
        The highest total the instrument allows when its items can sum to more
        (NESMS: 2 + 1 + 1 items, "ceiling score of three"). A capped result carries
        one more entry, ``"ceiling"``, whose negative points bring the sum down to
        the ceiling, so ``points`` still sums to ``total``. ``None`` for every
        instrument whose items cannot exceed its range.
    arguments : mapping of argument name -> domain
        Every keyword argument the items read, with its allowed values (for a
        family: ``version`` plus the union over its versions), in item order.
    fidelity : Fidelity or None
        How far the point table, its cut-offs and its bands were checked
        (:mod:`spinemet_core.fidelity`); ``None`` fails the ledger test.
    """

    name: str
    title: str
    function: Callable[..., ScoreResult]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    citekey: str
    kind: str
    versions: Mapping[Any, Instrument] = field(default_factory=dict)
    fidelity: Fidelity | None = None
    ceiling: int | None = None
    arguments: Mapping[str, Domain] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInputError("kind", self.kind, ", ".join(KINDS))
        object.__setattr__(self, "versions", MappingProxyType(dict(self.versions)))
        arguments: dict[str, Domain] = {}
        if self.versions:
            arguments["version"] = Choice(tuple(self.versions))
        sources = [i for v in self.versions.values() for i in v.items] or self.items
        for item in sources:
            known = arguments.setdefault(item.argument, item.domain)
            if known != item.domain:
                raise InvalidInputError(item.argument, item.domain, f"the same domain as {known}")
        object.__setattr__(self, "arguments", MappingProxyType(arguments))

    @property
    def total_range(self) -> tuple[int, int]:
        """Lowest and highest possible total (over every version of a family)."""
        if self.versions:
            ranges = [v.total_range for v in self.versions.values()]
            return min(r[0] for r in ranges), max(r[1] for r in ranges)
        low = sum(min(o.points for o in item.options) for item in self.items)
        high = sum(max(o.points for o in item.options) for item in self.items)
        return low, high if self.ceiling is None else min(high, self.ceiling)

    @property
    def max_points(self) -> int:
        """The highest possible total."""
        return self.total_range[1]

    def best_total(self, **held: int) -> int:
        """The highest total when the named items keep the given points and every other
        item takes its best option (a single-table record)."""
        best = sum(
            held[i.name] if i.name in held else max(o.points for o in i.options) for i in self.items
        )
        return best if self.ceiling is None else min(best, self.ceiling)

    def band_for(self, total: int) -> Band:
        """The band that contains ``total``."""
        return find_band(self.bands, total)

    def band(self, key: str) -> Band:
        """The band with this ``key``, e.g. ``INSTRUMENTS["sins"].band("unstable")``."""
        for band in self.bands:
            if band.key == key:
                return band
        raise InvalidInputError("key", key, ", ".join(b.key for b in self.bands))

    def score(self, **arguments: Any) -> ScoreResult:
        """Validate every argument against its domain, look each item up and sum.

        This is the body of every public score function; call the public
        function (``record.function``) rather than this method. A family
        scores through one of its :attr:`versions`.
        """
        if self.versions:
            raise InvalidInputError("instrument", self.name, "one of its versions")
        values = {
            name: domain.validate(name, arguments[name]) for name, domain in self.arguments.items()
        }
        items = []
        for item in self.items:
            option = item.option_for(values[item.argument])
            items.append(ItemScore(item=item.name, option=option.label, points=option.points))
        total = sum(i.points for i in items)
        if self.ceiling is not None:
            over = max(0, total - self.ceiling)
            reached = f"Total capped at {self.ceiling}" if over else "Not reached"
            items.append(ItemScore(item=CEILING_ITEM, option=reached, points=-over))
            total -= over
        return ScoreResult(
            instrument=self.name,
            items=tuple(items),
            total=total,
            band=self.band_for(total),
            reference=self.citekey,
        )
