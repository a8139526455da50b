"""Figure spec of dashboard 01: published survival per band of one score, its band hatched."""

from __future__ import annotations

from collections.abc import Mapping
from copy import deepcopy

from ..evidence.prognosis import PROVENANCE, figures_for
from ..prognosis import PROGNOSTIC_SCORES
from ..references import get_reference
from ..results import Band, ScoreResult
from ..scores import INSTRUMENTS
from .presentation import figure_layout
from .prognosis_era import era_annotations
from .theme import COLOURS, PLOTLY_LAYOUT

__all__ = ["BANDS", "chart_spec", "update_chart"]

BANDS: Mapping[str, tuple[Band, ...]] = {
    name: INSTRUMENTS[name].bands for name in PROGNOSTIC_SCORES
}
"""Each prognostic score's bands, keyed like ``prognosis.PROGNOSTIC_SCORES``."""


def chart_spec(name: str, result: ScoreResult) -> dict:
    """The bar chart of score ``name``: one bar per band, ``result``'s band highlighted.

    Bands without a confirmed figure are drawn at 0 and labelled "not confirmed".

    >>> from spinemet_core.prognosis import Patient, score_all
    >>> spec = chart_spec("tomita", score_all(Patient())["tomita"])
    >>> spec["data"][0]["x"], spec["data"][0]["marker"]["pattern"]["shape"]
    (['2-3', '4-5', '6-7', '8-10'], ['/', '', '', ''])
    """
    current = result.band.range_text
    figs = {f.band: f for f in figures_for(name)}
    x = [b.range_text for b in BANDS[name]]
    y = [figs[b].value if b in figs else 0 for b in x]
    text = [f"{figs[b].value:g} {figs[b].unit}" if b in figs else "not confirmed" for b in x]
    colours = [COLOURS["blue"] if b == current else COLOURS["grey"] for b in x]
    patterns = ["/" if b == current else "" for b in x]
    if figs:
        first = next(iter(figs.values()))
        ytitle = f"{first.measure} ({first.unit})"
        source = get_reference(first.citekey).label
        title = f"{PROVENANCE[name].title}: {first.measure} per band ({source})"
    else:
        ytitle = "no confirmed figure"
        title = f"{PROVENANCE[name].title}: no per-band survival figure confirmed"
    layout = {
        **PLOTLY_LAYOUT,
        **figure_layout(),
        "title": {"text": title},
        "xaxis": {"title": {"text": "band (total points)"}, "type": "category"},
        "yaxis": {"title": {"text": ytitle}, "rangemode": "tozero"},
        "showlegend": False,
        "annotations": era_annotations(name),
    }
    bar = {
        "type": "bar",
        "x": x,
        "y": y,
        "text": text,
        "textposition": "outside",
        "marker": {"color": colours, "pattern": {"shape": patterns}},
        "hovertemplate": "band %{x}: %{text}<extra></extra>",
    }
    return {"data": [bar], "layout": layout}


def update_chart(view, spec: dict) -> None:
    """Move ``view`` (a PlotView built from a :func:`chart_spec`) to ``spec``, in place."""
    bar = spec["data"][0]
    with view.batch_update() as current:
        trace, layout = current["data"][0], current["layout"]
        trace["x"], trace["y"], trace["text"] = bar["x"], bar["y"], bar["text"]
        trace["marker"]["color"] = bar["marker"]["color"]
        trace["marker"]["pattern"]["shape"] = bar["marker"]["pattern"]["shape"]
        layout["title"]["text"] = spec["layout"]["title"]["text"]
        layout["yaxis"]["title"]["text"] = spec["layout"]["yaxis"]["title"]["text"]
        layout["annotations"] = deepcopy(spec["layout"]["annotations"])
