"""Dashboard 05: targeted therapy for renal cell carcinoma — risk models, approvals, trials."""

from __future__ import annotations

import html

import ipywidgets as widgets
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..evidence.rcc import APPROVALS, AS_OF, DRUG_CLASSES, GROUP_SURVIVAL, TRIALS
from ..rcc import corrected_calcium, imdc, mskcc
from ..references import get_reference
from ..topics import DASHBOARDS
from .plotview import PlotView
from .presentation import figure_layout, presentation
from .theme import COLOURS, CSS, PLOTLY_LAYOUT

__all__ = ["PRESETS", "RccApp"]

_STYLE = {"description_width": "230px"}
_WIDE = widgets.Layout(width="460px")
_NARROW = widgets.Layout(width="300px")
_LIMIT_STYLE = {"description_width": "120px"}

PRESETS = {
    "calcium trap": {
        "kps": 90,
        "months": 24.0,
        "hemoglobin": 11.0,
        "hb_lln": 12.0,
        "calcium": 9.8,
        "albumin": 2.5,
        "ca_uln": 10.2,
        "neutrophils": 5.0,
        "neut_uln": 7.0,
        "platelets": 450,
        "plt_uln": 400,
        "ldh": 200,
        "ldh_uln": 250,
        "nephrectomy": True,
    },
    "IMDC and MSKCC disagree": {
        "kps": 90,
        "months": 24.0,
        "hemoglobin": 13.0,
        "hb_lln": 12.0,
        "calcium": 9.0,
        "albumin": 4.0,
        "ca_uln": 10.2,
        "neutrophils": 9.0,
        "neut_uln": 7.0,
        "platelets": 480,
        "plt_uln": 400,
        "ldh": 200,
        "ldh_uln": 250,
        "nephrectomy": True,
    },
}
"""Teaching patients: the corrected-calcium trap, and a patient the two models place apart."""


def _float(description, value, lo, hi, step, layout=_WIDE, style=None):
    return widgets.BoundedFloatText(
        value=value,
        min=lo,
        max=hi,
        step=step,
        description=description,
        style=style or _STYLE,
        layout=layout,
    )


class RccApp(widgets.VBox):
    """IMDC and MSKCC from raw values, with the evidence and the drugs behind modern survival."""

    REFERENCES = DASHBOARDS["targeted_therapy_rcc"].references
    """Citekeys of the notebook's reference list."""

    def __init__(self) -> None:
        p = PRESETS["calcium trap"]
        # Controls: raw values and the user's reference limits
        self._kps = widgets.Dropdown(
            options=[(f"{k}%", k) for k in range(10, 101, 10)],
            value=p["kps"],
            description="Karnofsky (KPS)",
            style=_STYLE,
            layout=_WIDE,
        )
        self._months = _float("Months, diagnosis to treatment", p["months"], 0, 360, 1)
        self._hb = _float("Haemoglobin (g/dL)", p["hemoglobin"], 3, 20, 0.1)
        self._hb_lln = _float("lower limit", p["hb_lln"], 8, 16, 0.1, _NARROW, _LIMIT_STYLE)
        self._ca = _float("Calcium, measured (mg/dL)", p["calcium"], 5, 16, 0.1)
        self._alb = _float("Albumin (g/dL)", p["albumin"], 1, 6, 0.1)
        self._ca_uln = _float("upper limit", p["ca_uln"], 8, 12, 0.1, _NARROW, _LIMIT_STYLE)
        self._neut = _float("Neutrophils (x10⁹/L)", p["neutrophils"], 0, 50, 0.1)
        self._neut_uln = _float("upper limit", p["neut_uln"], 3, 12, 0.1, _NARROW, _LIMIT_STYLE)
        self._plt = _float("Platelets (x10⁹/L)", p["platelets"], 10, 1500, 5)
        self._plt_uln = _float("upper limit", p["plt_uln"], 200, 600, 5, _NARROW, _LIMIT_STYLE)
        self._ldh = _float("LDH (U/L)", p["ldh"], 50, 5000, 5)
        self._ldh_uln = _float("upper limit", p["ldh_uln"], 100, 600, 5, _NARROW, _LIMIT_STYLE)
        self._nephrectomy = widgets.Checkbox(
            value=p["nephrectomy"], indent=False, description="Prior nephrectomy (MSKCC 1999)"
        )
        self._preset = widgets.Dropdown(
            options=[("(choose a teaching patient)", "")] + [(k, k) for k in PRESETS],
            value="",
            description="Load example",
            style=_STYLE,
            layout=_WIDE,
        )
        # Outputs
        self.calcium = widgets.HTML().add_class("sm-calcium")
        self.results = widgets.HTML().add_class("sm-rcc-results")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        self.figure = PlotView(self._figure())  # full spec before display
        presentation().register_figure(self.figure)

        # Layout
        row = widgets.HBox
        form = widgets.VBox(
            [
                self._preset,
                self._kps,
                self._months,
                row([self._hb, self._hb_lln]),
                row([self._ca, self._ca_uln]),
                self._alb,
                row([self._neut, self._neut_uln]),
                row([self._plt, self._plt_uln]),
                row([self._ldh, self._ldh_uln]),
                self._nephrectomy,
                widgets.HTML(
                    "<div class='sm-muted'>Reference limits differ between laboratories "
                    "(and for haemoglobin, between men and women): enter your own.</div>"
                ),
            ]
        )
        super().__init__(
            [
                widgets.HTML(CSS),
                widgets.HTML("<h2>IMDC and MSKCC from raw values</h2>"),
                form,
                self.calcium,
                self.results,
                self.figure,
                self.caption,
                widgets.HTML(self._static_html()),
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-rcc")

        # Wiring
        self._preset.observe(self._on_preset, names="value")
        for control in self._inputs():
            control.observe(self._on_change, names="value")
        self._render()

    def _inputs(self):
        return (
            self._kps,
            self._months,
            self._hb,
            self._hb_lln,
            self._ca,
            self._alb,
            self._ca_uln,
            self._neut,
            self._neut_uln,
            self._plt,
            self._plt_uln,
            self._ldh,
            self._ldh_uln,
            self._nephrectomy,
        )

    # Callbacks
    def _on_preset(self, change) -> None:
        if not change["new"]:
            return
        p = PRESETS[change["new"]]
        pairs = (
            (self._kps, "kps"),
            (self._months, "months"),
            (self._hb, "hemoglobin"),
            (self._hb_lln, "hb_lln"),
            (self._ca, "calcium"),
            (self._alb, "albumin"),
            (self._ca_uln, "ca_uln"),
            (self._neut, "neutrophils"),
            (self._neut_uln, "neut_uln"),
            (self._plt, "platelets"),
            (self._plt_uln, "plt_uln"),
            (self._ldh, "ldh"),
            (self._ldh_uln, "ldh_uln"),
            (self._nephrectomy, "nephrectomy"),
        )
        for control, key in pairs:
            control.value = p[key]

    def _on_change(self, _change=None) -> None:
        self._render()
        self._update_figure()

    # Reading and rendering
    def scores(self):
        """IMDC, MSKCC 1999 and MSKCC 2002 for the current values (core functions)."""
        ca = corrected_calcium(calcium_mg_dl=self._ca.value, albumin_g_dl=self._alb.value)
        shared = {
            "kps": self._kps.value,
            "hemoglobin_below_lln": self._hb.value < self._hb_lln.value,
        }
        ldh_high = self._ldh.value > 1.5 * self._ldh_uln.value
        return ca, {
            "imdc": imdc(
                months_diagnosis_to_treatment=self._months.value,
                calcium_above_uln=ca > self._ca_uln.value,
                neutrophils_above_uln=self._neut.value > self._neut_uln.value,
                platelets_above_uln=self._plt.value > self._plt_uln.value,
                **shared,
            ),
            "mskcc_1999": mskcc(
                version=1999,
                ldh_over_1_5_uln=ldh_high,
                corrected_calcium_mg_dl=ca,
                prior_nephrectomy=self._nephrectomy.value,
                **shared,
            ),
            "mskcc_2002": mskcc(
                version=2002,
                ldh_over_1_5_uln=ldh_high,
                corrected_calcium_mg_dl=ca,
                months_diagnosis_to_treatment=self._months.value,
                **shared,
            ),
        }

    def _render(self) -> None:
        ca, results = self.scores()
        measured_high = self._ca.value > self._ca_uln.value
        corrected_high = ca > self._ca_uln.value
        trap = (
            " <b>The trap:</b> the measured value looks normal, but corrected for the low "
            "albumin it is high, and it counts as an adverse factor."
            if corrected_high and not measured_high
            else ""
        )
        self.calcium.value = (
            f"<div class='sm-card'>Corrected calcium = {self._ca.value:g} + 0.8 x (4.0 - "
            f"{self._alb.value:g}) = <b class='sm-corrected-ca'>{ca:.1f}</b> mg/dL "
            f"({'above' if corrected_high else 'not above'} the upper limit of "
            f"{self._ca_uln.value:g}).{trap}<div class='sm-muted'>The 0.8 factor is the usual "
            "bedside convention; albumin adjustment goes back to Payne 1973, and laboratories "
            "use different constants.</div></div>"
        )
        cards = []
        titles = {
            "imdc": "IMDC (Heng 2009)",
            "mskcc_1999": "MSKCC 1999 (Motzer)",
            "mskcc_2002": "MSKCC 2002 (Motzer)",
        }
        for name, r in results.items():
            items = "".join(
                f"<li>{'☒' if i.points else '☐'} {html.escape(i.item.replace('_', ' '))}</li>"
                for i in r.items
            )
            cards.append(
                f"<div class='sm-card' data-model='{name}' style='min-width:260px;flex:1'>"
                f"<b>{titles[name]}</b><div style='font-size:1.2em'><span class='sm-factors'>"
                f"{r.total}</span> adverse factor(s): <b class='sm-group'>{r.band.label}</b>"
                f"</div><ul style='list-style:none;padding-left:4px'>{items}</ul></div>"
            )
        groups = {r.band.label for r in results.values()}
        note = (
            "<div class='sm-card sm-discordance-partial'><b>The models disagree.</b> IMDC "
            "counts neutrophils and platelets, MSKCC counts LDH, and the two MSKCC versions "
            "differ in one factor: say which model you use.</div>"
            if len(groups) > 1
            else ""
        )
        self.results.value = (
            f"<div style='display:flex;gap:8px;flex-wrap:wrap'>{''.join(cards)}</div>{note}"
        )
        self.caption.value = (
            "<div class='sm-muted'>Text alternative. Top: median overall survival per risk group "
            "in each cohort (bars; 'not reached' drawn as an empty marker at the top); this "
            f"patient's IMDC group is <b>{results['imdc'].band.label}</b>. Middle: hazard ratios "
            "of the first-line trials with their confidence intervals (level in the label), "
            "left of 1 favours the combination. Bottom: FDA approvals by year. Data as of "
            f"{AS_OF}.</div>"
        )

    def _survival_traces(self, imdc_group: str):
        cohorts = {}
        for row in GROUP_SURVIVAL:
            cohorts.setdefault((row.model, row.citekey), []).append(row)
        traces = []
        palette = [COLOURS["blue"], COLOURS["sky"], COLOURS["orange"], COLOURS["purple"]]
        patterns = ["", ".", "/", "x"]
        for index, ((model, key), rows) in enumerate(cohorts.items()):
            label = f"{model.upper().replace('_', ' ')} ({get_reference(key).short})"
            highlight = model == "imdc"
            traces.append(
                go.Bar(
                    x=[r.group for r in rows],
                    y=[r.median_os_months if r.median_os_months is not None else 0 for r in rows],
                    text=[
                        f"{r.median_os_months:g} mo"
                        if r.median_os_months is not None
                        else "not reached"
                        for r in rows
                    ],
                    textposition="outside",
                    name=label,
                    marker={
                        "color": palette[index % 4],
                        "pattern": {"shape": patterns[index % 4]},
                        "line": {
                            "width": [
                                4 if highlight and r.group == imdc_group else 0 for r in rows
                            ],
                            "color": COLOURS["ink"],
                        },
                    },
                )
            )
        return traces

    def _figure(self) -> go.Figure:
        _ca, results = self.scores()
        fig = make_subplots(
            rows=3,
            cols=1,
            vertical_spacing=0.1,
            row_heights=[0.36, 0.4, 0.24],
            subplot_titles=(
                "Median overall survival by risk group",
                "First-line trials: hazard ratio (experimental vs sunitinib)",
                "FDA approvals for advanced RCC",
            ),
        )
        for trace in self._survival_traces(results["imdc"].band.label):
            fig.add_trace(trace, row=1, col=1)
        labels = [f"{t.trial} {t.endpoint} ({t.ci_level:g}% CI)" for t in TRIALS]
        fig.add_trace(
            go.Scatter(
                x=[t.hazard_ratio for t in TRIALS],
                y=labels,
                mode="markers",
                name="hazard ratio",
                marker={"symbol": "square", "size": 11, "color": COLOURS["blue"]},
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": [t.ci_high - t.hazard_ratio for t in TRIALS],
                    "arrayminus": [t.hazard_ratio - t.ci_low for t in TRIALS],
                },
                showlegend=False,
                hovertemplate="%{y}: HR %{x}<extra></extra>",
            ),
            row=2,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=[1, 1],
                y=[labels[0], labels[-1]],
                mode="lines",
                line={"dash": "dash", "color": "#555"},
                showlegend=False,
                hoverinfo="skip",
            ),
            row=2,
            col=1,
        )
        years = [int(a.date[:4]) + (int(a.date[5:7]) - 0.5) / 12 for a in APPROVALS]
        fig.add_trace(
            go.Scatter(
                x=years,
                y=[i % 5 for i in range(len(APPROVALS))],
                mode="markers+text",
                text=[a.drug.split(" (")[0] for a in APPROVALS],
                textposition="top center",
                textfont={"size": 10},
                marker={"size": 9, "color": COLOURS["green"]},
                name="approvals",
                showlegend=False,
                hovertemplate="%{text}<extra></extra>",
            ),
            row=3,
            col=1,
        )
        fig.update_layout(
            **{
                **PLOTLY_LAYOUT,
                **figure_layout(),
                "height": 1250,
                "barmode": "group",
                "legend": {"orientation": "h", "y": 1.035, "yanchor": "bottom", "x": 0},
                "margin": {"l": 60, "r": 20, "t": 110, "b": 60},
            }
        )
        fig.update_yaxes(title_text="months", range=[0, 52], row=1, col=1)
        fig.update_xaxes(
            type="log", title_text="hazard ratio (log scale)", range=[-0.6, 0.2], row=2, col=1
        )
        fig.update_yaxes(visible=False, range=[-0.5, 5], row=3, col=1)
        fig.update_xaxes(range=[1990, 2026], dtick=5, row=3, col=1)
        fig.update_xaxes(title_text="year", row=3, col=1)
        return fig

    def _update_figure(self) -> None:
        _ca, results = self.scores()
        group = results["imdc"].band.label
        with self.figure.batch_update():
            for trace in self.figure.data:
                if trace.type == "bar" and trace.name.startswith("IMDC"):
                    trace.marker.line.width = [4 if x == group else 0 for x in trace.x]

    @staticmethod
    def _static_html() -> str:
        classes = "".join(
            f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in DRUG_CLASSES.items()
        )
        trial_rows = "".join(
            f"<tr><td>{html.escape(t.trial)}</td><td>{html.escape(t.comparison)}</td>"
            f"<td>{html.escape(t.population)}</td><td>{t.endpoint}</td>"
            f"<td>{t.hazard_ratio:g} ({t.ci_low:g}-{t.ci_high:g}, {t.ci_level:g}% CI)</td>"
            f"<td>{'' if t.median_experimental is None else f'{t.median_experimental:g}'} vs "
            f"{'' if t.median_control is None else f'{t.median_control:g}'}</td>"
            f"<td>{html.escape(t.data_cut)}</td></tr>"
            for t in TRIALS
        )
        approvals = "".join(
            f"<tr><td>{a.date}</td><td>{html.escape(a.drug)}</td>"
            f"<td>{html.escape(a.drug_class)}</td><td>{html.escape(a.setting)}"
            f"</td></tr>"
            for a in APPROVALS
        )
        return (
            "<h2>What it means for the spine</h2><div class='sm-card'><ul>"
            "<li>Renal cell carcinoma is radioresistant to conventional radiotherapy: under NOMS "
            "it gets radiosurgery, or separation surgery then radiosurgery when the cord is "
            "compressed (dashboard 02).</li>"
            "<li>It is hypervascular: surgeons often ask for pre-operative embolisation to limit "
            "bleeding.</li>"
            "<li>Patients now live much longer on combination therapy, so legacy spine scores "
            "(kidney: 3 revised-Tokuhashi points, 'moderate growth' for Tomita) tend to be "
            "pessimistic.</li></ul></div>"
            f"<h2>Drug classes and targets</h2><ul>{classes}</ul>"
            "<details><summary>First-line trials as a table</summary><table class='sm-table'>"
            "<tr><th>Trial</th><th>Comparison</th><th>Population</th><th>Endpoint</th>"
            "<th>HR (CI)</th><th>Median, months</th><th>Data cut</th></tr>"
            f"{trial_rows}</table></details>"
            "<details><summary>Approvals as a table</summary><table class='sm-table'>"
            "<tr><th>Date</th><th>Drug</th><th>Class</th><th>Setting</th></tr>"
            f"{approvals}</table></details>"
            f"<p class='sm-muted'>As of {AS_OF}: approvals after December 2024 were not searched. "
            "JAVELIN Renal 101's first-analysis overall survival is not shown (its hazard ratio "
            "could not be confirmed).</p>"
        )
