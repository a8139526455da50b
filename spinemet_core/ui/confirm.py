"""An in-page question before a destructive action: a message with Cancel and Confirm."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

__all__ = ["Confirm"]


class Confirm(widgets.VBox):
    """A hidden box that :meth:`ask` shows with a message, a Cancel and a Confirm button.

    Confirm runs the action given to :meth:`ask`, then hides the box; Cancel only hides it.
    Nothing is done until a button is pressed, and a new question replaces a pending one.
    The buttons are ipywidgets (no browser alert), so they work where a page's scripts are
    restricted and read the same on a phone and a projector.
    """

    def __init__(self) -> None:
        self.message = widgets.HTML().add_class("sm-confirm-message")
        self._cancel = widgets.Button(description="Cancel", icon="times")
        self._confirm = widgets.Button(description="Confirm", button_style="danger")
        self._action: Callable[[], None] | None = None
        super().__init__(
            [self.message, widgets.HBox([self._cancel, self._confirm])],
            layout=widgets.Layout(display="none"),
        )
        self.add_class("sm-confirm")
        self._cancel.on_click(lambda _button: self.close_question())
        self._confirm.on_click(self._on_confirm)

    @property
    def pending(self) -> bool:
        """Whether a question is shown and waits for an answer."""
        return self._action is not None

    def ask(self, question: str, action: Callable[[], None], confirm: str = "Confirm") -> None:
        """Show ``question`` (plain text) and run ``action`` only if Confirm is pressed;
        the Confirm button reads ``confirm``."""
        self._action = action
        self._confirm.description = confirm
        self.message.value = f"<div role='alert'><b>{html.escape(question)}</b></div>"
        self.layout.display = "flex"

    def close_question(self) -> None:
        """Hide the question and forget its action (Cancel)."""
        self._action = None
        self.message.value = ""
        self.layout.display = "none"

    def _on_confirm(self, _button=None) -> None:
        action = self._action
        self.close_question()
        if action is not None:
            action()
