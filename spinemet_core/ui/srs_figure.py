"""The figure of dashboard 04, built from a schedule comparison.

The comparison is a :class:`~spinemet_core.fractionation.ScheduleComparison`.

Top left: tumour EQD2 against full-prescription cord EQD2 for the catalogue and this
schedule. Top right: the cord limits by number of fractions. Middle: the two pain trials,
each in its own panel with its own endpoint on its axis (SC.24 counted complete responses,
RTOG 0631 any response, so their bars must not share an axis). Bottom: local control after
SBRT/SRS.
"""

from __future__ import annotations

from ..evidence.radiotherapy import LOCAL_CONTROL_BY_HISTOLOGY, PAIN_TRIALS
from ..fractionation import CORD_LIMIT_EQD2, ScheduleComparison
from ..radiobiology import HYTEC_2021_LIMITS, SAHGAL_2013_LIMITS
from .html import cite
from .presentation import figure_layout
from .subplots import subplot_grid, update_axes
from .theme import COLOURS, PLOTLY_LAYOUT

__all__ = [
    "CORD_LIMITS_CITEKEY",
    "LOG_TICKS",
    "PAIN_TRIAL_NAMES",
    "catalogue_symbols",
    "pain_endpoints",
    "srs_figure",
    "update_srs_figure",
    "withhold_srs_figure",
]

CORD_LIMITS_CITEKEY = "sahgal2013_cord"
"""Source of :data:`~spinemet_core.radiobiology.SAHGAL_2013_LIMITS`."""

PAIN_TRIAL_NAMES = ("SC.24", "RTOG 0631")
"""The two randomised pain trials, each drawn in its own panel (names as in the evidence data)."""


def pain_endpoints() -> dict[str, str]:
    """Each pain trial's endpoint, from the evidence data (one measure per trial).

    >>> pain_endpoints()
    {'SC.24': 'complete pain response at 3 months', 'RTOG 0631': 'pain response at 3 months'}
    """
    endpoints = {}
    for trial in PAIN_TRIAL_NAMES:
        (measure,) = {f.measure for f in PAIN_TRIALS if f.study == trial}
        endpoints[trial] = measure
    return endpoints


LOG_TICKS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
"""Labels of the log axis of cord EQD2 [Gy]: a 1-2-5 series, each written out in full."""


def catalogue_symbols(comparison: ScheduleComparison) -> list[str]:
    """Marker per catalogue schedule: circle for conventional EBRT, diamond for SBRT."""
    return [
        "circle" if e.schedule.technique == "cEBRT" else "diamond" for e in comparison.catalogue
    ]


def _schedule_traces(c: ScheduleComparison):
    yield {
        "type": "scatter",
        "x": [e.eqd2_tumour for e in c.catalogue],
        "y": [e.eqd2_cord for e in c.catalogue],
        "text": [e.schedule.name for e in c.catalogue],
        "mode": "markers",
        "hovertemplate": "%{text}: tumour %{x:.1f} Gy, cord %{y:.1f} Gy<extra></extra>",
        "name": "catalogue",
        "marker": {
            "symbol": catalogue_symbols(c),
            "size": 11,
            "color": COLOURS["sky"],
            "line": {"color": COLOURS["blue"], "width": 1},
        },
        "showlegend": False,
    }
    yield {
        "type": "scatter",
        "x": [c.eqd2_tumour],
        "y": [c.eqd2_cord],
        "mode": "markers",
        "name": "this schedule",
        "marker": {"symbol": "star", "size": 18, "color": COLOURS["vermillion"]},
        "showlegend": False,
    }
    yield {
        "type": "scatter",
        "x": [0, 130],
        "y": [CORD_LIMIT_EQD2] * 2,
        "mode": "lines",
        "name": "cord limit EQD2",
        "line": {"dash": "dash", "color": COLOURS["vermillion"]},
        "showlegend": False,
    }


def _limit_trace():
    fractions = list(SAHGAL_2013_LIMITS)
    return {
        "type": "bar",
        "x": [str(n) for n in fractions],
        "y": [SAHGAL_2013_LIMITS[n] for n in fractions],
        "text": [f"{SAHGAL_2013_LIMITS[n]:g}" for n in fractions],
        "textposition": "inside",  # at the top inside the bar: the HyTEC whisker rises above it
        "insidetextanchor": "end",
        "name": cite(CORD_LIMITS_CITEKEY),
        "marker": {"color": COLOURS["blue"]},
        "showlegend": False,
        "error_y": {
            "type": "data",
            "symmetric": False,
            "array": [HYTEC_2021_LIMITS[n][1] - SAHGAL_2013_LIMITS[n] for n in fractions],
            "arrayminus": [0] * len(fractions),
        },
    }


def _evidence_traces():
    """(trace, row, col): one pain trial per panel of the middle row, local control below."""
    for col, (trial, colour, pattern) in enumerate(
        zip(PAIN_TRIAL_NAMES, (COLOURS["blue"], COLOURS["orange"]), ("", "/"), strict=True),
        start=1,
    ):
        rows = [f for f in PAIN_TRIALS if f.study == trial]
        yield (
            {
                "type": "bar",
                "x": [f.group.split(" (")[0] for f in rows],
                "y": [f.value for f in rows],
                "name": trial,
                "text": [f"{f.value:g}%" for f in rows],
                "textposition": "outside",
                "marker": {"color": colour, "pattern": {"shape": pattern}},
                "showlegend": False,
            },
            2,
            col,
        )
    control = [f for f in LOCAL_CONTROL_BY_HISTOLOGY if f.unit == "%"]
    yield (
        {
            "type": "bar",
            "x": [f.study + (" (crude)" if "crude" in f.measure else "") for f in control],
            "y": [f.value for f in control],
            "text": [f"{f.value:g}%" for f in control],
            "textposition": "outside",
            "name": "SBRT/SRS local control",
            "marker": {"color": COLOURS["green"]},
            "showlegend": False,
        },
        3,
        1,
    )


def srs_figure(comparison: ScheduleComparison) -> dict:
    """The full figure spec for one schedule."""
    endpoints = pain_endpoints()
    grid = subplot_grid(
        3,
        2,
        specs=[[{}, {}], [{}, {}], [{"colspan": 2}, None]],
        vertical_spacing=0.12,
        horizontal_spacing=0.12,
        subplot_titles=(
            "Schedules: tumour EQD2 vs cord EQD2",
            "Cord Dmax limits (whisker: HyTEC range)",
            *(f"{trial}: {endpoints[trial]}" for trial in PAIN_TRIAL_NAMES),
            "Local control after SBRT/SRS",
        ),
    )
    data = [grid.place(trace, 1, 1) for trace in _schedule_traces(comparison)]
    data.append(grid.place(_limit_trace(), 1, 2))
    data += [grid.place(trace, row, col) for trace, row, col in _evidence_traces()]
    layout = grid.layout
    layout.update(
        {
            **PLOTLY_LAYOUT,
            **figure_layout(),
            "height": 1200,
            "barmode": "group",
            "legend": {"orientation": "h", "y": -0.08, "x": 0},
        }
    )
    update_axes(layout, "x", {"title": {"text": "tumour EQD2 (Gy)"}, "range": [0, 130]}, "x")
    update_axes(
        layout,
        "y",
        {
            "title": {"text": "cord EQD2, full prescription (Gy)"},
            "type": "log",
            "tickvals": list(LOG_TICKS),  # every label a whole value: never "5" meaning 50 Gy
            "ticktext": [f"{v:g}" for v in LOG_TICKS],
        },
        "y",
    )
    update_axes(layout, "x", {"title": {"text": "fractions"}}, "x2")
    update_axes(layout, "y", {"title": {"text": "Gy"}, "range": [0, 30]}, "y2")
    for col, trial in enumerate(PAIN_TRIAL_NAMES, start=1):
        title = {"text": f"{endpoints[trial]} (%)"}
        update_axes(layout, "y", {"title": title, "range": [0, 80]}, grid.axes[(2, col)][1])
    update_axes(layout, "y", {"title": {"text": "%"}, "range": [0, 110]}, grid.axes[(3, 1)][1])
    return {"data": data, "layout": layout}


def update_srs_figure(view, comparison: ScheduleComparison) -> None:
    """Move the catalogue and this schedule in a PlotView of :func:`srs_figure`."""
    c = comparison
    with view.batch_update():
        for trace in view.traces("catalogue"):
            trace["x"] = [e.eqd2_tumour for e in c.catalogue]
            trace["y"] = [e.eqd2_cord for e in c.catalogue]
        for trace in view.traces("this schedule"):
            trace["x"], trace["y"] = [c.eqd2_tumour], [c.eqd2_cord]


def withhold_srs_figure(view) -> None:
    """Remove this schedule's mark while its result is withheld."""
    with view.batch_update():
        for trace in view.traces("this schedule"):
            trace["x"], trace["y"] = [], []
