"""Figure geometry of the ESCC schematic: plain lists of coordinates, no widgets.

The ESCC drawing is a teaching schematic (anterior at the top, not to scale):
the epidural tumour pushes from the vertebral body into the thecal sac, and the
six Bilsky grades differ by how far it indents the sac and the cord.
"""

from __future__ import annotations

import math

from ..escc import EsccGrade
from .theme import COLOURS

__all__ = ["ESCC_PARTS", "PART_STYLE", "escc_shapes", "escc_traces"]

ESCC_PARTS = ("vertebral body", "posterior arch", "thecal sac (CSF)", "spinal cord", "tumour")
"""Names of the schematic's parts, in drawing order."""

# grade -> (sac indentation, cord (rx, ry, centre y), sac hugs the cord)
_GEOMETRY = {
    EsccGrade.G0: (None, (0.45, 0.45, 0.0), False),
    EsccGrade.G1A: (0.0, (0.45, 0.45, 0.0), False),
    EsccGrade.G1B: (0.32, (0.45, 0.45, 0.0), False),
    EsccGrade.G1C: (0.55, (0.45, 0.45, 0.0), False),
    EsccGrade.G2: (0.77, (0.6, 0.28, -0.05), False),
    EsccGrade.G3: (0.88, (0.72, 0.2, -0.1), True),
}


def _ellipse(cx, cy, rx, ry, n=48, start=0.0, stop=360.0):
    xs, ys = [], []
    for i in range(n + 1):
        a = math.radians(start + (stop - start) * i / n)
        xs.append(round(cx + rx * math.cos(a), 4))
        ys.append(round(cy + ry * math.sin(a), 4))
    return xs, ys


def escc_shapes(grade: str) -> dict[str, tuple[list[float], list[float]]]:
    """Outline of each part for one ESCC grade: part name -> (x, y), closed polygons."""
    indent, (crx, cry, ccy), hugs = _GEOMETRY[EsccGrade(grade)]
    body = _ellipse(0, 2.55, 2.0, 1.25)
    outer = _ellipse(0, 0, 1.95, 1.95, n=24, start=200, stop=340)
    inner = _ellipse(0, 0, 1.4, 1.4, n=24, start=340, stop=200)
    arch = (outer[0] + inner[0] + outer[0][:1], outer[1] + inner[1] + outer[1][:1])
    cord = _ellipse(0, ccy, crx, cry)
    if hugs:
        sac = _ellipse(0, ccy, crx + 0.06, cry + 0.06)
    else:
        top = 1.0 - (indent or 0.0)
        xs, ys = _ellipse(0, 0, 1.0, 1.0)
        sac = (xs, [min(y, top) for y in ys])
    if indent is None:  # grade 0: tumour confined to the vertebral body
        tumour = _ellipse(0.55, 2.45, 0.7, 0.5)
    else:
        bottom = (ccy + cry + 0.04) if hugs else 1.0 - indent
        half = 0.55 + 0.6 * indent
        tumour = (
            [-half - 0.5, half + 0.5, half, -half, -half - 0.5],
            [1.35, 1.35, bottom, bottom, 1.35],
        )
    return {
        "vertebral body": body,
        "posterior arch": arch,
        "thecal sac (CSF)": sac,
        "spinal cord": cord,
        "tumour": tumour,
    }


PART_STYLE = {
    "vertebral body": ("#d9d9d9", "#7f7f7f"),
    "posterior arch": ("#d9d9d9", "#7f7f7f"),
    "thecal sac (CSF)": ("#cfe8f7", COLOURS["blue"]),
    "spinal cord": ("#f6dba6", "#8a5d00"),
    "tumour": ("rgba(213,94,0,0.75)", COLOURS["vermillion"]),
}
"""Fill and outline colour of each part of the schematic."""


def escc_traces(grade: str, *, showlegend: bool = True) -> list[dict]:
    """Plotly scatter-trace specs (filled outlines) of the schematic for one grade."""
    traces = []
    for part, (x, y) in escc_shapes(grade).items():
        fill, line = PART_STYLE[part]
        traces.append(
            {
                "type": "scatter",
                "x": x,
                "y": y,
                "name": part,
                "fill": "toself",
                "fillcolor": fill,
                "line": {"color": line, "width": 2},
                "mode": "lines",
                "hoverinfo": "name",
                "showlegend": showlegend,
                "legendgroup": part,
            }
        )
    return traces
