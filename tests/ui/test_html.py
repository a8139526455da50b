"""HTML builders shared by the dashboards (spinemet_core/ui/html.py)."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.scores import sins
from spinemet_core.ui import html as html_mod
from spinemet_core.ui.components import notice
from spinemet_core.ui.details_memory import DetailsMemory
from spinemet_core.ui.scroll_regions import REGION_CLASS, ScrollRegions


def test_a_named_details_block_carries_its_key_for_the_page_to_reopen_it():
    """``key`` becomes an escaped data-key; without it the block has none."""
    assert "<details data-key='breakdown:sins'><summary>a &amp; b</summary>x</details>" == (
        html_mod.details("a & b", "x", key="breakdown:sins")
    )
    assert "<details><summary>a</summary>x</details>" == html_mod.details("a", "x")


def test_an_item_breakdown_is_keyed_by_its_instrument():
    """Each score's breakdown has its own key, so reopening one never opens another."""
    result = sins(
        level="T7",
        pain="none",
        lesion="blastic",
        alignment="normal",
        collapse="none",
        posterolateral="none",
    )
    assert html_mod.item_breakdown(result).startswith("<details data-key='breakdown:sins'>")


def test_every_page_with_the_presentation_bar_remembers_opened_sections(monkeypatch):
    """The bar of every dashboard holds one DetailsMemory and one ScrollRegions."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    bar = notice().children[1]
    assert 1 == sum(isinstance(child, DetailsMemory) for child in bar.children)
    assert 1 == sum(isinstance(child, ScrollRegions) for child in bar.children)
    assert "const SELECTOR = '.sm-lecture-result';" in ScrollRegions._esm
    assert "sm-lecture-result" == REGION_CLASS
