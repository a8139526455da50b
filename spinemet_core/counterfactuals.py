"""What-ifs about one patient's prognosis, computed from the published point tables.

The revised Tokuhashi ceiling (the highest total a primary allows with every other
item at its best) and the Katagiri-new flags (hormone dependence, molecularly
targeted therapy) that move a primary's growth group. Nothing here types a point
value: the ceiling is read from :data:`spinemet_core.scores.tokuhashi.TABLE_REVISED`,
the flags from :func:`spinemet_core.vocabulary.katagiri_growth` and the points from
:data:`spinemet_core.scores.katagiri.TABLE`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .errors import require_choice
from .evidence.subtypes import SubtypeFinding, findings_for
from .prognosis import Discordance, Flip, Patient, _patient, band_flips, discordance, score_all
from .results import ScoreResult
from .scores import INSTRUMENTS
from .scores.katagiri import TABLE as KATAGIRI_TABLE
from .vocabulary import Primary, katagiri_growth

__all__ = [
    "KATAGIRI_FLAGS",
    "Assessment",
    "Ceiling",
    "FlagFlip",
    "assess",
    "flag_primaries",
    "katagiri_flag_flips",
    "katagiri_flags",
    "tokuhashi_ceiling",
]

KATAGIRI_FLAGS: Mapping[str, str] = MappingProxyType(
    {"hormone_dependent": "hormone dependence", "targeted_therapy": "molecularly targeted therapy"}
)
"""The :class:`~spinemet_core.prognosis.Patient` flags Katagiri-new reads, and their wording."""


@dataclass(frozen=True, slots=True)
class Ceiling:
    """The highest revised-Tokuhashi total reachable for one primary.

    ``primary_points``: the primary-site item's points; ``ceiling``: that plus every
    other item at its maximum; ``maximum``: the score's own maximum.
    """

    primary: Primary
    primary_points: int
    ceiling: int
    maximum: int


def tokuhashi_ceiling(primary: Primary | str) -> Ceiling:
    """The revised Tokuhashi ceiling of ``primary`` (Tokuhashi 2005 point table).

    Raises
    ------
    InvalidInputError
        If ``primary`` is not a :class:`~spinemet_core.vocabulary.Primary`.

    >>> tokuhashi_ceiling("lung").ceiling, tokuhashi_ceiling("kidney").ceiling
    (10, 13)
    """
    primary = Primary(require_choice("primary", primary, list(Primary)))
    record = INSTRUMENTS["tokuhashi_revised"]
    points = next(i for i in record.items if i.name == "primary").option_for(primary).points
    return Ceiling(primary, points, record.best_total(primary=points), record.max_points)


def katagiri_flags(primary: Primary | str) -> tuple[str, ...]:
    """The flags of :data:`KATAGIRI_FLAGS` that change Katagiri's growth group for ``primary``.

    >>> katagiri_flags("lung"), katagiri_flags("breast"), katagiri_flags("kidney")
    (('targeted_therapy',), ('hormone_dependent',), ())
    """
    return tuple(
        flag
        for flag in KATAGIRI_FLAGS
        if katagiri_growth(primary, **{flag: True}) != katagiri_growth(primary, **{flag: False})
    )


def flag_primaries(flag: str) -> tuple[Primary, ...]:
    """The primaries for which ``flag`` matters, in :class:`Primary` order.

    >>> [p.value for p in flag_primaries("hormone_dependent")]
    ['breast', 'prostate']
    """
    flag = require_choice("flag", flag, tuple(KATAGIRI_FLAGS))
    return tuple(p for p in Primary if flag in katagiri_flags(p))


@dataclass(frozen=True, slots=True)
class FlagFlip:
    """Katagiri's primary-lesion points now, and with one flag the other way."""

    flag: str
    wording: str
    present: bool
    points_now: int
    points_flipped: int


def _growth_points(patient: Patient, **flags: bool) -> int:
    values = {name: getattr(patient, name) for name in KATAGIRI_FLAGS}
    growth = katagiri_growth(patient.primary, **{**values, **flags})
    return next(i for i in KATAGIRI_TABLE if i.name == "growth").option_for(growth).points


def katagiri_flag_flips(patient: Patient) -> tuple[FlagFlip, ...]:
    """For each flag that matters for the patient's primary, the growth points both ways.

    >>> katagiri_flag_flips(Patient(primary="lung"))
    (FlagFlip(flag='targeted_therapy', wording='molecularly targeted therapy', present=False, \
points_now=3, points_flipped=2),)
    """
    flips = []
    for flag in katagiri_flags(_patient(patient).primary):
        present = getattr(patient, flag)
        flips.append(
            FlagFlip(
                flag,
                KATAGIRI_FLAGS[flag],
                present,
                _growth_points(patient),
                _growth_points(patient, **{flag: not present}),
            )
        )
    return tuple(flips)


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything the prognosis dashboard shows about one patient."""

    patient: Patient
    scores: Mapping[str, ScoreResult]
    discordance: Discordance
    flips: Mapping[str, list[Flip]]
    ceiling: Ceiling
    flag_flips: tuple[FlagFlip, ...]
    findings: tuple[SubtypeFinding, ...]


def assess(patient: Patient) -> Assessment:
    """Score ``patient`` and work out every what-if the dashboard shows.

    >>> a = assess(Patient(primary="kidney", kps=80))
    >>> a.scores["tokuhashi_revised"].total, a.discordance.level, a.ceiling.ceiling
    (13, 'concordant', 13)
    """
    scores = score_all(_patient(patient))
    return Assessment(
        patient,
        MappingProxyType(scores),
        discordance(scores),
        MappingProxyType(band_flips(patient)),
        tokuhashi_ceiling(patient.primary),
        katagiri_flag_flips(patient),
        findings_for(patient.primary),
    )
