"""Dashboard 03: how much room radiosurgery needs, and what separation surgery achieves."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..evidence.radiotherapy import LEFT_OUT
from ..evidence.separation import LAUFER_2013, PATCHELL_2005
from ..radiobiology import SAHGAL_2013_LIMITS, SCHEDULES
from ..separation import (
    DEFAULT_GRADIENT,
    TARGET_GAP_CITEKEY,
    TARGET_GAP_MM,
    CordProfile,
    cord_profile,
)
from ..separation import LEDGER as SEPARATION_LEDGER
from .base import DashboardApp
from .components import SchedulePresets
from .fields import NumberField
from .html import cite, heading, table, text_alternative
from .inputs import FieldSet, ceil_text, mark_withheld, shown_against, withheld_html
from .plotview import PlotView
from .presentation import presentation
from .separation_figure import (
    AFTER_GRADE,
    BEFORE_GRADE,
    GAPS_MM,
    separation_figure,
    update_separation_figure,
    withhold_separation_figure,
)
from .separation_gap import gap_note_html

__all__ = ["SeparationApp"]

_STYLE = {"description_width": "200px"}
(_GAP,) = (e for e in SEPARATION_LEDGER if e.citekey == TARGET_GAP_CITEKEY)
GAP_STATUS = f"source status: {_GAP.status}"
_WIDE = widgets.Layout(width="520px")


def _number(description: str, value: float, unit: str, argument: str) -> NumberField:
    """A field whose text reaches the core as typed (the core's validation decides)."""
    return NumberField(description, text=f"{value:g}", unit=unit, field=argument, style=_STYLE)


class SeparationApp(DashboardApp):
    """Cord dose against its limit as the gap between tumour and cord grows."""

    TOPIC = "separation_surgery"

    def __init__(self) -> None:
        sbrt = [s for s in SCHEDULES if s.technique == "SBRT"]
        self._schedules = {s.name: s for s in sbrt}
        # Controls
        self._schedule = widgets.Dropdown(
            options=[(f"{s.name} ({s.use})", s.name) for s in sbrt] + [("custom", "custom")],
            value="24 Gy x 1",
            description="Schedule",
            style=_STYLE,
            layout=_WIDE,
        )
        self._dose = _number("Prescription dose", 24, "Gy", "prescription_dose")
        self._fractions = widgets.Dropdown(
            options=list(SAHGAL_2013_LIMITS),
            value=1,
            description="Fractions",
            style=_STYLE,
            layout=_WIDE,
        )
        self._gradient = _number(
            "Dose fall-off", DEFAULT_GRADIENT, "%/mm", "gradient_percent_per_mm"
        )
        self._separation = _number("Tumour-to-cord gap", 0, "mm", "separation_mm")
        self._fields = FieldSet(
            {f.field: f for f in (self._dose, self._separation, self._gradient)}
        )
        # Outputs
        self.result = widgets.HTML().add_class("sm-cord-result")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        profile = self._profile()
        self.figure = PlotView(separation_figure(profile, self._separation.value))
        presentation().register_figure(self.figure)

        # Layout
        self._mount(
            [
                widgets.HTML(heading("How much room does radiosurgery need?")),
                self._lecture_row(
                    [
                        self._schedule,
                        self._dose,
                        self._fractions,
                        self._gradient,
                        self._separation,
                    ],
                    [self.result],
                ),
                self.figure,
                self.caption,
                widgets.HTML(_evidence_tables()),
            ],
            "sm-separation",
        )

        # Wiring
        self._presets = SchedulePresets(
            self._schedule, self._dose, self._fractions, self._schedules, self._on_change
        )
        self._observe((self._gradient, self._separation), self._on_change)
        self._show(profile)

    def check(self):
        """The current cord check (core :func:`~spinemet_core.separation.check_cord`), or
        None while a field is not valid (the result is then withheld)."""
        profile = self._profile()
        return None if profile is None else profile.check

    def _profile(self) -> CordProfile | None:
        return self._fields.call(cord_profile, fractions=self._fractions.value, grid_mm=GAPS_MM)

    # Callbacks
    def _on_change(self, _change=None) -> None:
        profile = self._profile()
        self._show(profile)
        if profile is None:
            withhold_separation_figure(self.figure)
        else:
            update_separation_figure(self.figure, profile, self._separation.value)

    def _show(self, profile: CordProfile | None) -> None:
        if profile is None:
            self.result.value = withheld_html()
            self.caption.value = text_alternative(
                "The figure's plan (gap ring, cord-dose curve and marker) is withheld until "
                "every field is valid."
            )
            mark_withheld(self.figure, True)
            return
        mark_withheld(self.figure, False)
        gap, gradient = self._separation.value, self._gradient.value
        self.result.value = _result_html(profile, self._fractions.value, gradient) + gap_note_html(
            profile.check, self._dose.value, self._fractions.value, gradient
        )
        self.caption.value = _caption_html(profile, gap)


def _result_html(profile: CordProfile, fractions: int, gradient: float) -> str:
    c = profile.check
    verdict = "within the limit" if c.safe else "OVER the limit"
    mark = "✔" if c.safe else "✖"
    low, high = TARGET_GAP_MM
    # What is shown is what is compared: 12.44 Gy is never shown as "12.4" over a 12.4 limit,
    # and the minimal gap is rounded up, so typing the shown gap does pass.
    dose, (limit,) = shown_against(c.cord_dose, (c.limit,))
    limit = limit if "." in limit else f"{c.limit:.1f}"
    return (
        f"<div class='sm-card' data-safe='{str(c.safe).lower()}'>"
        f"<div style='font-size:1.2em'><b>{mark} Cord dose "
        f"<span class='sm-cord-dose'>{dose}</span> Gy</b> against a limit of "
        f"<b>{limit} Gy</b> in {fractions} fraction(s): "
        f"<b class='sm-verdict'>{verdict}</b>.</div>"
        f"<div>Minimal gap for this plan: <b class='sm-min-gap'>"
        f"{ceil_text(c.minimal_separation_mm)}</b> mm at {gradient:g}%/mm. "
        f"Separation surgery aims at {low}-{high} mm of tumour-free space around the thecal sac "
        f"({cite(TARGET_GAP_CITEKEY)}; {GAP_STATUS})."
        f"</div><div class='sm-muted'>Teaching model: linear dose fall-off from the "
        f"tumour edge; real plans are not linear and depend on technique and target shape."
        f"</div></div>"
    )


def _caption_html(profile: CordProfile, gap: float) -> str:
    c = profile.check
    return text_alternative(
        f"Top: high-grade compression before surgery (grade {BEFORE_GRADE}) and after "
        f"separation (grade {AFTER_GRADE}, with the gap drawn as a dashed ring of {gap:g} mm). "
        f"Middle: cord dose against gap; the horizontal line is the {c.limit:.1f} Gy limit, "
        f"the dot is this plan ({c.cord_dose:.1f} Gy at {gap:g} mm). Bottom: "
        f"{cite(LAUFER_2013[0].citekey)} local progression by SRS dose group, and "
        f"{cite(PATCHELL_2005[0].citekey)} walking outcomes."
    )


def _evidence_tables() -> str:
    rows = [
        (f.group, f.measure, f"{f.value:g} {f.unit}", f"{cite(f.citekey)}; {f.data_cut}")
        for f in (*LAUFER_2013, *PATCHELL_2005)
    ]
    left_out = "".join(
        f"<li>{html.escape(k)}: {html.escape(v)}</li>"
        for k, v in LEFT_OUT.items()
        if "Laufer" in k or "Patchell" in k
    )
    return (
        heading("The numbers behind the charts", 3)
        + table(("Group", "Measure", "Value", "Source"), rows)
        + "<p class='sm-muted'>Left out because they could not be confirmed:</p>"
        + f"<ul class='sm-muted'>{left_out}</ul>"
    )
