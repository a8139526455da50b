"""Dashboard 04: stereotactic radiosurgery — BED/EQD2, schedules, cord limits, fracture risk."""

from __future__ import annotations

import html

import ipywidgets as widgets
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..evidence.radiotherapy import (
    LOCAL_CONTROL_BY_HISTOLOGY,
    PAIN_TRIALS,
    RADES_2005,
    SAHGAL_2013_RISK_FACTORS,
    SAHGAL_2013_VCF,
    SCORAD,
)
from ..radiobiology import (
    HYTEC_2021_LIMITS,
    LQ_STRETCH_DOSE_PER_FRACTION,
    SAHGAL_2013_LIMITS,
    SCHEDULES,
    bed,
    eqd2,
    lq_stretched,
)
from ..references import get_reference
from ..topics import DASHBOARDS
from .components import SchedulePresets
from .plotview import PlotView
from .presentation import figure_layout, presentation
from .theme import COLOURS, CSS, PLOTLY_LAYOUT

__all__ = ["SrsApp"]

_STYLE = {"description_width": "170px"}
_WIDE = widgets.Layout(width="480px")
_CORD_EQD2_AT_LIMIT = eqd2(total_dose=SAHGAL_2013_LIMITS[2], fractions=2, alpha_beta=2)


def _vcf_risk(dose_per_fraction: float) -> str:
    if dose_per_fraction >= 24:
        return "highest-risk group (24 Gy or more per fraction)"
    if dose_per_fraction >= 20:
        return "intermediate-risk group (20-23 Gy per fraction)"
    return "lowest-risk group (19 Gy or less per fraction)"


class SrsApp(widgets.VBox):
    """Compare fractionation schedules by tumour and cord EQD2, with the evidence beside them."""

    REFERENCES = DASHBOARDS["stereotactic_radiosurgery"].references
    """Citekeys of the notebook's reference list."""

    def __init__(self) -> None:
        # Controls
        self._schedules = {s.name: s for s in SCHEDULES}
        self._schedule = widgets.Dropdown(
            options=[(f"{s.name} ({s.technique})", s.name) for s in SCHEDULES]
            + [("custom", "custom")],
            value="24 Gy / 2",
            description="Schedule",
            style=_STYLE,
            layout=_WIDE,
        )
        self._dose = widgets.BoundedFloatText(
            value=24,
            min=4,
            max=60,
            step=0.5,
            description="Total dose (Gy)",
            style=_STYLE,
            layout=_WIDE,
            continuous_update=False,
        )
        self._fractions = widgets.BoundedIntText(
            value=2,
            min=1,
            max=30,
            description="Fractions",
            style=_STYLE,
            layout=_WIDE,
            continuous_update=False,
        )
        self._ab_tumour = widgets.Dropdown(
            options=[("10 Gy (usual)", 10.0), ("15 Gy", 15.0), ("5 Gy", 5.0)],
            value=10.0,
            description="Tumour α/β",
            style=_STYLE,
            layout=_WIDE,
        )
        self._ab_cord = widgets.Dropdown(
            options=[("2 Gy (usual)", 2.0), ("3 Gy", 3.0)],
            value=2.0,
            description="Cord α/β",
            style=_STYLE,
            layout=_WIDE,
        )
        self.calculator = widgets.HTML().add_class("sm-calculator")
        self.vcf = widgets.HTML().add_class("sm-vcf")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        self.figure = PlotView(self._figure())  # full spec before display
        presentation().register_figure(self.figure)

        # Layout
        super().__init__(
            [
                widgets.HTML(CSS),
                widgets.HTML("<h2>BED and EQD2 calculator</h2>"),
                self._schedule,
                self._dose,
                self._fractions,
                self._ab_tumour,
                self._ab_cord,
                self.calculator,
                self.figure,
                self.caption,
                widgets.HTML("<h2>Fracture after SBRT</h2>"),
                self.vcf,
                widgets.HTML(self._trials_html()),
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-srs")

        # Wiring
        self._presets = SchedulePresets(
            self._schedule, self._dose, self._fractions, self._schedules, self._on_change
        )
        for control in (self._ab_tumour, self._ab_cord):
            control.observe(self._on_change, names="value")
        self._render()

    # Callbacks
    def _on_change(self, _change=None) -> None:
        self._render()
        self._update_figure()

    # Reading and rendering
    def values(self) -> dict[str, float]:
        """BED and EQD2 of the current schedule for tumour and cord (core functions)."""
        d, n = self._dose.value, self._fractions.value
        return {
            "bed_tumour": bed(total_dose=d, fractions=n, alpha_beta=self._ab_tumour.value),
            "eqd2_tumour": eqd2(total_dose=d, fractions=n, alpha_beta=self._ab_tumour.value),
            "bed_cord": bed(total_dose=d, fractions=n, alpha_beta=self._ab_cord.value),
            "eqd2_cord": eqd2(total_dose=d, fractions=n, alpha_beta=self._ab_cord.value),
        }

    def _render(self) -> None:
        d, n = self._dose.value, self._fractions.value
        v = self.values()
        stretched = lq_stretched(total_dose=d, fractions=n)
        limit = SAHGAL_2013_LIMITS.get(n)
        limit_text = (
            f"Cord point-maximum limit for {n} fraction(s): <b>{limit:g} Gy</b> (Sahgal 2013). "
            "The cord must receive far less than the prescription: see dashboard 03."
            if limit
            else "Cord limits of Sahgal 2013 cover 1-5 fractions only."
        )
        flag = (
            f"<div class='sm-card sm-lq-flag' style='border-left:6px solid {COLOURS['orange']}'>"
            f"<b>⚠ LQ model stretched:</b> {d / n:.1f} Gy per fraction is above "
            f"{LQ_STRETCH_DOSE_PER_FRACTION:g} Gy. The linear-quadratic model was fitted at "
            "conventional doses per fraction; at radiosurgical doses it may misstate the "
            "biological effect. Read these EQD2 values as rough comparisons. Whether the model "
            "holds above about 8-10 Gy per fraction is debated (Brenner 2008; Kirkpatrick "
            "2008); the threshold used here is a teaching convention.</div>"
            if stretched
            else ""
        )
        self.calculator.value = (
            f"<div class='sm-card'><table class='sm-table'>"
            f"<tr><th></th><th>BED (Gy)</th><th>EQD2 (Gy)</th></tr>"
            f"<tr><td>Tumour (α/β {self._ab_tumour.value:g})</td>"
            f"<td class='sm-bed-tumour'>{v['bed_tumour']:.1f}</td>"
            f"<td class='sm-eqd2-tumour'>{v['eqd2_tumour']:.1f}</td></tr>"
            f"<tr><td>Cord, if it received the full prescription (α/β {self._ab_cord.value:g})"
            f"</td><td>{v['bed_cord']:.1f}</td><td class='sm-eqd2-cord'>{v['eqd2_cord']:.1f}"
            f"</td></tr></table><div>{d:g} Gy in {n} fraction(s) = {d / n:.2f} Gy per fraction. "
            f"{limit_text}</div></div>{flag}{self._catalogue_table()}"
        )
        vcf_rows = "".join(
            f"<li>{html.escape(f.measure)}: {f.value:g} {f.unit}</li>" for f in SAHGAL_2013_VCF
        )
        factors = "".join(f"<li>{html.escape(x)}</li>" for x in SAHGAL_2013_RISK_FACTORS)
        self.vcf.value = (
            f"<div class='sm-card'><div>This schedule gives {d / n:.1f} Gy per fraction: "
            f"<b class='sm-vcf-group'>{_vcf_risk(d / n)}</b> in Sahgal 2013.</div>"
            f"<ul>{vcf_rows}</ul><div>Risk factors:</div><ul>{factors}</ul>"
            "<div class='sm-muted'>252 patients, 410 segments treated with spine SBRT (Sahgal "
            "2013). A high SINS before SBRT argues for cement augmentation or stabilisation."
            "</div></div>"
        )
        self.caption.value = (
            "<div class='sm-muted'>Text alternative. Top left: tumour EQD2 (x) against the cord "
            "EQD2 the full prescription would give (y) for each catalogue schedule (circles "
            "conventional, diamonds SBRT) and this schedule (star: tumour "
            f"{v['eqd2_tumour']:.1f} Gy, cord {v['eqd2_cord']:.1f} Gy); the dashed line is the "
            f"cord EQD2 of the Sahgal limits (about {_CORD_EQD2_AT_LIMIT:.1f} Gy). Top right: "
            "cord limits by number of fractions. Bottom left: the SC.24 and RTOG 0631 pain "
            "results. Bottom right: local control after SBRT/SRS in two series (all histologies)."
            "</div>"
        )

    def _catalogue_table(self) -> str:
        xs, ys, names, _symbols = self._catalogue_points()
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{s.technique}</td><td>{x:.1f}</td>"
            f"<td>{y:.1f}</td><td>{html.escape(s.use)}</td></tr>"
            for name, x, y, s in zip(names, xs, ys, SCHEDULES, strict=True)
        )
        return (
            "<details><summary>The schedule catalogue as a table</summary>"
            "<table class='sm-table'><tr><th>Schedule</th><th>Technique</th>"
            f"<th>Tumour EQD2 (Gy)</th><th>Cord EQD2, full dose (Gy)</th><th>Used in</th></tr>"
            f"{rows}</table></details>"
        )

    def _catalogue_points(self):
        xs, ys, names, symbols = [], [], [], []
        for s in SCHEDULES:
            xs.append(
                eqd2(
                    total_dose=s.total_dose, fractions=s.fractions, alpha_beta=self._ab_tumour.value
                )
            )
            ys.append(
                eqd2(total_dose=s.total_dose, fractions=s.fractions, alpha_beta=self._ab_cord.value)
            )
            names.append(s.name)
            symbols.append("circle" if s.technique == "cEBRT" else "diamond")
        return xs, ys, names, symbols

    def _figure(self) -> go.Figure:
        fig = make_subplots(
            rows=2,
            cols=2,
            vertical_spacing=0.2,
            horizontal_spacing=0.12,
            subplot_titles=(
                "Schedules: tumour EQD2 vs cord EQD2",
                "Cord Dmax limits (whisker: HyTEC range)",
                "Pain at 3 months: SC.24 and RTOG 0631",
                "Local control after SBRT/SRS",
            ),
        )
        xs, ys, names, symbols = self._catalogue_points()
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                text=names,
                mode="markers",
                hovertemplate="%{text}: tumour %{x:.1f} Gy, cord %{y:.1f} Gy<extra></extra>",
                name="catalogue",
                marker={
                    "symbol": symbols,
                    "size": 11,
                    "color": COLOURS["sky"],
                    "line": {"color": COLOURS["blue"], "width": 1},
                },
                showlegend=False,
            ),
            row=1,
            col=1,
        )
        v = self.values()
        fig.add_trace(
            go.Scatter(
                x=[v["eqd2_tumour"]],
                y=[v["eqd2_cord"]],
                mode="markers",
                name="this schedule",
                marker={"symbol": "star", "size": 18, "color": COLOURS["vermillion"]},
                showlegend=False,
            ),
            row=1,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=[0, 130],
                y=[_CORD_EQD2_AT_LIMIT] * 2,
                mode="lines",
                name="cord limit EQD2",
                line={"dash": "dash", "color": COLOURS["vermillion"]},
                showlegend=False,
            ),
            row=1,
            col=1,
        )
        fractions = list(SAHGAL_2013_LIMITS)
        fig.add_trace(
            go.Bar(
                x=[str(n) for n in fractions],
                y=[SAHGAL_2013_LIMITS[n] for n in fractions],
                text=[f"{SAHGAL_2013_LIMITS[n]:g}" for n in fractions],
                textposition="outside",
                name="Sahgal 2013",
                marker={"color": COLOURS["blue"]},
                showlegend=False,
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": [HYTEC_2021_LIMITS[n][1] - SAHGAL_2013_LIMITS[n] for n in fractions],
                    "arrayminus": [0] * len(fractions),
                },
            ),
            row=1,
            col=2,
        )
        for trial, colour, pattern in (
            ("SC.24", COLOURS["blue"], ""),
            ("RTOG 0631", COLOURS["orange"], "/"),
        ):
            rows = [f for f in PAIN_TRIALS if f.study == trial]
            fig.add_trace(
                go.Bar(
                    x=[f.group.split(" (")[0] for f in rows],
                    y=[f.value for f in rows],
                    name=trial,
                    text=[f"{f.value:g}%" for f in rows],
                    textposition="outside",
                    marker={"color": colour, "pattern": {"shape": pattern}},
                ),
                row=2,
                col=1,
            )
        control = [f for f in LOCAL_CONTROL_BY_HISTOLOGY if f.unit == "%"]
        fig.add_trace(
            go.Bar(
                x=[f.study + (" (crude)" if "crude" in f.measure else "") for f in control],
                y=[f.value for f in control],
                text=[f"{f.value:g}%" for f in control],
                textposition="outside",
                name="SBRT/SRS local control",
                marker={"color": COLOURS["green"]},
                showlegend=False,
            ),
            row=2,
            col=2,
        )
        fig.update_layout(
            **{
                **PLOTLY_LAYOUT,
                **figure_layout(),
                "height": 900,
                "barmode": "group",
                "legend": {"orientation": "h", "y": -0.08, "x": 0},
            }
        )
        fig.update_xaxes(title_text="tumour EQD2 (Gy)", range=[0, 130], row=1, col=1)
        fig.update_yaxes(title_text="cord EQD2, full prescription (Gy)", type="log", row=1, col=1)
        fig.update_xaxes(title_text="fractions", row=1, col=2)
        fig.update_yaxes(title_text="Gy", range=[0, 30], row=1, col=2)
        fig.update_yaxes(title_text="%", range=[0, 80], row=2, col=1)
        fig.update_yaxes(title_text="%", range=[0, 110], row=2, col=2)
        return fig

    def _update_figure(self) -> None:
        xs, ys, _names, _symbols = self._catalogue_points()
        v = self.values()
        with self.figure.batch_update():
            for trace in self.figure.data:
                if trace.name == "catalogue":
                    trace.x, trace.y = xs, ys
                elif trace.name == "this schedule":
                    trace.x, trace.y = [v["eqd2_tumour"]], [v["eqd2_cord"]]

    @staticmethod
    def _trials_html() -> str:
        def cite(key):
            return html.escape(get_reference(key).short)

        maranzano = "; ".join(
            f"{f.group.split(' (')[0]} {f.value:g} months"
            for f in LOCAL_CONTROL_BY_HISTOLOGY
            if f.unit == "months"
        )
        scorad = " vs ".join(f"{f.group} {f.value:g}%" for f in SCORAD)
        rades = ", ".join(
            f"{f.value:g}% after {f.group}"
            for f in RADES_2005
            if f.measure.startswith("ambulatory")
        )
        return (
            "<h2>Why the pain trials disagree</h2><div class='sm-card sm-trials'>"
            "<p><b>SC.24</b> randomised 229 patients to SBRT 24 Gy in 2 fractions or "
            "conventional 20 Gy in 5: complete pain response at 3 months was 35% against 14% "
            f"(risk ratio 1.33, 95% CI 1.14-1.55) ({cite('sahgal2021_sc24')}).</p>"
            "<p><b>RTOG 0631</b> randomised patients 2:1 to a single 16 or 18 Gy fraction or "
            "8 Gy once: pain response at 3 months was not better with radiosurgery (41.3% "
            f"against 60.5%) ({cite('ryu2023_rtog0631')}).</p>"
            "<p>The trials differ in what they measured (complete response against any "
            "response), in the radiosurgery schedule (two fractions against one, 24 Gy against "
            "16-18 Gy) and in patient selection; neither settles the question alone.</p>"
            f"<p><b>Cord compression, conventional EBRT.</b> SCORAD III: ambulatory at 8 weeks "
            f"{scorad}; a single fraction just missed non-inferiority "
            f"({cite('hoskin2019_scorad')}). Maranzano: median duration of response after "
            f"30 Gy for favourable histologies {maranzano} ({cite('maranzano1995')}).</p>"
            f"<p><b>Schedule of conventional EBRT.</b> In 1,304 patients with cord compression, "
            f"walking after radiotherapy was {rades} (p = 0.578): function did not depend "
            f"on the schedule ({cite('rades2005')}); local recurrence did, but those figures "
            "could not be confirmed and are not shown.</p>"
            "<p><b>Histology under SRS.</b> In 811 lesions treated with 16-26 Gy in one "
            "fraction, only 28 progressed, and histology no longer predicted failure; the dose "
            f"delivered did ({cite('yamada2017')}).</p></div>"
        )
