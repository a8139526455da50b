"""Karnofsky (KPS) and ECOG performance status: published conversions and a consistency check.

The prognostic scores take performance status on two scales: the Tokuhashi scores on the
Karnofsky scale, the Katagiri score on the ECOG scale. A patient has one performance
status, so the two entries should agree. Each conversion below is written once, as data,
beside its citekey and the status of its transcription; the check only looks pairs up.
The check never changes the entered values or any score: it reports, the learner decides.

Status of each conversion (``status``):

- ``"confirmed (primary abstract)"``: the grouping is stated in the abstract of the primary
  paper, read on a copy of that abstract; the full text was not read.
- ``"secondary"``: taken from a named secondary source.
- ``"unconfirmed"``: not checked against any source.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import require_int

__all__ = [
    "CONVERSIONS",
    "ECOG_VALUES",
    "FLAG_CONVERSION",
    "KPS_VALUES",
    "PerformanceCheck",
    "PsConversion",
    "performance_check",
]

KPS_VALUES = tuple(range(10, 101, 10))
"""Karnofsky performance status values a living patient can have [%] (0 is death)."""
ECOG_VALUES = (0, 1, 2, 3, 4)
"""ECOG performance status grades of a living patient (5 is death)."""


@dataclass(frozen=True, slots=True)
class PsConversion:
    """One published KPS↔ECOG conversion: groups of KPS values paired with ECOG grades.

    ``groups`` is a tuple of ``(kps_values, ecog_grades)``; a pair is consistent when
    one group holds both. ``status`` says how far the transcription was checked (see
    the module docstring); ``basis`` says what the grouping rests on.
    """

    citekey: str
    title: str
    groups: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    status: str
    basis: str

    def ecog_for(self, kps: int) -> tuple[int, ...]:
        """The ECOG grades this conversion pairs with ``kps`` [%]."""
        return next(ecog for kps_group, ecog in self.groups if kps in kps_group)

    def kps_for(self, ecog: int) -> tuple[int, ...]:
        """The KPS values [%] this conversion pairs with ``ecog``."""
        return next(kps_group for kps_group, grades in self.groups if ecog in grades)

    def agrees(self, kps: int, ecog: int) -> bool:
        """Whether the pair falls inside one group of this conversion."""
        return ecog in self.ecog_for(kps)


CONVERSIONS: dict[str, PsConversion] = {
    "buccheri1996": PsConversion(
        "buccheri1996",
        "three-grade table, 536 lung cancer patients, 1656 paired ratings",
        (((80, 90, 100), (0, 1)), ((60, 70), (2,)), ((10, 20, 30, 40, 50), (3, 4))),
        "confirmed (primary abstract)",
        "Grade 1: KPS 100, 90, 80 with ECOG 0, 1; grade 2: KPS 70, 60 with ECOG 2; grade 3: "
        "KPS below 60 with ECOG 3, 4; over 84% agreement (abstract, Eur J Cancer 1996).",
    ),
    "ma2010": PsConversion(
        "ma2010",
        "five-category table, 1385 advanced-cancer patients",
        (
            ((100,), (0,)),
            ((80, 90), (1,)),
            ((60, 70), (2,)),
            ((40, 50), (3,)),
            ((10, 20, 30), (4,)),
        ),
        "confirmed (primary abstract)",
        "KPS 100 (ECOG 0), 80-90 (1), 60-70 (2), 40-50 (3), 10-30 (4): highest hit rate, 75% "
        "(abstract, PMID 20674334).",
    ),
    "prasad2018": PsConversion(
        "prasad2018",
        "five-category table, 1501 lung cancer patients, 5844 paired ratings",
        (
            ((100,), (0,)),
            ((80, 90), (1,)),
            ((70,), (2,)),
            ((50, 60), (3,)),
            ((10, 20, 30, 40), (4,)),
        ),
        "confirmed (primary abstract)",
        "KPS 100 (ECOG 0), 80-90 (1), 70 (2), 50-60 (3), 10-40 (4): hit rate 78.1% (abstract, "
        "PMID 30425939).",
    ),
}
"""The published conversions held, by citekey; the first is the one the flag uses."""

FLAG_CONVERSION = "buccheri1996"
"""The conversion the consistency flag applies. Buccheri 1996 is the earliest primary
study of paired ratings and the coarsest table, so it flags only pairs a grade apart;
the finer tables of Ma 2010 and Prasad 2018 are shown beside it, with their disagreements.
"""


@dataclass(frozen=True, slots=True)
class PerformanceCheck:
    """Whether a KPS/ECOG pair agrees with :data:`FLAG_CONVERSION`, and with the others.

    ``consistent`` is the flag's verdict under ``conversion``; ``expected_ecog`` the
    grades that conversion pairs with ``kps``; ``others`` one ``(conversion, agrees)``
    per further conversion, in :data:`CONVERSIONS` order.
    """

    kps: int
    ecog: int
    conversion: PsConversion
    consistent: bool
    expected_ecog: tuple[int, ...]
    others: tuple[tuple[PsConversion, bool], ...]

    @property
    def sources_disagree(self) -> bool:
        """Whether the conversions held give different verdicts for this pair."""
        return any(agrees != self.consistent for _, agrees in self.others)


def performance_check(*, kps: int, ecog: int) -> PerformanceCheck:
    """Check a KPS/ECOG pair against the published conversions.

    Parameters
    ----------
    kps : int
        Karnofsky performance status [%], 10-100 in steps of 10.
    ecog : int
        ECOG performance status, 0-4.

    Returns
    -------
    PerformanceCheck
        The verdict under :data:`FLAG_CONVERSION` (``buccheri1996``) and under each
        other conversion. Nothing entered is changed.

    Raises
    ------
    InvalidInputError
        If ``kps`` or ``ecog`` is not an allowed integer (the message names it).

    Examples
    --------
    >>> check = performance_check(kps=30, ecog=0)
    >>> check.consistent, check.expected_ecog, check.conversion.citekey
    (False, (3, 4), 'buccheri1996')
    >>> performance_check(kps=80, ecog=1).consistent
    True
    """
    require_int("kps", kps, minimum=KPS_VALUES[0], maximum=KPS_VALUES[-1], step=10)
    require_int("ecog", ecog, minimum=ECOG_VALUES[0], maximum=ECOG_VALUES[-1])
    used = CONVERSIONS[FLAG_CONVERSION]
    others = tuple((c, c.agrees(kps, ecog)) for k, c in CONVERSIONS.items() if k != FLAG_CONVERSION)
    return PerformanceCheck(kps, ecog, used, used.agrees(kps, ecog), used.ecog_for(kps), others)
