"""What every route of the poll server shares: JSON replies and refusals, the client's
network address for the flood limits, and logs that never name that address."""

from __future__ import annotations

import json
import logging

import tornado.web

from spinemet_core.errors import InvalidInputError

from .notify import Notifier
from .store import PollClosed, PollFull, PollNotFound, PollStore

__all__ = ["COOKIE", "TOO_MANY_MISSES", "Base", "log_request"]

COOKIE = "spinemet_poll"
"""The signed cookie holding a student's random token."""
TOO_MANY_MISSES = "Too many unknown codes from this network: wait a minute, then try again."
log = logging.getLogger("spinemet_poll")


def log_request(handler: tornado.web.RequestHandler) -> None:
    """Tornado's access log without the client's address (nothing identifies a student)."""
    status = handler.get_status()
    level = logging.INFO if status < 400 else logging.WARNING
    took = 1000 * handler.request.request_time()
    logging.getLogger("tornado.access").log(
        level, "%d %s %s %.1f ms", status, handler.request.method, handler.request.path, took
    )


class Base(tornado.web.RequestHandler):
    """Shared helpers: JSON replies, errors as ``{"error", "field"}``, the store."""

    @property
    def store(self) -> PollStore:
        return self.settings["store"]

    @property
    def notifier(self) -> Notifier:
        return self.settings["notifier"]

    def reply(self, data, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(data))

    def refuse(self, status: int, message: str, field: str | None = None) -> None:
        self.reply({"error": message, "field": field}, status)

    def body_json(self) -> dict:
        try:
            data = json.loads(self.request.body or b"{}")
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python reads
            data = None
        if not isinstance(data, dict):
            raise InvalidInputError("body", "(not JSON)", 'a JSON object such as {"answer": ...}')
        return data

    def since(self) -> int:
        """The ``since`` query argument: the version the page has (-1: none yet)."""
        text = self.get_query_argument("since", "-1")
        try:
            return int(text)
        except ValueError:
            raise InvalidInputError("since", text, "a whole number (a version)") from None

    async def newer(self, code: str, counter: str, timeout: float):
        """The poll, once its ``counter`` differs from ``since`` (or after ``timeout`` [s])."""
        poll, since = self.store.get(code), self.since()
        if getattr(poll, counter) == since:
            await self.notifier.wait(counter, poll.code, since, timeout)
            poll = self.store.get(code)
        return poll

    def join_url(self, code: str) -> str:
        public = self.settings.get("public_url")
        root = public or f"{self.scheme()}://{self.request.host}{self.settings['base']}"
        return f"{root.rstrip('/')}/j/{code}"

    def client_address(self) -> str:
        """The network address the request comes from, for the flood limits only (never
        stored or logged). Behind the proxy: the entry the proxy appended last to
        X-Forwarded-For; other forwarding headers (X-Real-Ip) come from the client and are
        ignored. Without a proxy: the connection's address."""
        if self.settings["behind_proxy"]:
            forwarded = self.request.headers.get("X-Forwarded-For", "").split(",")[-1].strip()
            if forwarded:
                return forwarded
        return self.request.remote_ip

    def scheme(self) -> str:
        """``http`` or ``https`` as the client sees it (the proxy's X-Forwarded-Proto)."""
        if self.settings["behind_proxy"]:
            proto = self.request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip()
            if proto in ("http", "https"):
                return proto
        return self.request.protocol

    def write_error(self, status_code: int, **kwargs) -> None:
        self.refuse(status_code, self._reason)

    def log_exception(self, typ, value, tb) -> None:
        """An error's log line names the method and path, never the client's address."""
        if isinstance(value, tornado.web.HTTPError):
            log.warning(
                "%d %s %s: %s",
                value.status_code,
                self.request.method,
                self.request.path,
                value.log_message or "",
            )
        else:
            log.error(
                "Uncaught exception %s %s",
                self.request.method,
                self.request.path,
                exc_info=(typ, value, tb),
            )

    async def guarded(self, action) -> None:
        """Run ``action``; turn the poll errors into clear refusals."""
        try:
            await action()
        except InvalidInputError as exc:
            self.refuse(400, str(exc), exc.field)
        except PollNotFound as exc:
            if self.settings["misses"].take(self.client_address()):
                self.refuse(404, str(exc), "code")
            else:
                self.refuse(429, TOO_MANY_MISSES, "code")
        except PollClosed as exc:
            self.refuse(409, str(exc))
        except PollFull as exc:
            self.refuse(429, str(exc))

    def token(self) -> str | None:
        """The student token of this browser (its signed cookie), or ``None``."""
        value = self.get_signed_cookie(COOKIE, max_age_days=2)
        return value.decode("ascii") if value else None
