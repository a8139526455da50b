"""The in-page confirm box: nothing happens until Confirm is pressed."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.confirm import Confirm


def test_confirm_runs_the_action_only_on_confirm():
    """ask() shows the question; Cancel hides it and does nothing; Confirm runs the action once."""
    done = []
    box = Confirm()
    assert "none" == box.layout.display
    box.ask("Delete <everything>?", lambda: done.append(1), "Delete")
    assert "flex" == box.layout.display
    assert "Delete &lt;everything&gt;?" in box.message.value
    assert "Delete" == box._confirm.description
    box._cancel.click()
    assert ([], "none", False) == (done, box.layout.display, box.pending)
    box.ask("Again?", lambda: done.append(2))
    box._confirm.click()
    box._confirm.click()  # a second press after the box closed does nothing
    assert ([2], "none") == (done, box.layout.display)


def test_a_new_question_replaces_a_pending_one():
    """Only the action of the last question asked runs."""
    done = []
    box = Confirm()
    box.ask("First?", lambda: done.append("first"))
    box.ask("Second?", lambda: done.append("second"))
    box._confirm.click()
    assert ["second"] == done
