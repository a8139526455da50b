"""A grid of subplots as plain layout data (what plotly.py's ``make_subplots`` computes).

Dashboards build their figures as dicts that the browser's plotly.js draws, without
plotly.py in the kernel. This module places the subplots of a grid: each cell's x and y
axis (domain and anchor) and its title (an annotation over the cell), with the same
arithmetic as ``plotly.subplots.make_subplots`` (cells numbered row by row from the top
left; spacing between cells as a fraction of the figure). The unit tests compare the
result with ``make_subplots`` for every grid the dashboards draw.

>>> grid = subplot_grid(1, 2, subplot_titles=("a", "b"))
>>> grid.axes[(1, 2)], grid.layout["xaxis2"]
(('x2', 'y2'), {'anchor': 'y2', 'domain': [0.55, 1.0]})
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["SubplotGrid", "subplot_grid", "update_axes"]

#: Font of subplot titles (plotly.py's default for ``make_subplots``).
TITLE_FONT = {"size": 16}


@dataclass(frozen=True, slots=True)
class SubplotGrid:
    """Layout keys of a grid (axes and title annotations) and each cell's axis names."""

    layout: dict
    axes: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)

    def place(self, trace: dict, row: int, col: int) -> dict:
        """``trace`` drawn in cell (``row``, ``col``), counted from 1 like plotly.py."""
        x, y = self.axes[(row, col)]
        return {**trace, "xaxis": x, "yaxis": y}


def _sizes(total: int, spacing: float, weights) -> list[float]:
    if not weights:
        return [(1.0 - spacing * (total - 1)) / total] * total
    return [(1.0 - spacing * (total - 1)) * (w / float(sum(weights))) for w in weights]


def subplot_grid(
    rows: int,
    cols: int,
    *,
    specs=None,
    row_heights=None,
    column_widths=None,
    vertical_spacing: float | None = None,
    horizontal_spacing: float | None = None,
    subplot_titles=(),
) -> SubplotGrid:
    """Axes and titles of a ``rows`` x ``cols`` grid; ``specs`` cells are ``{}``,
    ``{"colspan": n}`` or ``None`` (covered by a span), as for ``make_subplots``."""
    specs = specs or [[{}] * cols for _ in range(rows)]
    hs = 0.2 / cols if horizontal_spacing is None else horizontal_spacing
    vs = 0.3 / rows if vertical_spacing is None else vertical_spacing
    widths = _sizes(cols, hs, column_widths)
    heights = list(reversed(_sizes(rows, vs, row_heights)))
    # Start of each cell, rows counted from the bottom as plotly.py does for "top-left".
    x0 = [sum(widths[:c]) + c * hs for c in range(cols)]
    y0 = [sum(heights[: rows - 1 - r]) + (rows - 1 - r) * vs for r in range(rows)]
    layout: dict = {}
    axes: dict[tuple[int, int], tuple[str, str]] = {}
    domains = []
    for r, spec_row in enumerate(specs):
        for c, spec in enumerate(spec_row):
            if spec is None:
                continue
            n = len(axes) + 1
            suffix = "" if n == 1 else str(n)
            last = c + spec.get("colspan", 1) - 1
            x_domain = [x0[c], x0[last] + widths[last]]
            y_domain = [max(0.0, y0[r]), min(1.0, y0[r] + heights[-1 - r])]
            layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": x_domain}
            layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": y_domain}
            axes[(r + 1, c + 1)] = (f"x{suffix}", f"y{suffix}")
            domains.append((x_domain, y_domain))
    layout["annotations"] = [
        {
            "font": dict(TITLE_FONT),
            "showarrow": False,
            "text": text,
            "x": sum(x_domain) / 2.0,
            "xanchor": "center",
            "xref": "paper",
            "y": y_domain[1],
            "yanchor": "bottom",
            "yref": "paper",
        }
        for text, (x_domain, y_domain) in zip(subplot_titles, domains, strict=False)
        if text
    ]
    return SubplotGrid(layout, axes)


def update_axes(layout: dict, letter: str, keys: dict, axis: str | None = None) -> None:
    """Set ``keys`` on one axis of ``layout`` (``axis`` such as ``"x2"``) or on every axis
    of ``letter`` ("x" or "y"), nested dicts merged (like plotly.py's ``update_xaxes``)."""
    prefix = f"{letter}axis"
    names = [prefix + axis[1:]] if axis else [k for k in layout if k.startswith(prefix)]
    for name in names:
        _merge(layout.setdefault(name, {}), keys)


def _merge(target: dict, keys: dict) -> None:
    for key, value in keys.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value
