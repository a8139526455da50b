"""How well each number and rule shown to a learner is sourced: a status beside its citekey.

Every number, band, cut-off and rule the suite shows carries a citekey (who published it)
and a :class:`Fidelity` (how far the suite checked it):

* ``confirmed``: checked in the primary paper (its abstract or full text);
* ``secondary``: taken from a secondary reproduction, named in ``secondary`` (a guideline
  table, a review, a calculator page), not checked in the paper itself;
* ``unconfirmed``: neither; shown as the suite's best reading, to be checked.

Each data module gives the status of its sources once, in a ``FIDELITY`` table keyed by
citekey, and a record that differs sets its own ``fidelity`` field (:func:`resolve`);
constants that are not records are listed as :class:`Sourced` entries next to them
(``LEDGER`` in their module).
:mod:`spinemet_core.ledger` collects both into the fidelity ledger (``docs/FIDELITY.md``
and each dashboard's provenance panel).

>>> Fidelity("secondary", "NICE CG75 appendix 3").label
'secondary (NICE CG75 appendix 3)'
>>> Fidelity("secondary")
Traceback (most recent call last):
...
spinemet_core.errors.InvalidInputError: secondary: got ''; allowed: the name of the secondary source
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .errors import InvalidInputError

__all__ = [
    "CONFIRMED",
    "STATUSES",
    "STATUS_MEANING",
    "UNCONFIRMED",
    "Fidelity",
    "Sourced",
    "Status",
    "resolve",
    "secondary",
]

Status = Literal["confirmed", "secondary", "unconfirmed"]
STATUSES: tuple[str, ...] = ("confirmed", "secondary", "unconfirmed")
"""The statuses, strongest first."""

STATUS_MEANING: Mapping[str, str] = {
    "confirmed": "checked in the primary paper (abstract or full text)",
    "secondary": "taken from the named secondary reproduction, not checked in the paper",
    "unconfirmed": "not checked against a published source; verify before teaching",
}
"""What each status means, worded for the ledger's legend."""


@dataclass(frozen=True, slots=True)
class Fidelity:
    """The status of a number or rule, and the secondary source it was taken from.

    Raises
    ------
    InvalidInputError
        ``status`` not one of :data:`STATUSES`; a ``secondary`` status without the name
        of its source, or a source named for another status.
    """

    status: str
    secondary: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise InvalidInputError("status", self.status, ", ".join(STATUSES))
        if self.status == "secondary" and not self.secondary.strip():
            raise InvalidInputError("secondary", self.secondary, "the name of the secondary source")
        if self.status != "secondary" and self.secondary:
            raise InvalidInputError("secondary", self.secondary, "empty unless status is secondary")

    @property
    def label(self) -> str:
        """``"confirmed"``, or ``"secondary (source)"``."""
        return f"{self.status} ({self.secondary})" if self.secondary else self.status


CONFIRMED = Fidelity("confirmed")
UNCONFIRMED = Fidelity("unconfirmed")


def secondary(source: str) -> Fidelity:
    """A ``secondary`` status taken from ``source``."""
    return Fidelity("secondary", source)


@dataclass(frozen=True, slots=True)
class Sourced:
    """One entry of the fidelity ledger: a number or rule as shown, its source and status.

    Attributes
    ----------
    topics : tuple of str
        The dashboards that show it (ids of :data:`spinemet_core.topics.DASHBOARDS`).
    shown : str
        Where on that dashboard (the panel or data set).
    what : str
        What the number measures, or the rule's wording.
    value : str
        The value as shown, with its unit (empty for a rule).
    citekey : str
        The source; shown to the learner.
    fidelity : Fidelity or None
        Its status; ``None`` only for a record that still lacks one (the ledger test
        fails on it).
    """

    topics: tuple[str, ...]
    shown: str
    what: str
    value: str
    citekey: str
    fidelity: Fidelity | None

    @property
    def status(self) -> str:
        """The status, or ``"missing"`` while none is given."""
        return self.fidelity.status if self.fidelity else "missing"

    @property
    def secondary(self) -> str:
        """The named secondary source (empty unless the status is ``secondary``)."""
        return self.fidelity.secondary if self.fidelity else ""


def resolve(record: Any, by_citekey: Mapping[str, Fidelity]) -> Fidelity | None:
    """A record's status: its own ``fidelity`` if set, else the status of its citekey.

    Evidence modules give the status of each source once, in a ``FIDELITY`` table keyed
    by citekey; a record that differs from its source's status sets ``fidelity`` itself.
    ``None`` when neither is known (the ledger test names the record).

    >>> from spinemet_core.evidence.finding import Finding
    >>> f = Finding("S", "g", "m", 1.0, "%", "fisher2010", "cut")
    >>> resolve(f, {"fisher2010": CONFIRMED}).status, resolve(f, {})
    ('confirmed', None)
    """
    return getattr(record, "fidelity", None) or by_citekey.get(record.citekey)
