"""Dashboard 02: the four NOMS pillars feeding one recommendation and its decision path."""

from __future__ import annotations

import html

import ipywidgets as widgets
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..escc import ESCC_DEFINITIONS, EsccGrade, escc_group
from ..noms import decision_changes, recommend
from ..references import get_reference
from ..scores import sins
from ..scores.sins import TABLE as SINS_TABLE
from ..scores.tokuhashi import BANDS_REVISED
from ..topics import DASHBOARDS
from ..vocabulary import PRIMARY_TABLE, PRIMARY_TABLE_SOURCES, SPINAL_LEVELS, Primary, sins_location
from ..vocabulary import radiosensitivity as primary_radiosensitivity
from .figures import (
    ESCC_PARTS,
    NOMS_EDGES,
    NOMS_NODES,
    escc_shapes,
    escc_traces,
    noms_path,
    noms_path_text,
)
from .plotview import PlotView
from .presentation import box_background, figure_layout, presentation
from .theme import COLOURS, CSS, PLOTLY_LAYOUT

__all__ = ["NomsApp"]

_STYLE = {"description_width": "170px"}
_WIDE = widgets.Layout(width="440px")
_PILLAR_NAMES = {"N": "Neurologic", "O": "Oncologic", "M": "Mechanical", "S": "Systemic"}
_ARGUMENT_LABELS = {
    "escc_grade": "ESCC grade",
    "radiosensitivity": "radiosensitivity",
    "sins_total": "SINS total",
    "fit_for_surgery": "fit for surgery",
}
_VCF_NOTE = (
    "<b>Fracture after SBRT.</b> In a multi-institutional series of 410 segments treated with "
    "spine SBRT, 14% fractured (new or progressing), at a median of about 2.5 months; the risk "
    "was highest at 24 Gy or more per fraction and rose with baseline fracture, lytic tumour and "
    "deformity, three SINS items (Sahgal 2013). A high SINS before SBRT is a reason to discuss "
    "cement augmentation or stabilisation."
)


def _panel(key: str, children: list) -> widgets.VBox:
    title = widgets.HTML(f"<h3>{key}: {_PILLAR_NAMES[key]}</h3>")
    return widgets.VBox(
        [title, *children],
        layout=widgets.Layout(
            border="1px solid #ccc", padding="4px 10px", margin="4px", width="560px"
        ),
    ).add_class(f"sm-pillar-{key}")


class NomsApp(widgets.VBox):
    """Neurologic, oncologic, mechanical and systemic assessment, then the NOMS plan."""

    REFERENCES = DASHBOARDS["noms_framework"].references
    """Citekeys of the notebook's reference list."""

    def __init__(self) -> None:
        # Controls: N
        self._grade = widgets.Dropdown(
            options=[(f"{g.value}: {ESCC_DEFINITIONS[g]}", g.value) for g in EsccGrade],
            value="0",
            description="Bilsky ESCC grade",
            style=_STYLE,
            layout=_WIDE,
        )
        self._deficit = widgets.Dropdown(
            options=[
                ("none", "none"),
                ("radiculopathy", "radiculopathy"),
                ("myelopathy", "myelopathy"),
            ],
            value="none",
            description="Neurological deficit",
            style=_STYLE,
            layout=_WIDE,
        )
        self.grade_note = widgets.HTML().add_class("sm-escc-note")
        # Controls: O
        self._primary = widgets.Dropdown(
            options=[(p.value, p.value) for p in Primary],
            value="breast",
            description="Primary tumour",
            style=_STYLE,
            layout=_WIDE,
        )
        self._override = widgets.Dropdown(
            options=[
                ("as listed for the primary", "listed"),
                ("high", "high"),
                ("moderate", "moderate"),
                ("resistant", "resistant"),
            ],
            value="listed",
            description="Radiosensitivity",
            style=_STYLE,
            layout=_WIDE,
        )
        self.oncology_note = widgets.HTML().add_class("sm-oncology-note")
        # Controls: M (a full SINS calculator; options come from the SINS table)
        self._level = widgets.Dropdown(
            options=[(f"{lvl} ({sins_location(lvl)})", lvl) for lvl in SPINAL_LEVELS],
            value="T7",
            description="Level",
            style=_STYLE,
            layout=_WIDE,
        )
        self._sins_items: dict[str, widgets.Dropdown] = {}
        for item in SINS_TABLE[1:]:
            self._sins_items[item.name] = widgets.Dropdown(
                options=[(f"{o.label} ({o.points})", o.members[0]) for o in item.options],
                value=item.options[-1].members[0],
                description=item.heading.split(" (")[0],
                style=_STYLE,
                layout=_WIDE,
            )
        self.sins_result = widgets.HTML().add_class("sm-sins-result")
        # Controls: S
        self._ecog = widgets.Dropdown(
            options=[
                ("0-1: active", "0-1"),
                ("2: up more than half the day", "2"),
                ("3-4: mostly in bed", "3-4"),
            ],
            value="0-1",
            description="Performance (ECOG)",
            style=_STYLE,
            layout=_WIDE,
        )
        self._comorbidity = widgets.Dropdown(
            options=["none or minor", "significant, controlled", "severe or uncontrolled"],
            value="none or minor",
            description="Comorbidity",
            style=_STYLE,
            layout=_WIDE,
        )
        self._burden = widgets.Dropdown(
            options=["limited", "extensive, controlled", "extensive, progressing"],
            value="limited",
            description="Systemic disease",
            style=_STYLE,
            layout=_WIDE,
        )
        self._fit = widgets.ToggleButtons(
            options=[("Fit for surgery", True), ("Not fit for surgery", False)],
            value=True,
            description="Your decision",
            style={"description_width": "100px"},
        )
        # Outputs
        self.card = widgets.HTML().add_class("sm-recommendation")
        self.changes = widgets.HTML().add_class("sm-changes")
        self.figure_caption = widgets.HTML().add_class("sm-figure-caption")
        self.figure = PlotView(self._figure(*self._compute()))  # full spec before display
        presentation().register_figure(self.figure)
        presentation().register(self)

        # Layout
        n_panel = _panel("N", [self._grade, self.grade_note, self._deficit])
        o_panel = _panel("O", [self._primary, self._override, self.oncology_note])
        m_panel = _panel(
            "M",
            [
                self._level,
                *self._sins_items.values(),
                self.sins_result,
                widgets.HTML(_sins_definitions()),
                widgets.HTML(f"<div class='sm-muted'>{_VCF_NOTE}</div>"),
            ],
        )
        s_panel = _panel(
            "S",
            [
                self._ecog,
                self._comorbidity,
                self._burden,
                widgets.HTML(self._systemic_context()),
                self._fit,
            ],
        )
        super().__init__(
            [
                widgets.HTML(CSS),
                widgets.HBox([n_panel, o_panel], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HBox([m_panel, s_panel], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HTML("<h2>Recommendation</h2>"),
                self.card,
                self.figure,
                self.figure_caption,
                widgets.HTML("<h2>What changes the decision?</h2>"),
                self.changes,
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-noms")

        # Wiring
        for control in (
            self._grade,
            self._deficit,
            self._primary,
            self._override,
            self._level,
            *self._sins_items.values(),
            self._fit,
        ):
            control.observe(self._on_change, names="value")
        self._render(*self._compute())

    # Callbacks
    def _on_change(self, _change=None) -> None:
        sins_result, rec, inputs = self._compute()
        self._render(sins_result, rec, inputs)
        self._update_figure(sins_result, rec)

    # Reading and rendering
    def _compute(self):
        sins_result = sins(
            level=self._level.value, **{name: w.value for name, w in self._sins_items.items()}
        )
        inputs = {
            "escc_grade": self._grade.value,
            "myelopathy": self._deficit.value == "myelopathy",
            "sins_total": sins_result.total,
            "fit_for_surgery": self._fit.value,
        }
        if self._override.value == "listed":
            inputs["primary"] = self._primary.value
        else:
            inputs["radiosensitivity"] = self._override.value
        return sins_result, recommend(**inputs), inputs

    @property
    def recommendation(self):
        """The current recommendation (recomputed from the widgets)."""
        return self._compute()[1]

    def _render(self, sins_result, rec, inputs) -> None:
        grade = EsccGrade(self._grade.value)
        self.grade_note.value = (
            f"<div class='sm-muted'>{html.escape(ESCC_DEFINITIONS[grade])}. Group: "
            f"<b>{escc_group(grade)}</b> grade"
            + (" (the contested grey zone)." if grade is EsccGrade.G1C else ".")
            + (
                " Radiculopathy alone does not change the branch."
                if self._deficit.value == "radiculopathy"
                else ""
            )
            + "</div>"
        )
        primary = Primary(self._primary.value)
        listed = PRIMARY_TABLE[primary].radiosensitivity_listed
        how = PRIMARY_TABLE_SOURCES["radiosensitivity"][1]
        self.oncology_note.value = (
            f"<div class='sm-muted'>NOMS group for {primary.value}: "
            f"<b>{primary_radiosensitivity(primary)}</b> "
            f"({'listed by NOMS' if listed else 'not listed; the suite assumes this'}). "
            + ("<b>Override in use.</b> " if self._override.value != "listed" else "")
            + f"{html.escape(how)}</div>"
        )
        rows = "".join(
            f"<tr><td>{html.escape(i.item)}</td><td>{html.escape(i.option)}</td>"
            f"<td>{i.points}</td></tr>"
            for i in sins_result.items
        )
        self.sins_result.value = (
            f"<div class='sm-card'><b>SINS <span data-sins='{sins_result.total}'>"
            f"{sins_result.total}</span> / 18</b>: {html.escape(sins_result.band.label)}"
            f"<details><summary>Item breakdown</summary><table class='sm-table'>{rows}</table>"
            f"</details></div>"
        )
        trail = "".join(
            f"<tr><td><b>{s.pillar}</b></td><td>{html.escape(s.finding)}</td>"
            f"<td>{html.escape(s.implication)}</td>"
            f"<td>{html.escape(get_reference(s.citekey).short)}</td></tr>"
            for s in rec.trail
        )
        self.card.value = (
            f"<div class='sm-card' data-branch='{rec.branch}'>"
            f"<div class='sm-summary' style='font-size:1.25em;font-weight:700'>"
            f"{html.escape(rec.summary)}</div>"
            f"<div>Radiation: <b>{rec.radiation}</b> · separation surgery: "
            f"<b>{'yes' if rec.separation_surgery else 'no'}</b> · stabilization: "
            f"<b>{'yes' if rec.stabilization else 'no'}</b> · surgical consultation: "
            f"<b>{'yes' if rec.surgical_consultation else 'no'}</b></div>"
            f"<table class='sm-table'><tr><th>Pillar</th><th>Finding</th><th>Implication</th>"
            f"<th>Source</th></tr>{trail}</table></div>"
        )
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for c in decision_changes(**inputs):
            value = (
                ("yes" if c.new_value else "no")
                if isinstance(c.new_value, bool)
                else str(c.new_value)
            )
            grouped.setdefault((c.pillar, c.argument, c.summary), []).append(value)
        items = "".join(
            f"<li><b>{pillar}</b>: {_ARGUMENT_LABELS[argument]} → "
            f"{html.escape(', '.join(values))} gives <b>{html.escape(summary)}</b></li>"
            for (pillar, argument, summary), values in grouped.items()
        )
        self.changes.value = (
            "<div class='sm-card'><div class='sm-muted'>One pillar changed at a time, the "
            "others kept.</div><ul>"
            + (items or "<li>No single change alters the plan.</li>")
            + "</ul></div>"
        )
        path = noms_path_text(rec.branch, _band_key(sins_result.total))
        self.figure_caption.value = (
            f"<div class='sm-muted'>Text alternative. Left: axial schematic of ESCC grade "
            f"{grade.value} (anterior at the top; not to scale). Right: the NOMS tree; the path "
            f"taken (thick solid line, bold boxed steps): {html.escape(path)}.</div>"
        )

    def _figure(self, sins_result, rec, _inputs=None) -> go.Figure:
        fig = make_subplots(
            rows=1,
            cols=2,
            column_widths=[0.36, 0.64],
            subplot_titles=(self._escc_title(), "NOMS decision path"),
        )
        for trace in escc_traces(self._grade.value):
            fig.add_trace(go.Scatter(trace), row=1, col=1)
        taken_xy, other_xy, nodes = self._tree_data(rec, sins_result.total)
        fig.add_trace(
            go.Scatter(
                x=other_xy[0],
                y=other_xy[1],
                mode="lines",
                name="other paths",
                line={"color": "#9a9a9a", "width": 1.5, "dash": "dot"},
                hoverinfo="skip",
                showlegend=False,
            ),
            row=1,
            col=2,
        )
        fig.add_trace(
            go.Scatter(
                x=taken_xy[0],
                y=taken_xy[1],
                mode="lines",
                name="path taken",
                line={"color": COLOURS["blue"], "width": 6},
                hoverinfo="skip",
                showlegend=False,
            ),
            row=1,
            col=2,
        )
        for key, (x, y, _label) in NOMS_NODES.items():
            style = nodes[key]
            fig.add_annotation(
                x=x,
                y=y,
                text=style["text"],
                name=f"node-{key}",
                xref="x2",
                yref="y2",
                showarrow=False,
                bgcolor=box_background(),
                borderpad=4,
                font={"size": 12},
                bordercolor=style["bordercolor"],
                borderwidth=style["borderwidth"],
            )
        fig.add_annotation(
            x=0,
            y=4.05,
            text="anterior ↑",
            xref="x",
            yref="y",
            showarrow=False,
            font={"size": 11, "color": "#555"},
        )
        labels = {"x": [], "y": [], "text": []}
        for (a, b), text in NOMS_EDGES.items():
            if text:
                side = 0.2 if NOMS_NODES[b][0] > NOMS_NODES[a][0] else -0.2
                labels["x"].append((NOMS_NODES[a][0] + NOMS_NODES[b][0]) / 2 + side)
                labels["y"].append((NOMS_NODES[a][1] + NOMS_NODES[b][1]) / 2 + 0.05)
                labels["text"].append(text)
        fig.add_trace(
            go.Scatter(
                **labels,
                mode="text",
                name="edge labels",
                hoverinfo="skip",
                showlegend=False,
                textfont={"size": 12, "color": "#444"},
            ),
            row=1,
            col=2,
        )
        fig.update_layout(
            **{
                **PLOTLY_LAYOUT,
                **figure_layout(),
                "height": 470,
                "legend": {"orientation": "h", "y": -0.05, "x": 0},
            }
        )
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        fig.update_yaxes(scaleanchor="x", scaleratio=1, row=1, col=1)
        fig.update_yaxes(range=[0.3, 4.5], row=1, col=2)
        fig.update_xaxes(range=[-0.6, 5.9], row=1, col=2)
        return fig

    def apply_presentation(self, _mode: str, theme: str) -> None:
        """Keep the decision boxes readable in the dark theme."""
        with self.figure.batch_update():
            for note in self.figure.layout.annotations:
                if note.name and note.name.startswith("node-"):
                    note.bgcolor = box_background(theme)

    def _escc_title(self) -> str:
        return f"Axial schematic: ESCC grade {self._grade.value}"

    def _tree_data(self, rec, sins_total):
        path_nodes, path_edges = noms_path(rec.branch, _band_key(sins_total))
        taken = ([], [])
        other = ([], [])
        for a, b in NOMS_EDGES:
            target = taken if (a, b) in path_edges else other
            target[0].extend([NOMS_NODES[a][0], NOMS_NODES[b][0], None])
            target[1].extend([NOMS_NODES[a][1], NOMS_NODES[b][1], None])
        nodes = {
            key: {
                "text": f"<b>{label}</b>" if key in path_nodes else label,
                "bordercolor": COLOURS["blue"] if key in path_nodes else "#9a9a9a",
                "borderwidth": 3 if key in path_nodes else 1,
            }
            for key, (_x, _y, label) in NOMS_NODES.items()
        }
        return taken, other, nodes

    def _update_figure(self, sins_result, rec) -> None:
        shapes = escc_shapes(self._grade.value)
        taken, other, nodes = self._tree_data(rec, sins_result.total)
        with self.figure.batch_update():
            for trace in self.figure.data:
                if trace.name in ESCC_PARTS:
                    trace.x, trace.y = shapes[trace.name]
                elif trace.name == "path taken":
                    trace.x, trace.y = taken
                elif trace.name == "other paths":
                    trace.x, trace.y = other
            for note in self.figure.layout.annotations:
                if note.name and note.name.startswith("node-"):
                    style = nodes[note.name[5:]]
                    note.text = style["text"]
                    note.bordercolor = style["bordercolor"]
                    note.borderwidth = style["borderwidth"]
            self.figure.layout.annotations[0].text = self._escc_title()

    @staticmethod
    def _systemic_context() -> str:
        bands = "; ".join(f"{b.range_text}: {b.label.split(':')[0].lower()}" for b in BANDS_REVISED)
        return (
            "<div class='sm-muted'>Context: revised Tokuhashi bands (dashboard 01) — "
            f"{html.escape(bands)}. The surgical arm of the Patchell trial enrolled patients "
            "expected to live at least 3 months. Weigh performance, comorbidity and disease "
            "burden, then make the call below.</div>"
        )


def _sins_definitions() -> str:
    """Every SINS item with its options and points, from the score's own table."""
    rows = "".join(
        f"<tr><td>{html.escape(item.heading)}</td><td>"
        + "<br>".join(f"{html.escape(o.label)}: <b>{o.points}</b>" for o in item.options)
        + "</td></tr>"
        for item in SINS_TABLE
    )
    return (
        "<details class='sm-sins-definitions'><summary>SINS item definitions (Fisher 2010)"
        f"</summary><table class='sm-table'>{rows}</table></details>"
    )


def _band_key(sins_total: int) -> str:
    return "stable" if sins_total <= 6 else "indeterminate" if sins_total <= 12 else "unstable"
