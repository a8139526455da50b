"""Dashboard 04: stereotactic radiosurgery — BED/EQD2, schedules, cord limits, fracture risk."""

from __future__ import annotations

import ipywidgets as widgets

from ..fractionation import ScheduleComparison, compare_schedule
from ..radiobiology import ALPHA_BETA, SCHEDULES
from .base import DashboardApp
from .components import SchedulePresets
from .fields import IntegerField, NumberField
from .html import heading, text_alternative
from .inputs import FieldSet, mark_withheld, withheld_html
from .plotview import PlotView
from .presentation import presentation
from .srs_figure import srs_figure, update_srs_figure, withhold_srs_figure
from .srs_fracture import vcf_html
from .srs_text import calculator_html, caption_html, trials_html

__all__ = ["SrsApp"]

_STYLE = {"description_width": "170px"}
_WIDE = widgets.Layout(width="480px")
_FIRST_SCHEDULE = "24 Gy / 2"
_TUMOUR_ALPHA_BETA = (ALPHA_BETA["tumour"], 15.0, 5.0)
_CORD_ALPHA_BETA = (ALPHA_BETA["spinal cord"], 3.0)


def _alpha_beta(description: str, values: tuple[float, ...]) -> widgets.Dropdown:
    """A dropdown of alpha/beta ratios, the first (the conventional one) marked "usual"."""
    return widgets.Dropdown(
        options=[(f"{v:g} Gy" + (" (usual)" if i == 0 else ""), v) for i, v in enumerate(values)],
        value=values[0],
        description=description,
        style=_STYLE,
        layout=_WIDE,
    )


class SrsApp(DashboardApp):
    """Compare fractionation schedules by tumour and cord EQD2, with the evidence beside them."""

    TOPIC = "stereotactic_radiosurgery"

    def __init__(self) -> None:
        self._schedules = {s.name: s for s in SCHEDULES}
        first = self._schedules[_FIRST_SCHEDULE]
        # Controls
        self._schedule = widgets.Dropdown(
            options=[(f"{s.name} ({s.technique})", s.name) for s in SCHEDULES]
            + [("custom", "custom")],
            value=first.name,
            description="Schedule",
            style=_STYLE,
            layout=_WIDE,
        )
        self._dose = NumberField(
            "Total dose", text=f"{first.total_dose:g}", unit="Gy", field="total_dose", style=_STYLE
        )
        self._fractions = IntegerField(
            "Fractions", text=f"{first.fractions}", field="fractions", style=_STYLE
        )
        self._fields = FieldSet({"total_dose": self._dose, "fractions": self._fractions})
        self._ab_tumour = _alpha_beta("Tumour α/β", _TUMOUR_ALPHA_BETA)
        self._ab_cord = _alpha_beta("Cord α/β", _CORD_ALPHA_BETA)
        # Outputs
        self.calculator = widgets.HTML().add_class("sm-calculator")
        self.vcf = widgets.HTML().add_class("sm-vcf")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        comparison = self._comparison()
        self.figure = PlotView(srs_figure(comparison))  # full spec before display
        presentation().register_figure(self.figure)

        # Layout
        self._mount(
            [
                widgets.HTML(heading("BED and EQD2 calculator")),
                self._lecture_row(
                    [self._schedule, self._dose, self._fractions, self._ab_tumour, self._ab_cord],
                    [self.calculator],
                ),
                self.figure,
                self.caption,
                widgets.HTML(heading("Fracture after SBRT")),
                self.vcf,
                widgets.HTML(trials_html()),
            ],
            "sm-srs",
        )

        # Wiring
        self._presets = SchedulePresets(
            self._schedule, self._dose, self._fractions, self._schedules, self._on_change
        )
        self._observe((self._ab_tumour, self._ab_cord), self._on_change)
        self._show(comparison)

    def values(self) -> dict[str, float] | None:
        """BED and EQD2 of the current schedule for tumour and cord (core functions), or
        None while a field is not valid (the result is then withheld)."""
        c = self._comparison()
        if c is None:
            return None
        return {
            "bed_tumour": c.bed_tumour,
            "eqd2_tumour": c.eqd2_tumour,
            "bed_cord": c.bed_cord,
            "eqd2_cord": c.eqd2_cord,
        }

    def _comparison(self) -> ScheduleComparison | None:
        return self._fields.call(
            compare_schedule,
            alpha_beta_tumour=self._ab_tumour.value,
            alpha_beta_cord=self._ab_cord.value,
        )

    # Callbacks
    def _on_change(self, _change=None) -> None:
        comparison = self._comparison()
        self._show(comparison)
        if comparison is None:
            withhold_srs_figure(self.figure)
        else:
            update_srs_figure(self.figure, comparison)

    def _show(self, comparison: ScheduleComparison | None) -> None:
        if comparison is None:
            self.vcf.value = withheld_html()
            self.caption.value = text_alternative(
                "This schedule's mark is withheld until every field is valid."
            )
            self.calculator.value = withheld_html()  # last: once it says "withheld", all is
            mark_withheld(self.figure, True)
            return
        mark_withheld(self.figure, False)
        self.calculator.value = calculator_html(
            comparison, self._ab_tumour.value, self._ab_cord.value
        )
        self.vcf.value = vcf_html(comparison)
        self.caption.value = caption_html(comparison)
