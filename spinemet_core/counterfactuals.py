"""What one fact is worth: counterfactuals the prognosis dashboard shows beside the scores.

Each function answers "how would the score differ if ..." for one
:class:`~spinemet_core.prognosis.Patient`, from the instruments' own tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from .prognosis import Patient, score_all
from .scores import INSTRUMENTS
from .vocabulary import KATAGIRI_FLAGS

__all__ = ["FlagCounterfactual", "katagiri_flag_counterfactual", "tokuhashi_primary_ceiling"]

_TOKUHASHI = "tokuhashi_revised"
_KATAGIRI = "katagiri_new"


def tokuhashi_primary_ceiling(patient: Patient) -> int:
    """The highest revised Tokuhashi total this patient's primary allows.

    Every other item is put at its best option; the primary-site item keeps
    the points this primary earns (Tokuhashi 2005, ``tokuhashi2005``).

    >>> tokuhashi_primary_ceiling(Patient(primary="lung")), tokuhashi_primary_ceiling(Patient())
    (10, 15)
    """
    points = score_all(patient)[_TOKUHASHI].points
    return INSTRUMENTS[_TOKUHASHI].best_total(primary=points["primary"])


@dataclass(frozen=True, slots=True)
class FlagCounterfactual:
    """Katagiri's growth points now and with the primary's flag the other way round."""

    field: str
    value: bool
    points: int
    flipped_points: int


def katagiri_flag_counterfactual(patient: Patient) -> FlagCounterfactual | None:
    """What the Katagiri flag of this primary is worth (Katagiri 2014, ``katagiri2014``).

    Breast and prostate cancer depend on hormone dependence, lung cancer on
    molecularly targeted therapy; ``None`` for every other primary.

    >>> katagiri_flag_counterfactual(Patient(primary="lung"))
    FlagCounterfactual(field='targeted_therapy', value=False, points=3, flipped_points=2)
    """
    if patient.primary not in KATAGIRI_FLAGS:
        return None
    field = KATAGIRI_FLAGS[patient.primary][0]
    value = getattr(patient, field)
    flipped = patient.replace(**{field: not value})
    return FlagCounterfactual(field, value, _growth_points(patient), _growth_points(flipped))


def _growth_points(patient: Patient) -> int:
    return score_all(patient)[_KATAGIRI].points["growth"]
