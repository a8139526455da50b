"""The figure of dashboard 05: survival by risk group, first-line trials, approvals.

Built from the evidence data and the patient's IMDC group (a band label of
:func:`~spinemet_core.rcc.imdc`), which is outlined among the IMDC bars.
"""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..evidence.rcc import APPROVALS, GROUP_SURVIVAL, TRIALS
from .html import cite
from .presentation import figure_layout
from .theme import COLOURS, PLOTLY_LAYOUT

__all__ = [
    "HIGHLIGHT_WIDTH",
    "highlight_widths",
    "rcc_figure",
    "trial_label",
    "trial_population",
    "update_rcc_figure",
]

_WHOLE_TRIAL = "all patients"
"""How the trial data names a whole randomised population (then no subgroup is named)."""

HIGHLIGHT_WIDTH = 4
"""Outline width of the bar of the patient's IMDC group."""


def highlight_widths(groups, imdc_group: str) -> list[int]:
    """Outline width per bar: :data:`HIGHLIGHT_WIDTH` for the patient's group, else 0."""
    return [HIGHLIGHT_WIDTH if g == imdc_group else 0 for g in groups]


def _survival_traces(imdc_group: str):
    cohorts = {}
    for row in GROUP_SURVIVAL:
        cohorts.setdefault((row.model, row.citekey), []).append(row)
    palette = [COLOURS["blue"], COLOURS["sky"], COLOURS["orange"], COLOURS["purple"]]
    patterns = ["", ".", "/", "x"]
    for index, ((model, key), rows) in enumerate(cohorts.items()):
        groups = [r.group for r in rows]
        widths = highlight_widths(groups, imdc_group) if model == "imdc" else [0] * len(rows)
        yield go.Bar(
            x=groups,
            y=[r.median_os_months if r.median_os_months is not None else 0 for r in rows],
            text=[
                # On two lines: the empty bar's label stays within its own slot.
                f"{r.median_os_months:g} mo" if r.median_os_months is not None else "not<br>reached"
                for r in rows
            ],
            textposition="outside",
            name=f"{model.upper().replace('_', ' ')} ({cite(key)})",
            marker={
                "color": palette[index % 4],
                "pattern": {"shape": patterns[index % 4]},
                "line": {"width": widths, "color": COLOURS["ink"]},
            },
        )


def trial_population(trial) -> str:
    """The subgroup a trial row reports, without its count ("PD-L1 positive"), or "" for
    the whole randomised population; read from the row's ``population``."""
    name = trial.population.split(" (")[0]
    return "" if name == _WHOLE_TRIAL else name


def trial_label(trial) -> str:
    """The forest-plot label: trial, endpoint and CI level, then on a second line the
    subgroup when the row reports one, e.g. "JAVELIN Renal 101 PFS (95% CI)<br>PD-L1 positive"."""
    subgroup = trial_population(trial)
    label = f"{trial.trial} {trial.endpoint} ({trial.ci_level:g}% CI)"
    return f"{label}<br>{subgroup}" if subgroup else label


def _trial_traces():
    labels = [trial_label(t) for t in TRIALS]
    yield go.Scatter(
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
    )
    yield go.Scatter(
        x=[1, 1],
        y=[labels[0], labels[-1]],
        mode="lines",
        line={"dash": "dash", "color": "#555"},
        showlegend=False,
        hoverinfo="skip",
    )


TIMELINE_YEARS = (1990, 2026)
"""The span of the approvals timeline [years]."""


def _side(x: float, low: float, high: float) -> str:
    """Labels lean into the chart near its ends, so none is cut at a narrow (phone) width."""
    third = (high - low) / 3
    return "top right" if x < low + third else ("top left" if x > high - third else "top center")


def _approval_trace():
    x = [int(a.date[:4]) + (int(a.date[5:7]) - 0.5) / 12 for a in APPROVALS]
    return go.Scatter(
        x=x,
        y=[i % 5 for i in range(len(APPROVALS))],
        mode="markers+text",
        text=[a.drug.split(" (")[0] for a in APPROVALS],
        textposition=[_side(v, *TIMELINE_YEARS) for v in x],
        textfont={"size": 10},
        marker={"size": 9, "color": COLOURS["green"]},
        name="approvals",
        showlegend=False,
        hovertemplate="%{text}<extra></extra>",
    )


def rcc_figure(imdc_group: str) -> go.Figure:
    """The full figure, the bar of ``imdc_group`` outlined."""
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
    for trace in _survival_traces(imdc_group):
        fig.add_trace(trace, row=1, col=1)
    for trace in _trial_traces():
        fig.add_trace(trace, row=2, col=1)
    fig.add_trace(_approval_trace(), row=3, col=1)
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
    fig.update_xaxes(range=list(TIMELINE_YEARS), dtick=5, row=3, col=1)
    fig.update_xaxes(title_text="year", row=3, col=1)
    return fig


def update_rcc_figure(figure, imdc_group: str) -> None:
    """Move the outline to ``imdc_group`` in a figure made by :func:`rcc_figure`."""
    with figure.batch_update():
        for trace in figure.data:
            if trace.type == "bar" and trace.name.startswith("IMDC"):
                trace.marker.line.width = highlight_widths(trace.x, imdc_group)
