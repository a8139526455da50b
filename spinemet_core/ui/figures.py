"""Figure geometry for the dashboards: plain lists of coordinates, no widgets.

The ESCC drawing is a teaching schematic (anterior at the top, not to scale):
the epidural tumour pushes from the vertebral body into the thecal sac, and the
six Bilsky grades differ by how far it indents the sac and the cord.
"""

from __future__ import annotations

import itertools
import math

from ..escc import EsccGrade
from .theme import COLOURS

__all__ = ["ESCC_PARTS", "NOMS_EDGES", "NOMS_NODES", "escc_shapes", "noms_path"]

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


NOMS_NODES: dict[str, tuple[float, float, str]] = {
    "start": (1.0, 4.0, "Radiosensitive<br>to cEBRT?"),
    "cebrt": (0.0, 3.0, "cEBRT"),
    "escc": (1.8, 3.0, "ESCC grade?"),
    "srs": (1.1, 2.0, "SRS<br>(1c: grey zone)"),
    "fit": (2.5, 2.0, "Fit for<br>surgery?"),
    "hybrid": (1.9, 1.0, "Separation<br>surgery + SRS"),
    "palliative": (3.1, 1.0, "cEBRT<br>(palliative)"),
    "sins": (4.6, 4.0, "SINS"),
    "stable": (3.9, 3.0, "0-6<br>stable"),
    "indeterminate": (4.6, 3.0, "7-12<br>consult<br>surgeon"),
    "unstable": (5.3, 3.0, "13-18<br>stabilize"),
}
"""Decision-diagram nodes: key -> (x, y, label)."""

NOMS_EDGES: dict[tuple[str, str], str] = {
    ("start", "cebrt"): "yes",
    ("start", "escc"): "no",
    ("escc", "srs"): "0-1c",
    ("escc", "fit"): "2-3",
    ("fit", "hybrid"): "fit",
    ("fit", "palliative"): "unfit",
    ("sins", "stable"): "",
    ("sins", "indeterminate"): "",
    ("sins", "unstable"): "",
}
"""Decision-diagram edges and their labels."""

_BRANCH_PATHS = {
    "radiosensitive": ("start", "cebrt"),
    "resistant-low": ("start", "escc", "srs"),
    "resistant-high-fit": ("start", "escc", "fit", "hybrid"),
    "resistant-high-unfit": ("start", "escc", "fit", "palliative"),
}


def noms_path(branch: str, sins_band: str) -> tuple[set[str], set[tuple[str, str]]]:
    """Nodes and edges on the path taken for a branch and a SINS band."""
    nodes = list(_BRANCH_PATHS[branch])
    edges = set(itertools.pairwise(nodes))
    edges.add(("sins", sins_band))
    return {*nodes, "sins", sins_band}, edges


def noms_path_text(branch: str, sins_band: str) -> str:
    r"""The path taken, in words: each question with the answer that was followed.

    >>> print(noms_path_text("resistant-high-fit", "stable").replace(" → ", "\n"))
    Radiosensitive to cEBRT? no
    ESCC grade? 2-3
    Fit for surgery? fit
    Separation surgery + SRS; SINS: 0-6 stable
    """
    nodes = _BRANCH_PATHS[branch]
    steps = []
    for a, b in itertools.pairwise(nodes):
        steps.append(f"{_plain(a)} {NOMS_EDGES[(a, b)]}")
    steps.append(_plain(nodes[-1]))
    return " → ".join(steps) + f"; SINS: {_plain(sins_band)}"


def _plain(key: str) -> str:
    return NOMS_NODES[key][2].replace("<br>", " ")
