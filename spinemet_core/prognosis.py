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

from .errors import require_bool, require_choice, require_int
from .results import TIERS, ScoreResult
from .scores import bauer_modified, katagiri_new, tokuhashi_original, tokuhashi_revised, tomita
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

PROGNOSTIC_SCORES: tuple[str, ...] = (
    "tokuhashi_revised",
    "tokuhashi_original",
    "tomita",
    "katagiri_new",
    "bauer_modified",
)
"""The survival scores compared side by side, in display order."""

PATIENT_CHOICES: dict[str, tuple] = {
    "primary": tuple(Primary),
    "kps": tuple(range(10, 101, 10)),
    "ecog": (0, 1, 2, 3, 4),
    "extraspinal_bone_foci": (0, 1, 2, 3),
    "vertebral_body_mets": (1, 2, 3),
    "visceral": ("none", "present"),
    "visceral_removable": (True, False),
    "visceral_treatable": (True, False),
    "visceral_pattern": ("nodular", "disseminated"),
    "frankel": tuple(Frankel),
    "labs": ("normal", "abnormal", "critical"),
    "previous_chemotherapy": (False, True),
    "hormone_dependent": (False, True),
    "targeted_therapy": (False, True),
}
"""Representative values of every patient field: together they reach every option of
every item (counts of 3 stand for "3 or more")."""


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
        set_ = object.__setattr__
        set_(self, "primary", Primary(require_choice("primary", self.primary, list(Primary))))
        require_int("kps", self.kps, minimum=10, maximum=100, step=10)
        require_int("ecog", self.ecog, minimum=0, maximum=4)
        require_int("extraspinal_bone_foci", self.extraspinal_bone_foci, minimum=0)
        require_int("vertebral_body_mets", self.vertebral_body_mets, minimum=1)
        require_choice("visceral", self.visceral, PATIENT_CHOICES["visceral"])
        require_bool("visceral_removable", self.visceral_removable)
        require_bool("visceral_treatable", self.visceral_treatable)
        require_choice(
            "visceral_pattern", self.visceral_pattern, PATIENT_CHOICES["visceral_pattern"]
        )
        set_(self, "frankel", Frankel(require_choice("frankel", self.frankel, list(Frankel))))
        require_choice("labs", self.labs, PATIENT_CHOICES["labs"])
        for name in ("previous_chemotherapy", "hormone_dependent", "targeted_therapy"):
            require_bool(name, getattr(self, name))

    @property
    def skeletal_lesions(self) -> int:
        """All skeletal metastases: vertebral bodies plus extraspinal foci."""
        return self.extraspinal_bone_foci + self.vertebral_body_mets

    def replace(self, **changes) -> Patient:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)


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


_FUNCTIONS = {
    "tokuhashi_revised": tokuhashi_revised,
    "tokuhashi_original": tokuhashi_original,
    "tomita": tomita,
    "katagiri_new": katagiri_new,
    "bauer_modified": bauer_modified,
}


def score_all(patient: Patient) -> dict[str, ScoreResult]:
    """Every prognostic score of ``patient``, keyed by function name, in display order.

    >>> results = score_all(Patient(primary="kidney", kps=80, frankel="E"))
    >>> [r.total for r in results.values()]
    [13, 11, 3, 2, 4]
    """
    inputs = _score_inputs(patient)
    return {name: _FUNCTIONS[name](**inputs[name]) for name in PROGNOSTIC_SCORES}


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
    tiers = {name: r.band.tier for name, r in results.items() if r.band.tier is not None}
    used = {TIERS.index(t) for t in tiers.values()}
    if len(used) <= 1:
        level = "concordant"
    elif max(used) - min(used) == 1:
        level = "partial"
    else:
        level = "conflicting"
    return Discordance(level=level, tiers=tiers)


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
    base = score_all(patient)
    flips: dict[str, list[Flip]] = {name: [] for name in PROGNOSTIC_SCORES}
    for field, choices in PATIENT_CHOICES.items():
        current = getattr(patient, field)
        if field.startswith("visceral_") and patient.visceral != "present":
            continue
        for value in choices:
            if value == current and type(value) is type(current):
                continue
            if field in ("extraspinal_bone_foci", "vertebral_body_mets") and min(value, 3) == min(
                current, 3
            ):
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
