"""Dashboard 01's teaching point where a modern cohort outlives a band's published prediction.

A band's label carries its predicted survival in the score's own words ("Predicted
survival under 6 months: ..."). Where a published median for that band (from
:data:`spinemet_core.evidence.prognosis.SURVIVAL_FIGURES`) lies above the prediction's
upper bound, the chart marks the bar and the caption explains the gap: the bands were
derived in another era, the figure comes from a modern cohort. Every number is read from
the data; nothing is typed here.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..evidence.prognosis import SurvivalFigure, figures_for
from ..references import get_reference
from ..scores import INSTRUMENTS
from .html import cite
from .presentation import box_background

__all__ = ["EraGap", "era_annotations", "era_gaps", "era_note_html"]

_UNDER = re.compile(r"under (\d+) months")


@dataclass(frozen=True, slots=True)
class EraGap:
    """A band whose published median survival exceeds the survival its score predicted."""

    score: str
    band: str  # range text, e.g. "0-8"
    predicted: str  # the label's words, e.g. "under 6 months"
    figure: SurvivalFigure


def era_gaps(name: str) -> tuple[EraGap, ...]:
    """The bands of score ``name`` whose median survival [months] lies above the upper bound
    of the survival the band's label predicts.

    >>> [(g.band, g.predicted, g.figure.value) for g in era_gaps("tokuhashi_revised")]
    [('0-8', 'under 6 months', 18.0)]
    >>> era_gaps("tomita")
    ()
    """
    record = INSTRUMENTS[name]
    gaps = []
    for figure in figures_for(name):
        found = _UNDER.search(record.band(figure.band_key).label)
        if (
            found
            and (figure.measure, figure.unit) == ("median survival", "months")
            and figure.value > int(found.group(1))
        ):
            gaps.append(EraGap(name, figure.band, found.group(0), figure))
    return tuple(gaps)


def era_note_html(name: str) -> str:
    """The teaching point for each gap of score ``name`` ("" when there is none)."""
    notes = []
    for gap in era_gaps(name):
        record, f = INSTRUMENTS[name], gap.figure
        derived = get_reference(record.citekey)
        notes.append(
            "<div class='sm-card sm-era-note'><b>Teaching point: why the bar is so tall.</b> "
            f"{html.escape(record.title)} band {gap.band} predicts survival "
            f"<b>{gap.predicted}</b> ({cite(record.citekey)}), yet the median in this band was "
            f"<b>{f.value:g} {f.unit}</b> in {html.escape(f.cohort)} ({cite(f.citekey)}). "
            f"The bands were derived from patients treated before {derived.year}, before "
            "stereotactic radiosurgery and most targeted drugs were in routine use and before "
            "any immune checkpoint inhibitor; the later cohort was treated when these were "
            "available, and every patient in it had surgery, a selection that favours the fitter. "
            "A band ranks patients of its own era; it does not tell a patient today "
            "how long they will live.</div>"
        )
    return "".join(notes)


def era_annotations(name: str) -> list[dict]:
    """Plotly annotations writing each gap's prediction inside its bar (half-way up, clear of
    the value above it), so the bar and the words it contradicts sit together; the caption
    below the chart explains."""
    return [
        {
            "x": gap.band,
            "y": gap.figure.value / 2,
            "text": f"predicted: {gap.predicted}<br>(see the teaching point below)",
            "showarrow": False,
            "bgcolor": box_background(),
            "xref": "x",
            "yref": "y",
        }
        for gap in era_gaps(name)
    ]
