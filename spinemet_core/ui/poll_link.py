"""The "Start poll" control of lecture mode: a link to the live-poll server's presenter view.

The poll itself runs outside the kernel, in the poll server (``python -m spinemet_poll``,
started beside Voilà by ``make dashboards``, ``make lecture`` and ``make hub``), whose
address the environment variable ``SPINEMET_POLL_URL`` gives. The link names the
question (a check-yourself question of a topic, or a case of the bank with the quiz's
seed); the server loads it from the core, computes its key and explanation and starts
the poll in the presenter's browser tab. Without a poll server (the static edition, a
notebook opened by hand) the control says that live polls need one.
"""

from __future__ import annotations

import html
import os
from urllib.parse import urlencode

import ipywidgets as widgets

from .presentation import presentation

__all__ = ["POLL_ENV", "PollLink", "poll_link_html"]

POLL_ENV = "SPINEMET_POLL_URL"
"""Environment variable holding the poll server's address (e.g. ``http://127.0.0.1:8867/``,
or ``/services/poll/`` on a hub); unset means no poll server."""

NO_SERVER = (
    "Live polls need the poll server, which make dashboards, make lecture and make hub start "
    "beside the dashboards; this page has none."
)


def poll_link_html(
    source: str, where: str, question: str, seed: int | None = None, *, address=None
) -> str:
    """The link that starts a poll on a question, or the note that no poll server runs.

    ``address`` is the poll server's; by default ``SPINEMET_POLL_URL``.

    >>> link = poll_link_html("check", "noms_framework", "sins-band", address="/services/poll/")
    >>> link[link.index("href"):link.index(" target")]
    "href='/services/poll/present?source=check&amp;where=noms_framework&amp;question=sins-band'"
    >>> "need the poll server" in poll_link_html("check", "noms_framework", "sins-band", address="")
    True
    """
    address = (os.environ.get(POLL_ENV, "") if address is None else address).strip()
    if not address:
        return f"<p class='sm-muted sm-poll-none'>{html.escape(NO_SERVER)}</p>"
    query = {"source": source, "where": where, "question": question}
    if seed is not None:
        query["seed"] = seed
    href = f"{address.rstrip('/')}/present?{urlencode(query)}"
    return (
        f"<a class='sm-poll-start' href='{html.escape(href)}' target='_blank' rel='noopener'>"
        "Start poll</a> <span class='sm-muted'>(opens the presenter view: join code, QR code "
        "and the room's answers as they arrive)</span>"
    )


class PollLink(widgets.HTML):
    """The "Start poll" link of one question, shown in lecture mode only.

    ``follow_page``: show it whenever the page is in lecture mode (check-yourself
    boxes); otherwise the owner sets :attr:`shown` (the quiz, in its own lecture mode).
    """

    def __init__(self, *, follow_page: bool = True) -> None:
        super().__init__("")
        self.add_class("sm-poll-link")
        self._follow = follow_page
        self.shown = False
        if follow_page:
            presentation().register(self)
            self.apply_presentation(presentation().mode, presentation().theme)

    def point(self, source: str, where: str, question: str, seed: int | None = None) -> None:
        """Make the link start a poll on this question."""
        self.value = poll_link_html(source, where, question, seed)

    @property
    def shown(self) -> bool:
        """Whether the control is on the page."""
        return self.layout.display != "none"

    @shown.setter
    def shown(self, value: bool) -> None:
        self.layout.display = "block" if value else "none"

    def apply_presentation(self, mode: str, _theme: str) -> None:
        """Check-yourself boxes show the link in lecture mode."""
        if self._follow:
            self.shown = mode == "lecture"
