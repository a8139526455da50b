"""Read a figure spec through plotly.py, which validates it against plotly.js's schema.

Dashboards build figures as plain dicts without plotly.py; the tests read them as plotly
objects: ``go.Figure(spec)`` raises on any key or value plotly.js would not accept.
"""

import plotly.graph_objects as go


def drawn(figure) -> go.Figure:
    """``figure`` (a PlotView or a spec dict) as a validated plotly ``Figure``."""
    spec = getattr(figure, "spec", figure)
    return go.Figure(spec)
