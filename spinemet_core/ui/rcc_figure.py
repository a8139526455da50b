"""The figure of dashboard 05: survival by risk group, first-line trials, approvals.

Built from the evidence data and the patient's IMDC group (a band label of
:func:`~spinemet_core.rcc.imdc`), which is outlined among the IMDC bars.
"""

from __future__ import annotations

from ..evidence.rcc import APPROVALS, GROUP_SURVIVAL, TRIALS
from .html import cite
from .presentation import figure_layout
from .subplots import subplot_grid, update_axes
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
        yield {
            "type": "bar",
            "x": groups,
            "y": [r.median_os_months if r.median_os_months is not None else 0 for r in rows],
            "text": [
                # On two lines: the empty bar's label stays within its own slot.
                f"{r.median_os_months:g} mo" if r.median_os_months is not None else "not<br>reached"
                for r in rows
            ],
            "textposition": "outside",
            "name": f"{model.upper().replace('_', ' ')} ({cite(key)})",
            "marker": {
                "color": palette[index % 4],
                "pattern": {"shape": patterns[index % 4]},
                "line": {"width": widths, "color": COLOURS["ink"]},
            },
        }


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
    yield {
        "type": "scatter",
        "x": [t.hazard_ratio for t in TRIALS],
        "y": labels,
        "mode": "markers",
        "name": "hazard ratio",
        "marker": {"symbol": "square", "size": 11, "color": COLOURS["blue"]},
        "error_x": {
            "type": "data",
            "symmetric": False,
            "array": [t.ci_high - t.hazard_ratio for t in TRIALS],
            "arrayminus": [t.hazard_ratio - t.ci_low for t in TRIALS],
        },
        "showlegend": False,
        "hovertemplate": "%{y}: HR %{x}<extra></extra>",
    }
    yield {
        "type": "scatter",
        "x": [1, 1],
        "y": [labels[0], labels[-1]],
        "mode": "lines",
        "line": {"dash": "dash", "color": "#555"},
        "showlegend": False,
        "hoverinfo": "skip",
    }


TIMELINE_YEARS = (1990, 2026)
"""The span of the approvals timeline [years]."""


def _side(x: float, low: float, high: float) -> str:
    """Labels lean into the chart near its ends, so none is cut at a narrow (phone) width."""
    third = (high - low) / 3
    return "top right" if x < low + third else ("top left" if x > high - third else "top center")


def _approval_trace():
    x = [int(a.date[:4]) + (int(a.date[5:7]) - 0.5) / 12 for a in APPROVALS]
    return {
        "type": "scatter",
        "x": x,
        "y": [i % 5 for i in range(len(APPROVALS))],
        "mode": "markers+text",
        "text": [a.drug.split(" (")[0] for a in APPROVALS],
        "textposition": [_side(v, *TIMELINE_YEARS) for v in x],
        "textfont": {"size": 10},
        "marker": {"size": 9, "color": COLOURS["green"]},
        "name": "approvals",
        "showlegend": False,
        "hovertemplate": "%{text}<extra></extra>",
    }


def rcc_figure(imdc_group: str) -> dict:
    """The full figure spec, the bar of ``imdc_group`` outlined."""
    grid = subplot_grid(
        3,
        1,
        vertical_spacing=0.1,
        row_heights=[0.36, 0.4, 0.24],
        subplot_titles=(
            "Median overall survival by risk group",
            "First-line trials: hazard ratio (experimental vs sunitinib)",
            "FDA approvals for advanced RCC",
        ),
    )
    data = [grid.place(trace, 1, 1) for trace in _survival_traces(imdc_group)]
    data += [grid.place(trace, 2, 1) for trace in _trial_traces()]
    data.append(grid.place(_approval_trace(), 3, 1))
    layout = grid.layout
    layout.update(
        {
            **PLOTLY_LAYOUT,
            **figure_layout(),
            "height": 1250,
            "barmode": "group",
            "legend": {"orientation": "h", "y": 1.035, "yanchor": "bottom", "x": 0},
            "margin": {"l": 60, "r": 20, "t": 110, "b": 60},
        }
    )
    update_axes(layout, "y", {"title": {"text": "months"}, "range": [0, 52]}, "y")
    log = {"type": "log", "title": {"text": "hazard ratio (log scale)"}, "range": [-0.6, 0.2]}
    update_axes(layout, "x", log, "x2")
    update_axes(layout, "y", {"visible": False, "range": [-0.5, 5]}, "y3")
    timeline = {"range": list(TIMELINE_YEARS), "dtick": 5, "title": {"text": "year"}}
    update_axes(layout, "x", timeline, "x3")
    return {"data": data, "layout": layout}


def update_rcc_figure(view, imdc_group: str) -> None:
    """Move the outline to ``imdc_group`` in a PlotView of :func:`rcc_figure`."""
    with view.batch_update():
        for trace in view.traces():
            if trace["type"] == "bar" and trace["name"].startswith("IMDC"):
                trace["marker"]["line"]["width"] = highlight_widths(trace["x"], imdc_group)
