"""Write the figure themes' plotly templates as plain data (run when plotly.py is upgraded).

usage: python tools/figure_templates.py

The dashboards draw their figures without plotly.py in the kernel, and plotly.js does not
know template *names* ("simple_white", "plotly_dark" are plotly.py's), only template
objects. This tool copies the two templates the themes use out of the installed plotly.py
into ``spinemet_core/ui/static/figure_templates.json``: the whole layout part and the
trace defaults of the trace types the served bundle draws (bar, scatter, pie). A unit test
checks that the file still equals what this tool writes.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "spinemet_core" / "ui" / "static" / "figure_templates.json"
TEMPLATES = ("simple_white", "plotly_dark")


def templates() -> dict:
    """The templates as plotly.js reads them: name -> {"layout": ..., "data": ...}."""
    import plotly.io as pio

    types = runpy.run_path(str(ROOT / "spinemet_core" / "ui" / "plotly_bundle.py"))
    basic = types["BASIC_TRACE_TYPES"]
    result = {}
    for name in TEMPLATES:
        template = pio.templates[name].to_plotly_json()
        data = {k: v for k, v in template["data"].items() if k in basic}
        result[name] = {"data": data, "layout": template["layout"]}
    return result


def main() -> None:
    """Write :data:`TARGET`."""
    TARGET.write_text(json.dumps(templates(), indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
