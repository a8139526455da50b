"""One patient, five prognostic scores: scoring, disagreement, and what flips a band.

A :class:`Patient` holds what a clinician records once; :func:`score_all`
translates it into each instrument's own vocabulary (each instrument defines
visceral disease and bone burden differently) and returns every
:class:`~spinemet_core.results.ScoreResult`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import InvalidInputError, require_bool, require_choice
from .results import TIERS, ScoreResult
from .scores import INSTRUMENTS
from .vocabulary import Frankel, Primary, katagiri_growth, tomita_growth

__all__ = [
    "PATIENT_CHOICES",
    "PROGNOSTIC_SCORES",
    "Discordance",
    "Flip",
    "Patient",
    "band_flips",
    "discordance",
    "score_all",
]

PROGNOSTIC_SCORES: tuple[str, ...] = tuple(
    name for name, record in INSTRUMENTS.items() if record.kind == "survival"
)
"""The survival scores compared side by side, in display order (the registry's order)."""

_TOKUHASHI = {i.argument: i for i in INSTRUMENTS["tokuhashi_revised"].items}
_KATAGIRI = {i.argument: i for i in INSTRUMENTS["katagiri_new"].items}
_FIELD_ITEMS = {
    "primary": _TOKUHASHI["primary"],
    "kps": _TOKUHASHI["kps"],
    "ecog": _KATAGIRI["ecog"],
    "extraspinal_bone_foci": _TOKUHASHI["extraspinal_bone_foci"],
    "vertebral_body_mets": _TOKUHASHI["vertebral_body_mets"],
    "frankel": _TOKUHASHI["frankel"],
    "labs": _KATAGIRI["labs"],
}
"""Patient fields recorded exactly as an instrument's argument: their values come from its item."""

_NO_VISCERAL = "none"


def _values(field: str) -> tuple:
    return _FIELD_ITEMS[field].representative_values()


PATIENT_CHOICES: dict[str, tuple] = {
    "primary": _values("primary"),
    "kps": _values("kps"),
    "ecog": _values("ecog"),
    "extraspinal_bone_foci": _values("extraspinal_bone_foci"),
    "vertebral_body_mets": _values("vertebral_body_mets"),
    "visceral": (_NO_VISCERAL, "present"),
    "visceral_removable": (True, False),
    "visceral_treatable": (True, False),
    "visceral_pattern": tuple(
        v for v in _KATAGIRI["visceral"].representative_values() if v != _NO_VISCERAL
    ),
    "frankel": _values("frankel"),
    "labs": _values("labs"),
    "previous_chemotherapy": (False, True),
    "hormone_dependent": (False, True),
    "targeted_therapy": (False, True),
}
"""Representative values of every patient field: together they reach every option of
every item (the highest count stands for "that many or more")."""


@dataclass(frozen=True, slots=True)
class Patient:
    """Findings recorded once and shared by all prognostic scores.

    ``visceral_removable`` (Tokuhashi), ``visceral_treatable`` (Tomita) and
    ``visceral_pattern`` (Katagiri) only matter when ``visceral`` is "present".
    ``hormone_dependent`` matters for breast and prostate cancer,
    ``targeted_therapy`` for lung cancer (Katagiri).
    """

    primary: Primary | str = Primary.BREAST
    kps: int = 70
    ecog: int = 1
    extraspinal_bone_foci: int = 0
    vertebral_body_mets: int = 1
    visceral: str = "none"
    visceral_removable: bool = True
    visceral_treatable: bool = True
    visceral_pattern: str = "nodular"
    frankel: Frankel | str = Frankel.E
    labs: str = "normal"
    previous_chemotherapy: bool = False
    hormone_dependent: bool = False
    targeted_therapy: bool = False

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            name, value = field.name, getattr(self, field.name)
            if name in _FIELD_ITEMS:
                object.__setattr__(self, name, _FIELD_ITEMS[name].domain.validate(name, value))
            elif isinstance(PATIENT_CHOICES[name][0], bool):
                require_bool(name, value)
            else:
                require_choice(name, value, PATIENT_CHOICES[name])

    @property
    def skeletal_lesions(self) -> int:
        """All skeletal metastases: vertebral bodies plus extraspinal foci."""
        return self.extraspinal_bone_foci + self.vertebral_body_mets

    def replace(self, **changes) -> Patient:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)


def _patient(value: object) -> Patient:
    """``value`` if it is a :class:`Patient`, else an InvalidInputError naming ``patient``."""
    if not isinstance(value, Patient):
        raise InvalidInputError("patient", value, "a spinemet_core.prognosis.Patient")
    return value


def _score_inputs(p: Patient) -> dict[str, dict]:
    present = p.visceral == "present"
    solitary = p.skeletal_lesions == 1
    tokuhashi = {
        "kps": p.kps,
        "extraspinal_bone_foci": p.extraspinal_bone_foci,
        "vertebral_body_mets": p.vertebral_body_mets,
        "visceral_mets": ("removable" if p.visceral_removable else "unremovable")
        if present
        else "none",
        "primary": p.primary,
        "frankel": p.frankel,
    }
    return {
        "tokuhashi_revised": tokuhashi,
        "tokuhashi_original": tokuhashi,
        "tomita": {
            "growth": tomita_growth(p.primary),
            "visceral_mets": ("treatable" if p.visceral_treatable else "untreatable")
            if present
            else "none",
            "bone_mets": "solitary" if solitary else "multiple",
        },
        "katagiri_new": {
            "growth": katagiri_growth(
                p.primary,
                hormone_dependent=p.hormone_dependent,
                targeted_therapy=p.targeted_therapy,
            ),
            "visceral": p.visceral_pattern if present else "none",
            "labs": p.labs,
            "ecog": p.ecog,
            "previous_chemotherapy": p.previous_chemotherapy,
            "multiple_bone_mets": not solitary,
        },
        "bauer_modified": {
            "visceral_mets": present,
            "primary": p.primary,
            "solitary_skeletal": solitary,
        },
    }


def score_all(patient: Patient) -> dict[str, ScoreResult]:
    """Every prognostic score of ``patient``, keyed by function name, in display order.

    >>> results = score_all(Patient(primary="kidney", kps=80, frankel="E"))
    >>> [r.total for r in results.values()]
    [13, 11, 3, 2, 4]
    """
    inputs = _score_inputs(_patient(patient))
    return {name: INSTRUMENTS[name].function(**inputs[name]) for name in PROGNOSTIC_SCORES}


@dataclass(frozen=True, slots=True)
class Discordance:
    """How far the scores disagree about one patient.

    ``level`` is ``"concordant"`` (all in one tier), ``"partial"`` (adjacent
    tiers) or ``"conflicting"`` (one score says good, another poor).
    """

    level: str
    tiers: Mapping[str, str]

    @property
    def by_tier(self) -> dict[str, list[str]]:
        """Tier -> the scores placed in it, for every tier that is used."""
        out: dict[str, list[str]] = {}
        for tier in TIERS:
            names = [n for n, t in self.tiers.items() if t == tier]
            if names:
                out[tier] = names
        return out


def discordance(results: Mapping[str, ScoreResult]) -> Discordance:
    """Compare the bands of several prognostic scores by their tiers.

    >>> discordance(score_all(Patient(primary="kidney", kps=80))).level
    'concordant'
    """
    allowed = "a mapping of score name -> ScoreResult"
    if not isinstance(results, Mapping):
        raise InvalidInputError("results", results, allowed)
    for result in results.values():
        if not isinstance(result, ScoreResult):
            raise InvalidInputError("results", result, allowed)
    tiers = {name: r.band.tier for name, r in results.items() if r.band.tier is not None}
    used = {TIERS.index(t) for t in tiers.values()}
    if len(used) <= 1:
        level = "concordant"
    elif max(used) - min(used) == 1:
        level = "partial"
    else:
        level = "conflicting"
    return Discordance(level=level, tiers=tiers)


_COUNTS = {f: PATIENT_CHOICES[f][-1] for f in ("extraspinal_bone_foci", "vertebral_body_mets")}
"""Open counts -> the value from which every higher count scores alike."""


@dataclass(frozen=True, slots=True)
class Flip:
    """A single change of one patient field that moves one score into another band."""

    score: str
    field: str
    old_value: object
    new_value: object
    old_total: int
    new_total: int
    new_band: str


def band_flips(patient: Patient) -> dict[str, list[Flip]]:
    """For each score, the single-field changes that move the patient into another band.

    Each field is tried at every representative value in :data:`PATIENT_CHOICES`
    (fields that cannot matter for this patient, such as the visceral details
    when there is no visceral disease, are skipped).

    Renal cancer with one other bone focus scores 3 on modified Bauer; losing
    the favourable primary or gaining visceral disease drops it to band 2.

    >>> flips = band_flips(Patient(primary="kidney", kps=80, extraspinal_bone_foci=1))
    >>> sorted({f.field for f in flips["bauer_modified"]})
    ['primary', 'visceral']
    """
    base = score_all(_patient(patient))
    flips: dict[str, list[Flip]] = {name: [] for name in PROGNOSTIC_SCORES}
    for field, choices in PATIENT_CHOICES.items():
        current = getattr(patient, field)
        if field.startswith("visceral_") and patient.visceral != "present":
            continue
        for value in choices:
            if value == current and type(value) is type(current):
                continue
            if field in _COUNTS and min(value, _COUNTS[field]) == min(current, _COUNTS[field]):
                continue
            changed = score_all(patient.replace(**{field: value}))
            for name in PROGNOSTIC_SCORES:
                if changed[name].band != base[name].band:
                    flips[name].append(
                        Flip(
                            name,
                            field,
                            current,
                            value,
                            base[name].total,
                            changed[name].total,
                            changed[name].band.range_text,
                        )
                    )
    return flips
