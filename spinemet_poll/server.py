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
import secrets
from pathlib import Path

import segno
import tornado.httpserver
import tornado.web

from spinemet_core.errors import InvalidInputError

from .base import COOKIE, TOO_MANY_MISSES, Base, log_request
from .checks import check_code
from .limits import Buckets
from .notify import Notifier
from .store import PollNotFound, PollStore
from .views import student_view

__all__ = ["COOKIE", "MAX_BODY", "http_server", "make_app"]

STATIC = Path(__file__).with_name("static")
MAX_BODY = 16 * 1024
"""Largest request body the server reads [bytes]: an answer is a few dozen bytes."""
STUDENT_WAIT = 15.0
"""Longest a student's long poll waits for a change of the poll's state [s]."""


class Page(Base):
    """A static page with the shared ``head.html`` and ``foot.html`` and the base URL filled
    in (``student.html``, ``present.html``)."""

    def initialize(self, name: str) -> None:
        self.name = name

    def get(self, code: str | None = None) -> None:
        status, notice = self.join(code) if self.name == "student.html" else (200, "")
        if status == 302:
            self.redirect(notice)
        else:
            self.render_page(status, notice)

    def render_page(self, status: int, notice: str = "") -> None:
        """The page with ``notice`` (shown by its script, for the student page)."""
        page = (STATIC / self.name).read_text(encoding="utf-8")
        for part in ("head", "foot"):  # what both pages share
            shared = (STATIC / f"{part}.html").read_text(encoding="utf-8").rstrip()
            page = page.replace("{{" + part + "}}", shared)
        script = self.name.replace(".html", ".js")
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        hub = "1" if self.settings["presenter_auth"] else ""
        values = {"base": self.settings["base"], "hub": hub, "notice": notice, "script": script}
        for name, value in values.items():
            page = page.replace("{{" + name + "}}", html.escape(value))
        self.finish(page)

    def write_error(self, status_code: int, **kwargs) -> None:
        """A page that fails says so on the page, never in bare JSON."""
        self.render_page(status_code, "The poll server had a problem: reload in a moment.")

    def join(self, code: str | None) -> tuple[int, str]:
        """The student page's status and notice for ``j/<code>`` (302 and the address of the
        code as the server writes it, for a code typed another way), and a new browser's token.

        Limits are per network address, kept in memory only: unknown codes (someone trying
        codes) and new tokens (a script answering again and again under new names).
        """
        if code is None:
            return 200, ""
        address = self.client_address()
        try:
            poll = self.store.get(code)
        except (PollNotFound, InvalidInputError):
            if not self.settings["misses"].take(address):
                return 429, TOO_MANY_MISSES
            shown = code.strip().strip("/")[:20]
            if not shown:
                return 404, "Type the code shown by the presenter."
            return 404, f"No poll has the code {shown}: type the code shown on the screen."
        canonical = f"{self.settings['base']}j/{poll.code}"
        if self.request.path != canonical:
            return 302, canonical
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


class StudentView(Base):
    """``GET api/poll/<code>?since=N``: the student's view, when newer than version N."""

    async def get(self, code: str) -> None:
        async def run():
            poll = await self.newer(code, "moves", STUDENT_WAIT)
            token = self.token()
            mine = self.store.answer_of(code, token) if token else None
            self.reply({**student_view(poll, mine), "version": poll.moves})

        await self.guarded(run)


class StudentAnswer(Base):
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
    the client's address and scheme come from the X-Forwarded-For and X-Forwarded-Proto
    that a proxy in front (the hub's) appends; never set it without one, since a client
    could then name any address.
    """
    from .presenter import routes as presenter_routes

    code = r"([A-Za-z0-9]{4,8})"
    routes = [
        (rf"{base}", Page, {"name": "student.html"}),
        (rf"{base}[jJ]/(.*)", Page, {"name": "student.html"}),  # any code: a page says why
        (rf"{base}api/poll/{code}", StudentView),
        (rf"{base}api/poll/{code}/answer", StudentAnswer),
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
        behind_proxy=behind_proxy,
        log_function=log_request,
    )


def http_server(app: tornado.web.Application) -> tornado.httpserver.HTTPServer:
    """The HTTP server of ``app``, reading bodies of at most :data:`MAX_BODY` bytes (a
    larger one is refused before it is read). Tornado's ``xheaders`` stays off: it would
    let a client's own X-Real-Ip name its address (:meth:`.base.Base.client_address`)."""
    return tornado.httpserver.HTTPServer(app, max_body_size=MAX_BODY)
