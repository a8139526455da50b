"""The five items both Tokuhashi scores share (Tokuhashi 1990; 2005) and a primary-site helper.

Only the primary-site item differs between the two versions; it lives with
each version's table in :mod:`spinemet_core.scores.tokuhashi`.
"""

from __future__ import annotations

from ..vocabulary import PRIMARY_TABLE, Frankel, Primary
from ._domain import KPS, Choice
from ._table import Item, Option

__all__ = ["COMMON_ITEMS", "PALSY", "VISCERAL_OPTIONS", "primaries"]

_NONE, _REMOVABLE, _UNREMOVABLE = VISCERAL_OPTIONS = ("none", "removable", "unremovable")
"""Allowed values of ``visceral_mets``, in the order the API documents them."""


def primaries(column: str, points: int) -> tuple[Primary, ...]:
    """The primaries that ``column`` of the primary-tumour table scores at ``points``."""
    return tuple(p for p, row in PRIMARY_TABLE.items() if getattr(row, column) == points)


COMMON_ITEMS: tuple[Item, ...] = (
    Item(
        "kps",
        "General condition (Karnofsky performance status)",
        (
            Option("Poor (KPS 10-40%)", 0, lo=10, hi=40),
            Option("Moderate (KPS 50-70%)", 1, lo=50, hi=70),
            Option("Good (KPS 80-100%)", 2, lo=80, hi=100),
        ),
        domain=KPS,
    ),
    Item(
        "extraspinal_bone_foci",
        "Number of extraspinal bone metastatic foci",
        (
            Option("3 or more", 0, lo=3),
            Option("1-2", 1, lo=1, hi=2),
            Option("0", 2, lo=0, hi=0),
        ),
    ),
    Item(
        "vertebral_body_mets",
        "Number of metastases in the vertebral body",
        (
            Option("3 or more", 0, lo=3),
            Option("2", 1, lo=2, hi=2),
            Option("1", 2, lo=1, hi=1),
        ),
    ),
    Item(
        "visceral_mets",
        "Metastases to the major internal organs",
        (
            Option("Unremovable", 0, members=(_UNREMOVABLE,)),
            Option("Removable", 1, members=(_REMOVABLE,)),
            Option("No metastases", 2, members=(_NONE,)),
        ),
        domain=Choice(VISCERAL_OPTIONS),
    ),
)
"""General condition, extraspinal foci, vertebral bodies and visceral metastases (0-2 each)."""

PALSY = Item(
    "frankel",
    "Palsy (Frankel grade)",
    (
        Option("Complete (Frankel A, B)", 0, members=(Frankel.A, Frankel.B)),
        Option("Incomplete (Frankel C, D)", 1, members=(Frankel.C, Frankel.D)),
        Option("None (Frankel E)", 2, members=(Frankel.E,)),
    ),
)
"""Palsy: the last item of both tables."""
