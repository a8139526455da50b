"""The presenter's API: start a poll from a question, open, close, reveal, watch, export.

Every route needs the presenter: the secret in the ``X-Poll-Key`` header (sent by the
presenter page, which keeps it in the browser, never in a URL), or, on a hub, a
signed-in admin (:mod:`.hub`). Anyone else gets 403 and a message.
"""

from __future__ import annotations

import hmac

from .base import Base
from .checks import check_code
from .snapshot import snapshot
from .views import presenter_view

__all__ = ["PRESENTER_WAIT", "routes"]

PRESENTER_WAIT = 0.8
"""Longest the presenter's long poll waits [s]: the page hears from the server at least once
a second, so a lost connection shows at once."""

ONLY_PRESENTER = "Only the presenter can do this (presenter key or hub admin needed)."


class Presenter(Base):
    """Base of the presenter routes: refuses anyone who is not the presenter."""

    async def is_presenter(self) -> bool:
        sent = self.request.headers.get("X-Poll-Key", "")
        if sent and hmac.compare_digest(sent.encode(), self.settings["presenter_key"].encode()):
            return True
        hub = self.settings.get("presenter_auth")
        return hub is not None and await hub.is_admin(self)

    async def prepare(self) -> None:
        if not await self.is_presenter():
            self.refuse(403, ONLY_PRESENTER)

    def check_xsrf_cookie(self) -> None:
        """The presenter's requests carry a custom header, which no other site can send."""


class Polls(Presenter):
    """``POST api/polls`` ``{"source", "where", "question", "seed"}``: a new open poll."""

    async def post(self) -> None:
        async def run():
            data = self.body_json()
            columns = snapshot(
                data.get("source"), data.get("where"), data.get("question"), data.get("seed")
            )
            poll = self.store.create(columns)
            self.reply({"code": poll.code, "join_url": self.join_url(poll.code)}, 201)

        await self.guarded(run)


class Move(Presenter):
    """``POST api/polls/<code>/<open|close|reveal>``."""

    async def post(self, code: str, action: str) -> None:
        async def run():
            poll = self.store.move(code, action)
            self.notifier.bump(poll.code, "moves", "changes")
            self.reply({"state": poll.state})

        await self.guarded(run)


class Watch(Presenter):
    """``GET api/polls/<code>?since=N``: the presenter's view once newer than version N."""

    async def get(self, code: str) -> None:
        async def run():
            poll = await self.newer(code, "changes", PRESENTER_WAIT)
            view = presenter_view(poll, self.store.results(code), self.join_url(poll.code))
            self.reply({**view, "version": poll.changes})

        await self.guarded(run)


class Export(Presenter):
    """``GET api/polls/<code>/export.csv``: one row per student."""

    async def get(self, code: str) -> None:
        async def run():
            text = self.store.export_csv(code)
            self.set_header("Content-Type", "text/csv; charset=utf-8")
            name = f"poll-{check_code(code)}.csv"
            self.set_header("Content-Disposition", f'attachment; filename="{name}"')
            self.finish(text)

        await self.guarded(run)


def routes(base: str, code: str) -> list:
    """The presenter's routes below ``base``."""
    return [
        (rf"{base}api/polls", Polls),
        (rf"{base}api/polls/{code}/(open|close|reveal)", Move),
        (rf"{base}api/polls/{code}", Watch),
        (rf"{base}api/polls/{code}/export.csv", Export),
    ]
