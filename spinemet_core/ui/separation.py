"""Dashboard 03: how much room radiosurgery needs, and what separation surgery achieves."""

from __future__ import annotations

import html

import ipywidgets as widgets
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..evidence.radiotherapy import LAUFER_2013, LEFT_OUT, PATCHELL_2005
from ..radiobiology import SCHEDULES
from ..references import get_reference
from ..separation import DEFAULT_GRADIENT, check_cord, cord_dose
from ..topics import DASHBOARDS
from .components import SchedulePresets
from .figures import escc_traces
from .plotview import PlotView
from .presentation import figure_layout, presentation
from .theme import COLOURS, CSS, PLOTLY_LAYOUT

__all__ = ["SeparationApp"]

_STYLE = {"description_width": "200px"}
_WIDE = widgets.Layout(width="520px")
_SEPARATIONS = [round(0.25 * i, 2) for i in range(0, 41)]  # 0-10 mm
_MM = 0.1  # schematic units per millimetre (the sac radius of 1 unit stands for ~10 mm)


def _margin_ring(separation_mm: float) -> tuple[list[float], list[float]]:
    import math

    r = 1.0 + _MM * separation_mm
    pts = [math.radians(5 * i) for i in range(73)]
    return [round(r * math.cos(a), 4) for a in pts], [round(r * math.sin(a), 4) for a in pts]


class SeparationApp(widgets.VBox):
    """Cord dose against its limit as the gap between tumour and cord grows."""

    REFERENCES = DASHBOARDS["separation_surgery"].references
    """Citekeys of the notebook's reference list."""

    def __init__(self) -> None:
        sbrt = [s for s in SCHEDULES if s.technique == "SBRT"]
        # Controls
        self._schedule = widgets.Dropdown(
            options=[(f"{s.name} ({s.use})", s.name) for s in sbrt] + [("custom", "custom")],
            value="24 Gy x 1",
            description="Schedule",
            style=_STYLE,
            layout=_WIDE,
        )
        self._dose = widgets.BoundedFloatText(
            value=24,
            min=10,
            max=40,
            step=0.5,
            description="Prescription dose (Gy)",
            style=_STYLE,
            layout=_WIDE,
            continuous_update=False,
        )
        self._fractions = widgets.Dropdown(
            options=[1, 2, 3, 4, 5], value=1, description="Fractions", style=_STYLE, layout=_WIDE
        )
        self._gradient = widgets.BoundedFloatText(
            value=DEFAULT_GRADIENT,
            min=5,
            max=20,
            step=1,
            description="Dose fall-off (%/mm)",
            style=_STYLE,
            layout=_WIDE,
            continuous_update=False,
        )
        self._separation = widgets.BoundedFloatText(
            value=0,
            min=0,
            max=10,
            step=0.5,
            description="Tumour-to-cord gap (mm)",
            style=_STYLE,
            layout=_WIDE,
            continuous_update=False,
        )
        self.result = widgets.HTML().add_class("sm-cord-result")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        self._schedules = {s.name: s for s in sbrt}
        self.figure = PlotView(self._figure())  # full spec before display
        presentation().register_figure(self.figure)

        # Layout
        super().__init__(
            [
                widgets.HTML(CSS),
                widgets.HTML("<h2>How much room does radiosurgery need?</h2>"),
                self._schedule,
                self._dose,
                self._fractions,
                self._gradient,
                self._separation,
                self.result,
                self.figure,
                self.caption,
                widgets.HTML(self._evidence_tables()),
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-separation")

        # Wiring
        self._presets = SchedulePresets(
            self._schedule, self._dose, self._fractions, self._schedules, self._on_change
        )
        for control in (self._gradient, self._separation):
            control.observe(self._on_change, names="value")
        self._render()

    # Callbacks
    def _on_change(self, _change=None) -> None:
        self._render()
        self._update_figure()

    # Reading and rendering
    def check(self):
        """The current cord check (core :func:`~spinemet_core.separation.check_cord`)."""
        return check_cord(
            prescription_dose=self._dose.value,
            fractions=self._fractions.value,
            separation_mm=self._separation.value,
            gradient_percent_per_mm=self._gradient.value,
        )

    def _render(self) -> None:
        c = self.check()
        verdict = "within the limit" if c.safe else "OVER the limit"
        mark = "✔" if c.safe else "✖"
        self.result.value = (
            f"<div class='sm-card' data-safe='{str(c.safe).lower()}'>"
            f"<div style='font-size:1.2em'><b>{mark} Cord dose "
            f"<span class='sm-cord-dose'>{c.cord_dose:.1f}</span> Gy</b> against a limit of "
            f"<b>{c.limit:.1f} Gy</b> in {self._fractions.value} fraction(s): "
            f"<b class='sm-verdict'>{verdict}</b>.</div>"
            f"<div>Minimal gap for this plan: <b class='sm-min-gap'>"
            f"{c.minimal_separation_mm:.1f}</b> mm at {self._gradient.value:g}%/mm. "
            f"Separation surgery aims at 2-3 mm of tumour-free space around the thecal sac."
            f"</div><div class='sm-muted'>Teaching model: linear dose fall-off from the "
            f"tumour edge; real plans are not linear and depend on technique and target shape."
            f"</div></div>"
        )
        self.caption.value = (
            "<div class='sm-muted'>Text alternative. Top: high-grade compression before "
            "surgery (grade 3) and after separation (grade 0, with the gap drawn as a dashed "
            f"ring of {self._separation.value:g} mm). Middle: cord dose against gap; the "
            f"horizontal line is the {c.limit:.1f} Gy limit, the dot is this plan "
            f"({c.cord_dose:.1f} Gy at {self._separation.value:g} mm). Bottom: Laufer 2013 "
            "local progression by SRS dose group, and Patchell 2005 walking outcomes.</div>"
        )

    def _curve(self):
        return [
            cord_dose(
                prescription_dose=self._dose.value,
                fractions=self._fractions.value,
                separation_mm=x,
                gradient_percent_per_mm=self._gradient.value,
            )
            for x in _SEPARATIONS
        ]

    def _figure(self) -> go.Figure:
        fig = make_subplots(
            rows=3,
            cols=2,
            specs=[[{}, {}], [{"colspan": 2}, None], [{}, {}]],
            row_heights=[0.36, 0.32, 0.32],
            vertical_spacing=0.09,
            subplot_titles=(
                "Before: ESCC grade 3",
                "After separation surgery",
                "Cord dose against the tumour-to-cord gap",
                "Laufer 2013: local progression at 1 year",
                "Patchell 2005: walking",
            ),
        )
        for col, grade in ((1, "3"), (2, "0")):
            for trace in escc_traces(grade, showlegend=col == 1):
                fig.add_trace(go.Scatter(trace), row=1, col=col)
        rx, ry = _margin_ring(self._separation.value)
        fig.add_trace(
            go.Scatter(
                x=rx,
                y=ry,
                name="gap (separation)",
                mode="lines",
                line={"color": COLOURS["green"], "width": 2, "dash": "dash"},
                hoverinfo="name",
            ),
            row=1,
            col=2,
        )
        c = self.check()
        fig.add_trace(
            go.Scatter(
                x=_SEPARATIONS,
                y=self._curve(),
                name="cord dose",
                mode="lines",
                line={"color": COLOURS["blue"], "width": 3},
                showlegend=False,
            ),
            row=2,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=[0, 10],
                y=[c.limit, c.limit],
                name="cord limit",
                mode="lines",
                line={"color": COLOURS["vermillion"], "dash": "dash", "width": 2},
                showlegend=False,
            ),
            row=2,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=[self._separation.value],
                y=[c.cord_dose],
                name="this plan",
                mode="markers",
                marker={"size": 14, "color": COLOURS["ink"], "symbol": "diamond"},
                showlegend=False,
            ),
            row=2,
            col=1,
        )
        fig.add_trace(
            go.Bar(
                x=[f.group.split(" (")[0] for f in LAUFER_2013],
                y=[f.value for f in LAUFER_2013],
                text=[f"{f.value:g}%" for f in LAUFER_2013],
                textposition="outside",
                marker={"color": COLOURS["sky"]},
                name="Laufer 2013",
                showlegend=False,
            ),
            row=3,
            col=1,
        )
        walking = [f for f in PATCHELL_2005 if f.unit == "%"]
        for arm, colour, pattern in (
            ("surgery", COLOURS["blue"], ""),
            ("radiotherapy alone", COLOURS["orange"], "/"),
        ):
            rows = [f for f in walking if f.group.startswith(arm)]
            fig.add_trace(
                go.Bar(
                    x=[f.measure.replace("the ability to ", "") for f in rows],
                    y=[f.value for f in rows],
                    text=[f"{f.value:g}%" for f in rows],
                    textposition="outside",
                    name="surgery + RT" if arm == "surgery" else "RT alone",
                    marker={"color": colour, "pattern": {"shape": pattern}},
                ),
                row=3,
                col=2,
            )
        fig.update_layout(
            **{
                **PLOTLY_LAYOUT,
                **figure_layout(),
                "height": 1150,
                "barmode": "group",
                "legend": {"orientation": "h", "y": 1.08, "x": 0},
            }
        )
        for col in (1, 2):
            fig.update_xaxes(visible=False, row=1, col=col)
            fig.update_yaxes(
                visible=False, scaleanchor=f"x{'' if col == 1 else col}", row=1, col=col
            )
        fig.update_xaxes(title_text="gap between tumour and cord (mm)", row=2, col=1)
        fig.update_yaxes(
            title_text="cord Dmax, whole course (Gy)", rangemode="tozero", row=2, col=1
        )
        fig.update_yaxes(title_text="%", range=[0, 100], row=3, col=2)
        fig.update_yaxes(title_text="%", range=[0, 30], row=3, col=1)
        return fig

    def _update_figure(self) -> None:
        c = self.check()
        rx, ry = _margin_ring(self._separation.value)
        with self.figure.batch_update():
            for trace in self.figure.data:
                if trace.name == "gap (separation)":
                    trace.x, trace.y = rx, ry
                elif trace.name == "cord dose":
                    trace.y = self._curve()
                elif trace.name == "cord limit":
                    trace.y = [c.limit, c.limit]
                elif trace.name == "this plan":
                    trace.x, trace.y = [self._separation.value], [c.cord_dose]

    @staticmethod
    def _evidence_tables() -> str:
        def rows(findings):
            return "".join(
                f"<tr><td>{html.escape(f.group)}</td><td>{html.escape(f.measure)}</td>"
                f"<td>{f.value:g} {html.escape(f.unit)}</td>"
                f"<td>{html.escape(get_reference(f.citekey).short)}; "
                f"{html.escape(f.data_cut)}</td></tr>"
                for f in findings
            )

        left_out = "".join(
            f"<li>{html.escape(k)}: {html.escape(v)}</li>"
            for k, v in LEFT_OUT.items()
            if "Laufer" in k or "Patchell" in k
        )
        return (
            "<h3>The numbers behind the charts</h3><table class='sm-table'><tr><th>Group</th>"
            "<th>Measure</th><th>Value</th><th>Source</th></tr>"
            f"{rows(LAUFER_2013)}{rows(PATCHELL_2005)}</table>"
            f"<p class='sm-muted'>Left out because they could not be confirmed:</p>"
            f"<ul class='sm-muted'>{left_out}</ul>"
        )
