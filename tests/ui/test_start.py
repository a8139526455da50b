"""The start page lists the dashboards of the topic manifest."""

import re

from spinemet_core.topics import DASHBOARDS
from spinemet_core.ui.start import dashboards_table


def test_dashboards_table_links_every_dashboard_but_the_start_page():
    """Each dashboard after 00 is linked once by its relative notebook path, in manifest order."""
    links = re.findall(r"href='([^']+)'", dashboards_table().value)
    assert [d.notebook for d in DASHBOARDS.values() if d.id != "start_here"] == links


def test_dashboards_table_shows_each_title_and_summary():
    """The table's rows carry the manifest's title and summary, escaped."""
    text = dashboards_table().value
    d = DASHBOARDS["noms_framework"]
    assert f">{d.title}</a>" in text
    assert d.summary.replace("'", "&#x27;") in text


def test_dashboards_table_links_the_built_pages_in_the_static_edition(monkeypatch):
    """Under Pyodide the links name the pages voici built (NN_id.html), not the notebooks."""
    monkeypatch.setattr("sys.platform", "emscripten")
    links = re.findall(r"href='([^']+)'", dashboards_table().value)
    assert [f"{d.stem}.html" for d in DASHBOARDS.values() if d.id != "start_here"] == links
