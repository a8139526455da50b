"""New England Spinal Metastasis Score (NESMS; Ghori 2015, validated by Schoenfeld 2021).

Three findings: the modified Bauer score (2 points when it is high), independent
ambulation (1 point) and a normal serum albumin (1 point); the total is capped at 3
(the "ceiling score of three" of the 2015 paper), so a patient with all three scores 3.

Provenance (see :mod:`spinemet_core.evidence.validation`): the weights (Bauer 2,
ambulation 1, albumin 1, ceiling 3) are taken from secondary reports of the 2015
paper; the paper itself was not reachable. The two cut-offs, a modified Bauer
score of 3 or more and an albumin of 3.5 g/dL or more, could not be confirmed
in any reachable source and are marked unconfirmed.
"""

from __future__ import annotations

from ..fidelity import UNCONFIRMED
from ..results import Band, ScoreResult
from ..units import ANALYTES
from ._domain import Number
from ._registry import Instrument
from ._table import Item, Option

__all__ = [
    "ALBUMIN_CUTOFF_G_DL",
    "BANDS",
    "BAUER_CUTOFF",
    "INSTRUMENT",
    "RECORDS",
    "REFERENCE",
    "TABLE",
    "nesms",
]

REFERENCE = "ghori2015"

BAUER_CUTOFF = 3
"""A modified Bauer score of this value or more earns the Bauer points (unconfirmed)."""
ALBUMIN_CUTOFF_G_DL = 3.5
"""Serum albumin [g/dL] at or above which albumin counts as normal (unconfirmed)."""
ALBUMIN = Number(*ANALYTES["albumin"].plausible)
"""Serum albumin [g/dL]: the suite's plausible range of albumin, not a cut-off."""

TABLE: tuple[Item, ...] = (
    Item(
        "modified_bauer",
        "Modified Bauer score",
        (
            Option(f"Modified Bauer 0-{BAUER_CUTOFF - 1}", 0, lo=0, hi=BAUER_CUTOFF - 1),
            Option(f"Modified Bauer {BAUER_CUTOFF}-4", 2, lo=BAUER_CUTOFF, hi=4),
        ),
    ),
    Item(
        "ambulatory",
        "Ambulatory status",
        (
            Option("Not independently ambulatory", 0, members=(False,)),
            Option("Independently ambulatory", 1, members=(True,)),
        ),
    ),
    Item(
        "albumin",
        "Serum albumin",
        (
            Option(f"Below {ALBUMIN_CUTOFF_G_DL:g} g/dL", 0, below=ALBUMIN_CUTOFF_G_DL),
            Option(f"{ALBUMIN_CUTOFF_G_DL:g} g/dL or more", 1, lo=ALBUMIN_CUTOFF_G_DL),
        ),
        argument="albumin_g_dl",
        domain=ALBUMIN,
    ),
)
"""NESMS point table: weights as reported from Ghori 2015 (secondary), cut-offs unconfirmed."""

BANDS: tuple[Band, ...] = (
    Band(0, 0, "NESMS 0: highest 1-year mortality", "poor", key="score_0"),
    Band(1, 1, "NESMS 1: high 1-year mortality", "poor", key="score_1"),
    Band(2, 2, "NESMS 2: intermediate 1-year mortality", "intermediate", key="score_2"),
    Band(3, 3, "NESMS 3: lowest 1-year mortality (reference group)", "good", key="score_3"),
)
"""One band per total: the validation reports 1-year mortality for each score against score 3
(Schoenfeld 2021); no named groups were published."""


def nesms(*, modified_bauer: int, ambulatory: bool, albumin_g_dl: float) -> ScoreResult:
    """New England Spinal Metastasis Score, total 0-3.

    Parameters
    ----------
    modified_bauer : int
        The modified Bauer total, 0-4 (see :func:`spinemet_core.scores.bauer_modified`);
        3 or more earns 2 points.
    ambulatory : bool
        Independently ambulatory at presentation (1 point).
    albumin_g_dl : float
        Serum albumin [g/dL], 1-6 (the plausible range of ``ANALYTES["albumin"]``);
        3.5 or more earns 1 point. Convert g/L first (divide by 10), e.g. with
        :func:`spinemet_core.units.to_canonical`.

    Returns
    -------
    ScoreResult
        Total 0-3 (item sum capped at 3; ``points["ceiling"]`` is -1 when the cap
        applies, else 0), one band per total; 3 is the most favourable.

    Raises
    ------
    InvalidInputError
        An argument of the wrong type or outside its range; the message names it
        (e.g. ``albumin_g_dl`` for an albumin of 35, a g/L value).

    References
    ----------
    Ghori AK, Leonard DA, Schoenfeld AJ, et al. Modeling 1-year survival after
    surgery on the metastatic spine. Spine J 2015;15(11):2345-2350.
    Schoenfeld AJ, et al. Spine J 2021;21(1):28-36 (prospective validation).

    Examples
    --------
    Renal cell carcinoma, solitary lesion, no visceral disease (modified Bauer 4),
    walking unaided, albumin 3.8 g/dL: 2 + 1 + 1, capped at 3.

    >>> r = nesms(modified_bauer=4, ambulatory=True, albumin_g_dl=3.8)
    >>> r.total, dict(r.points)
    (3, {'modified_bauer': 2, 'ambulatory': 1, 'albumin': 1, 'ceiling': -1})

    Lung cancer with visceral metastases (modified Bauer 0), non-ambulatory,
    albumin 2.9 g/dL: 0.

    >>> nesms(modified_bauer=0, ambulatory=False, albumin_g_dl=2.9).band.key
    'score_0'
    """
    return INSTRUMENT.score(
        modified_bauer=modified_bauer, ambulatory=ambulatory, albumin_g_dl=albumin_g_dl
    )


INSTRUMENT = Instrument(
    name="nesms",
    title="NESMS",
    function=nesms,
    items=TABLE,
    bands=BANDS,
    citekey=REFERENCE,
    kind="composite",
    ceiling=3,
    # The weights are in two secondary reports, but the cut-offs they go with (Bauer >= 3,
    # albumin >= 3.5 g/dL) were found in no reachable source: the table as a whole is
    # unconfirmed.
    fidelity=UNCONFIRMED,
)
"""The registry record of the NESMS."""

RECORDS: tuple[Instrument, ...] = (INSTRUMENT,)
