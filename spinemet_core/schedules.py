"""Fractionation schedules from the literature, each with the study that used it, as data.

Re-exported by :mod:`spinemet_core.radiobiology` (``SCHEDULES``, ``Schedule``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .fidelity import CONFIRMED, Fidelity

__all__ = ["SCHEDULES", "Schedule"]


@dataclass(frozen=True, slots=True)
class Schedule:
    """A fractionation schedule from the literature."""

    name: str
    total_dose: float
    fractions: int
    technique: str  # "cEBRT" or "SBRT"
    use: str
    citekey: str
    fidelity: Fidelity | None = None  # else the status of its citekey (spinemet_core.ledger)

    @property
    def dose_per_fraction(self) -> float:
        """Dose per fraction [Gy]."""
        return self.total_dose / self.fractions


SCHEDULES: tuple[Schedule, ...] = (
    Schedule(
        "8 Gy x 1",
        8,
        1,
        "cEBRT",
        "pain, short expected survival; RTOG 0631 and SCORAD control arm",
        "hoskin2019_scorad",
    ),
    Schedule(
        "20 Gy / 5", 20, 5, "cEBRT", "standard short course; SC.24 control arm", "sahgal2021_sc24"
    ),
    Schedule("30 Gy / 10", 30, 10, "cEBRT", "longer course; the Patchell trial", "patchell2005"),
    Schedule(
        "16 Gy x 1",
        16,
        1,
        "SBRT",
        "RTOG 0631 experimental arm",
        "ryu2023_rtog0631",
        CONFIRMED,  # the arms are in the trial's full text (PMC10119775)
    ),
    Schedule(
        "18 Gy x 1",
        18,
        1,
        "SBRT",
        "RTOG 0631 experimental arm",
        "ryu2023_rtog0631",
        CONFIRMED,  # the arms are in the trial's full text (PMC10119775)
    ),
    Schedule("24 Gy x 1", 24, 1, "SBRT", "high-dose single fraction (MSKCC median)", "yamada2017"),
    Schedule("24 Gy / 2", 24, 2, "SBRT", "SC.24 experimental arm", "sahgal2021_sc24"),
    Schedule(
        "24 Gy / 3",
        24,
        3,
        "SBRT",
        "high-dose hypofractionated (lower end)",
        "laufer2013_separation",
    ),
    Schedule(
        "30 Gy / 3",
        30,
        3,
        "SBRT",
        "high-dose hypofractionated (upper end)",
        "laufer2013_separation",
    ),
    Schedule(
        "30 Gy / 5",
        30,
        5,
        "SBRT",
        "five fractions, within the 18-36 Gy / 5-6 range of Laufer 2013",
        "laufer2013_separation",
    ),
    Schedule(
        "35 Gy / 5",
        35,
        5,
        "SBRT",
        "five fractions, within the 18-36 Gy / 5-6 range of Laufer 2013",
        "laufer2013_separation",
    ),
)
"""Common schedules for spinal metastases, each with the study that used it."""
