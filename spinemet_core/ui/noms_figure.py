"""Figure spec of dashboard 02: the ESCC schematic beside the NOMS tree, path taken in bold.

The tree's boxes, answers and highlighted path come from
:data:`spinemet_core.noms_tree.TREE` and the rules that fired (``Recommendation.rules``);
only the placement of each box (coordinates, line width) is decided here.
"""

from __future__ import annotations

import itertools
import textwrap

from ..noms import Recommendation
from ..noms_tree import TREE, Edge
from .figures import ESCC_PARTS, escc_shapes, escc_traces
from .presentation import box_background, figure_layout, muted_ink
from .subplots import subplot_grid, update_axes
from .theme import COLOURS, PLOTLY_LAYOUT

__all__ = ["apply_theme", "box_lines", "noms_figure", "path_text", "update_noms_figure"]

_NARROW = 8
_WIDE = 15
_BOXES: dict[str, tuple[float, float, int]] = {
    "radiosensitive?": (1.0, 4.0, _WIDE),
    "radiosensitive": (0.0, 3.0, _WIDE),
    "escc?": (1.8, 3.0, _WIDE),
    "resistant-low": (1.1, 2.0, _WIDE),
    "fit?": (2.5, 2.0, _WIDE),
    "resistant-high-fit": (1.9, 1.0, _WIDE),
    "resistant-high-unfit": (3.1, 1.0, _WIDE),
    "sins?": (4.6, 4.0, _WIDE),
    "stable": (3.9, 3.0, _NARROW),
    "indeterminate": (4.6, 3.0, _NARROW),
    "unstable": (5.3, 3.0, _NARROW),
}
"""Placement of each box of the tree: node key -> (x, y, characters per line)."""

_ANSWER_IN_BOX = {"sins"}
"""Questions whose answer is written in the box it leads to instead of on the edge."""

_GREY = "#9a9a9a"


def _edge_into(key: str) -> Edge | None:
    return next((e for e in TREE.edges if e.target == key), None)


def box_lines(key: str) -> list[str]:
    """Lines of the box of node ``key``: its answer if written in the box, then its label.

    A bracketed qualifier starts a line of its own.

    >>> box_lines("indeterminate"), box_lines("resistant-low")
    (['7-12', 'consult', 'surgeon'], ['SRS', '(1c: grey zone)'])
    """
    width = _BOXES[key][2]
    edge = _edge_into(key)
    lines = [edge.label] if edge and edge.fact in _ANSWER_IN_BOX else []
    head, bracket, rest = TREE.nodes[key].label.partition(" (")
    for part in (head, bracket.strip() + rest):
        lines += textwrap.wrap(part, width, break_long_words=False)
    return lines


def path_text(rec: Recommendation) -> str:
    r"""The path taken, in words: each question with the answer that was followed.

    >>> from spinemet_core.noms import recommend
    >>> rec = recommend(escc_grade="2", myelopathy=False, primary="kidney", sins_total=3,
    ...                 fit_for_surgery=True)
    >>> print(path_text(rec).replace(" → ", "\n"))
    Radiosensitive to cEBRT? no
    ESCC grade? 2-3
    Fit for surgery? fit
    Separation surgery + SRS; SINS: 0-6 stable
    """
    parts = []
    for rule in rec.rules:
        route = TREE.routes[rule]
        text = ""
        for a, b in itertools.pairwise(route):
            edge = TREE.edge(a, b)
            question = TREE.nodes[a].label
            text += (
                f"{question}: " if edge.fact in _ANSWER_IN_BOX else f"{question} {edge.label} → "
            )
        parts.append(text + " ".join(box_lines(route[-1])))
    return "; ".join(parts)


def escc_title(grade: str) -> str:
    """Title of the schematic panel."""
    return f"Axial schematic: ESCC grade {grade}"


def _tree_style(rec: Recommendation):
    path_nodes, path_edges = TREE.path(rec.rules)
    taken: tuple[list, list] = ([], [])
    other: tuple[list, list] = ([], [])
    for edge in TREE.edges:
        (xa, ya, _), (xb, yb, _) = _BOXES[edge.source], _BOXES[edge.target]
        target = taken if (edge.source, edge.target) in path_edges else other
        target[0].extend([xa, xb, None])
        target[1].extend([ya, yb, None])
    boxes = {}
    for key in TREE.nodes:
        label = "<br>".join(box_lines(key))
        on_path = key in path_nodes
        boxes[key] = {
            "text": f"<b>{label}</b>" if on_path else label,
            "bordercolor": COLOURS["blue"] if on_path else _GREY,
            "borderwidth": 3 if on_path else 1,
        }
    return taken, other, boxes


def _lines(name: str, xy, line: dict) -> dict:
    return {
        "type": "scatter",
        "x": xy[0],
        "y": xy[1],
        "mode": "lines",
        "name": name,
        "line": line,
        "hoverinfo": "skip",
        "showlegend": False,
    }


def _edge_labels() -> dict:
    labels: dict[str, list] = {"x": [], "y": [], "text": []}
    for edge in TREE.edges:
        if edge.fact in _ANSWER_IN_BOX:
            continue
        (xa, ya, _), (xb, yb, _) = _BOXES[edge.source], _BOXES[edge.target]
        labels["x"].append((xa + xb) / 2 + (0.2 if xb > xa else -0.2))
        labels["y"].append((ya + yb) / 2 + 0.05)
        labels["text"].append(edge.label)
    return {
        "type": "scatter",
        **labels,
        "mode": "text",
        "name": "edge labels",
        "hoverinfo": "skip",
        "showlegend": False,
        "textfont": {"size": 12, "color": muted_ink()},
    }


def noms_figure(grade: str, rec: Recommendation) -> dict:
    """The full figure spec: ESCC schematic of ``grade`` (left), NOMS tree with ``rec``'s path."""
    grid = subplot_grid(
        1,
        2,
        column_widths=[0.36, 0.64],
        subplot_titles=(escc_title(grade), "NOMS decision path"),
    )
    data = [grid.place(trace, 1, 1) for trace in escc_traces(grade)]
    taken, other, boxes = _tree_style(rec)
    other_style = {"color": _GREY, "width": 1.5, "dash": "dot"}
    data.append(grid.place(_lines("other paths", other, other_style), 1, 2))
    data.append(
        grid.place(_lines("path taken", taken, {"color": COLOURS["blue"], "width": 6}), 1, 2)
    )
    layout = grid.layout
    for key, style in boxes.items():
        x, y, _ = _BOXES[key]
        layout["annotations"].append(
            {
                "x": x,
                "y": y,
                "name": f"node-{key}",
                "xref": "x2",
                "yref": "y2",
                "showarrow": False,
                "bgcolor": box_background(),
                "borderpad": 4,
                "font": {"size": 12},
                **style,
            }
        )
    layout["annotations"].append(
        {
            "x": 0,
            "y": 4.05,
            "text": "anterior ↑",
            "name": "anterior",
            "xref": "x",
            "yref": "y",
            "showarrow": False,
            "font": {"size": 11, "color": muted_ink()},
        }
    )
    data.append(grid.place(_edge_labels(), 1, 2))
    legend = {"orientation": "h", "y": -0.05, "x": 0}
    layout.update({**PLOTLY_LAYOUT, **figure_layout(), "height": 470, "legend": legend})
    update_axes(layout, "x", {"visible": False})
    update_axes(layout, "y", {"visible": False})
    update_axes(layout, "y", {"scaleanchor": "x", "scaleratio": 1}, "y")
    update_axes(layout, "y", {"range": [0.3, 4.5]}, "y2")
    update_axes(layout, "x", {"range": [-0.6, 5.9]}, "x2")
    return {"data": data, "layout": layout}


def update_noms_figure(view, grade: str, rec: Recommendation) -> None:
    """Move ``view`` (a PlotView of :func:`noms_figure`) to ``grade`` and ``rec``, in place."""
    shapes = escc_shapes(grade)
    taken, other, boxes = _tree_style(rec)
    with view.batch_update():
        for trace in view.traces():
            if trace["name"] in ESCC_PARTS:
                trace["x"], trace["y"] = shapes[trace["name"]]
            elif trace["name"] == "path taken":
                trace["x"], trace["y"] = taken
            elif trace["name"] == "other paths":
                trace["x"], trace["y"] = other
        for note in view.annotations():
            if note.get("name", "").startswith("node-"):
                note.update(boxes[note["name"][5:]])
        view.annotations()[0]["text"] = escc_title(grade)


def apply_theme(view, theme: str) -> None:
    """Keep the decision boxes and the secondary text readable in ``theme``: the boxes'
    background and the colour of edge labels and of the orientation mark follow it."""
    with view.batch_update():
        for note in view.annotations():
            if note.get("name", "").startswith("node-"):
                note["bgcolor"] = box_background(theme)
            elif note.get("name") == "anterior":
                note["font"]["color"] = muted_ink(theme)
        for trace in view.traces("edge labels"):
            trace["textfont"]["color"] = muted_ink(theme)
