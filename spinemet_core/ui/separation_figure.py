"""The figure of dashboard 03, built from a :class:`~spinemet_core.separation.CordProfile`.

Top: the ESCC schematic before surgery and after separation, with the gap drawn as a
dashed ring. Middle: cord dose against the gap, its limit and this plan. Bottom: the
Laufer 2013 and Patchell 2005 results.
"""

from __future__ import annotations

import math

from ..evidence.separation import LAUFER_2013, PATCHELL_2005
from ..separation import CordProfile
from .figures import escc_traces
from .presentation import figure_layout
from .subplots import subplot_grid, update_axes
from .theme import COLOURS, PLOTLY_LAYOUT

__all__ = [
    "AFTER_GRADE",
    "BEFORE_GRADE",
    "GAPS_MM",
    "margin_ring",
    "separation_figure",
    "update_separation_figure",
    "withhold_separation_figure",
]

GAPS_MM = tuple(round(0.25 * i, 2) for i in range(0, 41))
"""Gaps [mm] at which the cord-dose curve is drawn: 0-10 mm."""

BEFORE_GRADE, AFTER_GRADE = "3", "0"
"""ESCC grades drawn before surgery (high-grade compression) and after separation."""

_MM = 0.1  # schematic units per millimetre (the sac radius of 1 unit stands for ~10 mm)


def margin_ring(separation_mm: float) -> tuple[list[float], list[float]]:
    """The dashed ring that draws a gap of ``separation_mm`` around the thecal sac."""
    r = 1.0 + _MM * separation_mm
    pts = [math.radians(5 * i) for i in range(73)]
    return [round(r * math.cos(a), 4) for a in pts], [round(r * math.sin(a), 4) for a in pts]


def _line(name, x, y, colour, **line):
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "name": name,
        "mode": "lines",
        "line": {"color": colour, **line},
        "showlegend": False,
    }


def _evidence_traces():
    yield (
        {
            "type": "bar",
            "x": [f.group.split(" (")[0] for f in LAUFER_2013],
            "y": [f.value for f in LAUFER_2013],
            "text": [f"{f.value:g}%" for f in LAUFER_2013],
            "textposition": "outside",
            "marker": {"color": COLOURS["sky"]},
            "name": LAUFER_2013[0].study,
            "showlegend": False,
        },
        1,
    )
    walking = [f for f in PATCHELL_2005 if f.unit == "%"]
    for arm, colour, pattern, name in (
        ("surgery", COLOURS["blue"], "", "surgery + RT"),
        ("radiotherapy alone", COLOURS["orange"], "/", "RT alone"),
    ):
        rows = [f for f in walking if f.group.startswith(arm)]
        yield (
            {
                "type": "bar",
                "x": [f.measure.replace("the ability to ", "") for f in rows],
                "y": [f.value for f in rows],
                "text": [f"{f.value:g}%" for f in rows],
                "textposition": "outside",
                "name": name,
                "marker": {"color": colour, "pattern": {"shape": pattern}},
            },
            2,
        )


def separation_figure(profile: CordProfile, separation_mm: float) -> dict:
    """The full figure spec for one plan (``separation_mm`` is the gap of ``profile.check``)."""
    grid = subplot_grid(
        3,
        2,
        specs=[[{}, {}], [{"colspan": 2}, None], [{}, {}]],
        row_heights=[0.36, 0.32, 0.32],
        vertical_spacing=0.09,
        subplot_titles=(
            f"Before: ESCC grade {BEFORE_GRADE}",
            "After separation surgery",
            "Cord dose against the tumour-to-cord gap",
            f"{LAUFER_2013[0].study}: {LAUFER_2013[0].measure}",
            f"{PATCHELL_2005[0].study}: walking",
        ),
    )
    data = [
        grid.place(trace, 1, col)
        for col, grade in ((1, BEFORE_GRADE), (2, AFTER_GRADE))
        for trace in escc_traces(grade, showlegend=col == 1)
    ]
    rx, ry = margin_ring(separation_mm)
    ring = {
        "type": "scatter",
        "x": rx,
        "y": ry,
        "name": "gap (separation)",
        "mode": "lines",
        "line": {"color": COLOURS["green"], "width": 2, "dash": "dash"},
        "hoverinfo": "name",
    }
    data.append(grid.place(ring, 1, 2))
    check = profile.check
    limit = [check.limit, check.limit]
    for trace in (
        _line("cord dose", profile.separations_mm, profile.cord_doses, COLOURS["blue"], width=3),
        _line("cord limit", [0, 10], limit, COLOURS["vermillion"], dash="dash", width=2),
        {
            "type": "scatter",
            "x": [separation_mm],
            "y": [check.cord_dose],
            "name": "this plan",
            "mode": "markers",
            "marker": {"size": 14, "color": COLOURS["ink"], "symbol": "diamond"},
            "showlegend": False,
        },
    ):
        data.append(grid.place(trace, 2, 1))
    data += [grid.place(trace, 3, col) for trace, col in _evidence_traces()]
    layout = grid.layout
    layout.update(
        {
            **PLOTLY_LAYOUT,
            **figure_layout(),
            "height": 1150,
            "barmode": "group",
            "legend": {"orientation": "h", "y": 1.08, "x": 0},
        }
    )
    for col in (1, 2):
        x, y = grid.axes[(1, col)]
        update_axes(layout, "x", {"visible": False}, x)
        update_axes(layout, "y", {"visible": False, "scaleanchor": x}, y)
    x, y = grid.axes[(2, 1)]
    update_axes(layout, "x", {"title": {"text": "gap between tumour and cord (mm)"}}, x)
    dose = {"title": {"text": "cord Dmax, whole course (Gy)"}, "rangemode": "tozero"}
    update_axes(layout, "y", dose, y)
    update_axes(layout, "y", {"title": {"text": "%"}, "range": [0, 100]}, grid.axes[(3, 2)][1])
    update_axes(layout, "y", {"title": {"text": "%"}, "range": [0, 30]}, grid.axes[(3, 1)][1])
    return {"data": data, "layout": layout}


def update_separation_figure(view, profile: CordProfile, separation_mm: float) -> None:
    """Move the ring, curve, limit and plan marker of a PlotView of :func:`separation_figure`."""
    rx, ry = margin_ring(separation_mm)
    check = profile.check
    with view.batch_update():
        for trace in view.traces():
            if trace["name"] == "gap (separation)":
                trace["x"], trace["y"] = rx, ry
            elif trace["name"] == "cord dose":
                trace["x"], trace["y"] = profile.separations_mm, profile.cord_doses
            elif trace["name"] == "cord limit":
                trace["y"] = [check.limit, check.limit]
            elif trace["name"] == "this plan":
                trace["x"], trace["y"] = [separation_mm], [check.cord_dose]


def withhold_separation_figure(view) -> None:
    """Remove this plan's ring, curve and marker while its result is withheld."""
    with view.batch_update():
        for trace in view.traces("gap (separation)", "cord dose", "this plan"):
            trace["x"], trace["y"] = [], []
