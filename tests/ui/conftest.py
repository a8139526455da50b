"""Headless UI tests never read or write a learner's saved quiz progress, and each starts
with the page's presentation (mode, theme) as a fresh page has it."""

import pytest


@pytest.fixture(autouse=True)
def _progress_in_tmp(tmp_path, monkeypatch):
    """Autosave goes to a file in the test's own temporary folder."""
    monkeypatch.setenv("SPINEMET_PROGRESS", str(tmp_path / "progress.json"))


@pytest.fixture(autouse=True)
def _fresh_presentation(monkeypatch):
    """Each test builds its own page state (a quiz in Lecture mode puts the page in it)."""
    pytest.importorskip("ipywidgets")
    from spinemet_core.ui import presentation

    monkeypatch.setattr(presentation, "_CURRENT", None)
