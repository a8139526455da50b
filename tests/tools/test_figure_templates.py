"""The figure themes' templates are plotly.py's own, as data (tools/figure_templates.py)."""

import json

import pytest

pytest.importorskip("plotly")

from tools import figure_templates


def test_the_template_file_equals_what_the_tool_writes_from_the_installed_plotly():
    """Regenerate with python tools/figure_templates.py after a plotly upgrade."""
    assert figure_templates.templates() == json.loads(figure_templates.TARGET.read_text())


def test_every_theme_uses_a_template_from_the_file():
    """Light and high contrast use simple_white, dark uses plotly_dark."""
    from spinemet_core.ui import presentation as pres

    names = {style["template"] for style in pres._FIGURE_STYLE.values()}
    assert {"simple_white", "plotly_dark"} == names
    assert names == set(json.loads(figure_templates.TARGET.read_text()))
