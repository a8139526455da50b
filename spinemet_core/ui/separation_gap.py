"""Dashboard 03's note reconciling the model's minimal gap with the 2-3 mm surgery aims at.

The teaching model's straight-line fall-off at an illustrative gradient can ask for more
room than separation surgery creates (24 Gy x 1: about 4.9 mm at 10%/mm). The note shows
what fall-off would make 2 and 3 mm suffice (core
:func:`~spinemet_core.separation.gradient_for_separation`) and what the clinical series
reported (:data:`~spinemet_core.evidence.separation.LAUFER_2013`), so a learner does not read
the model as evidence that single-fraction SRS after separation surgery is unsafe.
"""

from __future__ import annotations

import html

from ..evidence.arms import ARMS
from ..evidence.separation import LAUFER_2013
from ..separation import DEFAULT_GRADIENT, TARGET_GAP_MM, CordCheck, gradient_for_separation
from .html import cite
from .inputs import ceil_text

__all__ = ["gap_note_html"]


def gap_note_html(
    check: CordCheck, prescription_dose: float, fractions: int, gradient: float
) -> str:
    """The reconciliation note, or "" when the model's minimal gap is within the 2-3 mm
    (:data:`~spinemet_core.separation.TARGET_GAP_MM`) surgery aims at."""
    low, high = TARGET_GAP_MM
    if check.minimal_separation_mm <= high:
        return ""
    needed = [
        gradient_for_separation(
            prescription_dose=prescription_dose, fractions=fractions, separation_mm=gap
        )
        for gap in (low, high)
    ]
    high_dose, _low_dose, everyone = LAUFER_2013
    source = cite(high_dose.citekey)
    schedule, cohort = (html.escape(f.group.split(" (")[0]) for f in (high_dose, everyone))
    (single,) = ARMS["Laufer 2013"]
    one = "one fraction" if single.fractions == 1 else f"{single.fractions} fractions"
    return (
        "<div class='sm-card sm-gap-note'><b>Why the model asks for more than "
        f"{low}-{high} mm.</b> It assumes the dose falls in a straight line by {gradient:g}% "
        f"of the prescription per mm (its default, {DEFAULT_GRADIENT:g}%/mm, is illustrative, "
        "not measured in a plan); "
        f"at that rate this plan needs {ceil_text(check.minimal_separation_mm)} mm. For a "
        f"{low} mm gap to suffice the dose would have to fall by <b class='sm-gradient-low'>"
        f"{needed[0]:.1f}%</b> per mm, for {high} mm by <b class='sm-gradient-high'>"
        f"{needed[1]:.1f}%</b> per mm. A real stereotactic plan is optimised to bend the dose "
        "away from the cord, and its fall-off and cord dose are measured in each plan, not "
        f"assumed. In {source}, patients were treated after separation surgery with "
        f"{single.dose_text} in {one} or with hypofractionated schedules; local progression "
        "at 1 year was "
        f"{everyone.value:g}% in {cohort} and {high_dose.value:g}% after {schedule}. "
        "The model does not show that single-fraction SRS after separation "
        "surgery is unsafe; it shows that the room needed depends on how steeply the plan's "
        "dose falls.</div>"
    )
