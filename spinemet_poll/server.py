"""The poll server: student pages and their API (this module), presenter API (:mod:`.presenter`).

Students cost no Python kernel: a page is static HTML and JavaScript, and an answer is
one small HTTP request. Routes, below the base URL (``/`` alone, ``/services/poll/`` on a hub):

- ``j/<code>``: the student page (a random token cookie is made here, nothing else
  identifies the student); ``GET api/poll/<code>?since=N`` its view (long-polled);
  ``POST api/poll/<code>/answer`` an answer; ``api/poll/<code>/qr.svg`` the join QR code;
- ``present``: the presenter page, which drives the ``api/polls`` routes.
"""

from __future__ import annotations

import html
import io
import json
import logging
import secrets
from pathlib import Path

import segno
import tornado.httpserver
import tornado.web

from spinemet_core.errors import InvalidInputError

from .checks import check_code
from .limits import Buckets
from .notify import Notifier
from .store import PollClosed, PollFull, PollNotFound, PollStore
from .views import student_view

__all__ = ["COOKIE", "MAX_BODY", "http_server", "make_app"]

COOKIE = "spinemet_poll"
STATIC = Path(__file__).with_name("static")
TOO_MANY_MISSES = "Too many unknown codes from this network: wait a minute, then try again."
MAX_BODY = 16 * 1024
"""Largest request body the server reads [bytes]: an answer is a few dozen bytes."""
STUDENT_WAIT = 15.0
"""Longest a student's long poll waits for a change of the poll's state [s]."""


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
        root = public or f"{self.request.protocol}://{self.request.host}{self.settings['base']}"
        return f"{root.rstrip('/')}/j/{code}"

    def write_error(self, status_code: int, **kwargs) -> None:
        self.refuse(status_code, self._reason)

    async def guarded(self, action) -> None:
        """Run ``action``; turn the poll errors into clear refusals."""
        try:
            await action()
        except InvalidInputError as exc:
            self.refuse(400, str(exc), exc.field)
        except PollNotFound as exc:
            if self.settings["misses"].take(self.request.remote_ip):
                self.refuse(404, str(exc), "code")
            else:
                self.refuse(429, TOO_MANY_MISSES, "code")
        except PollClosed as exc:
            self.refuse(409, str(exc))
        except PollFull as exc:
            self.refuse(429, str(exc))


class Page(Base):
    """A static page with the shared ``head.html`` and the base URL filled in
    (``student.html``, ``present.html``)."""

    def initialize(self, name: str) -> None:
        self.name = name

    def get(self, code: str | None = None) -> None:
        status, notice = self.join(code) if self.name == "student.html" else (200, "")
        head = (STATIC / "head.html").read_text(encoding="utf-8")
        page = (STATIC / self.name).read_text(encoding="utf-8").replace("{{head}}", head.strip())
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        hub = "1" if self.settings["presenter_auth"] else ""
        for name, value in (("base", self.settings["base"]), ("hub", hub), ("notice", notice)):
            page = page.replace("{{" + name + "}}", html.escape(value))
        self.finish(page)

    def join(self, code: str | None) -> tuple[int, str]:
        """The student page's status and notice for ``j/<code>``; gives a new browser its token.

        Limits are per network address, kept in memory only: unknown codes (someone trying
        codes) and new tokens (a script answering again and again under new names).
        """
        if code is None:
            return 200, ""
        address = self.request.remote_ip
        try:
            self.store.get(code)
        except (PollNotFound, InvalidInputError):
            if not self.settings["misses"].take(address):
                return 429, TOO_MANY_MISSES
            return 404, f"No poll has the code {code}: type the code shown on the screen."
        if self.token():
            return 200, ""
        if not self.settings["joins"].take(address):
            return 429, "Too many students are joining from this network at once: reload soon."
        self.set_signed_cookie(
            COOKIE,
            secrets.token_urlsafe(16),
            expires_days=2,
            httponly=True,
            samesite="Lax",
            path=self.settings["base"],
        )
        return 200, ""

    def token(self) -> str | None:
        value = self.get_signed_cookie(COOKIE, max_age_days=2)
        return value.decode("ascii") if value else None


class StudentView(Page):
    """``GET api/poll/<code>?since=N``: the student's view, when newer than version N."""

    async def get(self, code: str) -> None:
        async def run():
            poll = await self.newer(code, "moves", STUDENT_WAIT)
            token = self.token()
            mine = self.store.answer_of(code, token) if token else None
            self.reply({**student_view(poll, mine), "version": poll.moves})

        await self.guarded(run)


class StudentAnswer(Page):
    """``POST api/poll/<code>/answer`` with ``{"answer", "confidence"}``."""

    async def post(self, code: str) -> None:
        token = self.token()
        if token is None:
            self.refuse(403, "Open the poll's page first (its link or QR code).")
            return
        if not self.settings["answers"].take(token):
            self.refuse(429, "Too many answers in a short time: wait a few seconds.")
            return

        async def run():
            data = self.body_json()
            self.store.submit(code, token, data.get("answer"), data.get("confidence"))
            self.notifier.bump(check_code(code), "changes")
            self.reply({"saved": True})

        await self.guarded(run)


class QRCode(Base):
    """``GET api/poll/<code>/qr.svg``: the join address as a QR code (SVG, made here)."""

    async def get(self, code: str) -> None:
        async def run():
            poll = self.store.get(code)
            # A standalone SVG file (with its namespace), which an <img> can show.
            svg = io.BytesIO()
            qr = segno.make(self.join_url(poll.code), error="m")
            qr.save(svg, kind="svg", scale=8, border=2, dark="#000", light="#fff")
            self.set_header("Content-Type", "image/svg+xml")
            self.finish(svg.getvalue())

        await self.guarded(run)


def _log_request(handler: tornado.web.RequestHandler) -> None:
    """Tornado's access log without the client's address (nothing identifies a student)."""
    status = handler.get_status()
    level = logging.INFO if status < 400 else logging.WARNING
    took = 1000 * handler.request.request_time()
    logging.getLogger("tornado.access").log(
        level, "%d %s %s %.1f ms", status, handler.request.method, handler.request.path, took
    )


def make_app(
    store: PollStore,
    presenter_key: str,
    cookie_secret: str,
    *,
    base: str = "/",
    public_url: str | None = None,
    presenter_auth=None,
    behind_proxy: bool = False,
) -> tornado.web.Application:
    """The tornado application of the poll server below ``base`` (ends with ``/``).

    ``presenter_key`` is the presenter's secret; ``presenter_auth`` (optional) a
    :class:`~.hub.HubPresenter` that also lets the hub's admins present. ``behind_proxy``:
    the client's address comes from the proxy's X-Forwarded-For / X-Real-Ip headers (only
    behind a proxy, such as the hub's, where a client cannot set them itself).
    """
    from .presenter import routes as presenter_routes

    code = r"([A-Za-z0-9]{4,8})"
    routes = [
        (rf"{base}", Page, {"name": "student.html"}),
        (rf"{base}j/{code}/?", Page, {"name": "student.html"}),
        (rf"{base}api/poll/{code}", StudentView, {"name": "student.html"}),
        (rf"{base}api/poll/{code}/answer", StudentAnswer, {"name": "student.html"}),
        (rf"{base}api/poll/{code}/qr.svg", QRCode),
        (rf"{base}present", Page, {"name": "present.html"}),
        (rf"{base}static/(.*)", tornado.web.StaticFileHandler, {"path": str(STATIC)}),
        *presenter_routes(base, code),
        *(presenter_auth.routes(base) if presenter_auth else []),
    ]
    return tornado.web.Application(
        routes,
        base=base,
        store=store,
        notifier=Notifier(store.versions),
        presenter_key=presenter_key,
        cookie_secret=cookie_secret,
        public_url=public_url,
        presenter_auth=presenter_auth,
        answers=Buckets(capacity=6, rate=0.5),  # per student token
        joins=Buckets(capacity=300, rate=2.0),  # new tokens per network address
        misses=Buckets(capacity=30, rate=0.5),  # unknown codes per network address
        xheaders=behind_proxy,
        log_function=_log_request,
    )


def http_server(app: tornado.web.Application) -> tornado.httpserver.HTTPServer:
    """The HTTP server of ``app``: the proxy's headers read as ``make_app`` says, bodies of
    at most :data:`MAX_BODY` bytes (a larger one is refused before it is read)."""
    xheaders = app.settings["xheaders"]
    return tornado.httpserver.HTTPServer(app, xheaders=xheaders, max_body_size=MAX_BODY)
