"""The radiotherapy schedules of the trials and series quoted in the suite's prose, as data.

Each :class:`Arm` is one arm of a trial (or the dose range of a series) with its citekey
and status, so a sentence such as "SBRT 24 Gy in 2 fractions or conventional 20 Gy in 5"
is rendered from here (:func:`spinemet_core.ui.srs_text.trials_html`), the evidence labels
(:mod:`.radiotherapy`) are built from the same records, and the fidelity ledger lists them
(:data:`LEDGER`).

>>> ARMS["SC.24"][0].label, ARMS["RTOG 0631"][0].label, ARMS["Yamada 2017"][0].dose_text
('SBRT 24 Gy / 2', 'SRS 16 or 18 Gy x 1', '16-26 Gy')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InvalidInputError
from ..fidelity import CONFIRMED, Fidelity, Sourced
from .separation import FIDELITY as _SEPARATION

__all__ = ["ARMS", "LEDGER", "Arm"]


@dataclass(frozen=True, slots=True)
class Arm:
    """One arm of a trial, or the dose range of a series.

    Attributes
    ----------
    study : str
        The study as the prose names it, e.g. ``"SC.24"``.
    role : str
        ``"experimental"``, ``"control"`` or ``"all"`` (a series with one arm).
    technique : str
        ``"SBRT"``, ``"SRS"`` or ``"cEBRT"``.
    doses : tuple of float
        Total dose [Gy]: one value, or two joined by ``spread``.
    spread : str
        ``""`` for one dose, ``"or"`` when each patient had one of two doses, ``"-"`` for a
        range.
    fractions : int or None
        Number of fractions; ``None`` when the study used several (the total is shown alone).
    share : int
        This arm's share in the randomisation (2 in a 2:1 trial); 1 for a series.
    citekey : str
        The source, shown beside the schedule.
    fidelity : Fidelity
        How far the schedule was checked (:mod:`spinemet_core.fidelity`).

    Raises
    ------
    InvalidInputError
        ``doses`` empty, or its length does not match ``spread``.
    """

    study: str
    role: str
    technique: str
    doses: tuple[float, ...]
    fractions: int | None
    citekey: str
    fidelity: Fidelity
    spread: str = ""
    share: int = 1

    def __post_init__(self) -> None:
        if len(self.doses) != (1 if not self.spread else 2):
            raise InvalidInputError("doses", self.doses, "one dose, or two with a spread")

    @property
    def dose_text(self) -> str:
        """The total dose as the prose writes it: ``"24 Gy"``, ``"16 or 18 Gy"``, ``"16-26 Gy"``."""
        joiner = {"": "", "or": " or ", "-": "-"}[self.spread]
        return joiner.join(f"{d:g}" for d in self.doses) + " Gy"

    @property
    def label(self) -> str:
        """Technique and schedule as the figures label them: ``"SBRT 24 Gy / 2"``,
        ``"cEBRT 8 Gy x 1"``, ``"cEBRT 30 Gy"`` (fractions not one schedule)."""
        if self.fractions is None:
            return f"{self.technique} {self.dose_text}"
        per = "x 1" if self.fractions == 1 else f"/ {self.fractions}"
        return f"{self.technique} {self.dose_text} {per}"


_SC24, _RTOG, _LAUFER = "sahgal2021_sc24", "ryu2023_rtog0631", "laufer2013_separation"
ARMS: Mapping[str, tuple[Arm, ...]] = {
    "SC.24": (  # abstract (PubMed 34126044): 1:1, 24 Gy in two vs 20 Gy in five daily fractions
        Arm("SC.24", "experimental", "SBRT", (24,), 2, _SC24, CONFIRMED),
        Arm("SC.24", "control", "cEBRT", (20,), 5, _SC24, CONFIRMED),
    ),
    "RTOG 0631": (  # abstract (PubMed 37079324, PMC10119775): 2:1, 16 or 18 Gy once vs 8 Gy
        Arm("RTOG 0631", "experimental", "SRS", (16, 18), 1, _RTOG, CONFIRMED, "or", share=2),
        Arm("RTOG 0631", "control", "cEBRT", (8,), 1, _RTOG, CONFIRMED),
    ),
    "Maranzano 1995": (  # abstract (PubMed 7607970): 30 Gy with two different schedules
        Arm("Maranzano 1995", "all", "cEBRT", (30,), None, "maranzano1995", CONFIRMED),
    ),
    "Yamada 2017": (  # full text (PMC5568686): median 2400 cGy, range 1600-2600 cGy, one fraction
        Arm("Yamada 2017", "all", "SRS", (16, 26), 1, "yamada2017", CONFIRMED, "-"),
    ),
    "Laufer 2013": (  # the single-fraction group after separation surgery (n = 40)
        Arm("Laufer 2013", "single-fraction", "SRS", (24,), 1, _LAUFER, _SEPARATION[_LAUFER]),
    ),
}
"""The schedules quoted in prose, by study: experimental arm first, then control."""

_WHERE = {
    "Laufer 2013": (("separation_surgery",), "note on the model's minimal gap"),
}
_TRIALS = (("stereotactic_radiosurgery",), "why the pain trials disagree")


def _entries() -> tuple[Sourced, ...]:
    rows = []
    for study, arms in ARMS.items():
        topics, shown = _WHERE.get(study, _TRIALS)
        for arm in arms:
            n = arm.fractions
            value = arm.dose_text + ("" if n is None else f" in {n} fraction{'s' * (n > 1)}")
            what = (
                f"{arm.technique} dose of the series"
                if arm.role == "all"
                else f"{arm.role} arm: {arm.technique} schedule"
            )
            rows.append(
                Sourced(topics, f"{study}: {shown}", what, value, arm.citekey, arm.fidelity)
            )
        if len(arms) == 2:
            ratio = ":".join(str(a.share) for a in arms)
            what = "randomisation ratio, experimental to control"
            rows.append(
                Sourced(topics, f"{study}: {shown}", what, ratio, arms[0].citekey, arms[0].fidelity)
            )
    return tuple(rows)


LEDGER: tuple[Sourced, ...] = _entries()
"""The schedules and randomisation ratios quoted in prose, with source and status."""
