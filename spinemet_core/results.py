"""Frozen result types shared by every score."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import InvalidInputError

__all__ = ["TIERS", "Band", "ItemScore", "ScoreResult", "find_band"]

TIERS: tuple[str, ...] = ("poor", "intermediate", "good")
"""Ordinal prognostic tiers used only to compare instruments with one another."""


@dataclass(frozen=True, slots=True)
class Band:
    """A published band of totals.

    Attributes
    ----------
    low, high : int
        Inclusive range of totals.
    label : str
        The published wording (predicted survival, or treatment goal).
    tier : str or None
        ``"poor"``, ``"intermediate"`` or ``"good"``: the suite's coarse ordering
        of a prognostic band, used to spot disagreement between instruments. It
        is a teaching device, not a published category. ``None`` for scores
        that do not predict survival (SINS).
    key : str
        A stable identifier of the band within its instrument (``"stable"``,
        ``"unstable"``...), for code that must name a band without typing its
        range or wording. Keyword-only; every band of a registered instrument
        has one, and only an ad-hoc range (not a published band) leaves it empty.
    """

    low: int
    high: int
    label: str
    tier: str | None = None
    key: str = field(default="", kw_only=True)

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise InvalidInputError("high", self.high, f"an integer >= low ({self.low})")
        if self.tier is not None and self.tier not in TIERS:
            raise InvalidInputError("tier", self.tier, ", ".join(TIERS))
        if self.key and not (self.key.isidentifier() and self.key.islower()):
            raise InvalidInputError("key", self.key, "a lower-case identifier")

    @property
    def range_text(self) -> str:
        """``"9-11"``, or ``"2"`` for a one-value band."""
        return f"{self.low}" if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True, slots=True)
class ItemScore:
    """One item of a score: its name, the option that applied, and its points."""

    item: str
    option: str
    points: int


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """What a score returns: the breakdown, the total, the band and the citekey.

    ``points`` maps item -> points and always sums to ``total``; ``items`` keeps
    the same breakdown in table order together with the option that applied.
    """

    instrument: str
    items: tuple[ItemScore, ...]
    total: int
    band: Band
    reference: str
    points: Mapping[str, int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "points", MappingProxyType({i.item: i.points for i in self.items}))
        if sum(self.points.values()) != self.total:  # pragma: no cover - internal guard
            raise AssertionError("item points do not sum to the total")


def find_band(bands: tuple[Band, ...], total: int) -> Band:
    """Return the band of ``bands`` that contains ``total``."""
    for band in bands:
        if band.low <= total <= band.high:
            return band
    raise InvalidInputError(  # pragma: no cover - totals are bounded by construction
        "total", total, f"{bands[0].low}-{bands[-1].high}"
    )
