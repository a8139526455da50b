"""The dashboard base class reads its references from the manifest and lays pages out."""

import ipywidgets as widgets

from spinemet_core.topics import DASHBOARDS
from spinemet_core.ui.base import DashboardApp
from spinemet_core.ui.ledger import ledger_html


class _Demo(DashboardApp):
    TOPIC = "noms_framework"

    def __init__(self) -> None:
        self.slider = widgets.IntSlider()
        self.out = widgets.HTML()
        self._mount([self.slider, self.out], "sm-demo")
        self._observe([self.slider], self._on_change)

    def _on_change(self, _change=None) -> None:
        self.out.value = str(self.slider.value)


def test_references_come_from_the_topic_manifest():
    """A subclass's REFERENCES are its manifest entry's citekeys."""
    assert DASHBOARDS["noms_framework"].references == _Demo.REFERENCES


def test_mount_puts_css_first_and_adds_classes():
    """The page starts with the CSS, then the children, and carries sm-app plus the given class."""
    app = _Demo()
    assert {"sm-app", "sm-demo"} <= set(app._dom_classes)
    assert [app.slider, app.out] == list(app.children[1:3])


def test_mount_ends_the_page_with_the_topics_fidelity_ledger():
    """The last child is the topic's ledger panel, the same HTML as ledger_html builds."""
    app = _Demo()
    assert ledger_html("noms_framework") == app.children[-1].value
    assert 4 == len(app.children)


def test_observe_wires_value_changes_to_the_callback():
    """Changing an observed control runs the callback."""
    app = _Demo()
    app.slider.value = 7
    assert "7" == app.out.value


def test_a_lecture_row_holds_the_inputs_then_the_focusable_result_box():
    """The row is marked for the lecture layout; its second box is the result region."""
    inputs, result = widgets.HTML("in"), widgets.HTML("out")
    row = DashboardApp._lecture_row([inputs], [result])
    assert ("sm-lecture-row",) == row._dom_classes
    assert ("sm-lecture-inputs",) == row.children[0]._dom_classes
    assert (inputs,) == row.children[0].children
    assert ("sm-lecture-result",) == row.children[1]._dom_classes
    assert (result,) == row.children[1].children
