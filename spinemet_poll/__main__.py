"""Run the poll server: ``python -m spinemet_poll [--ip 127.0.0.1] [--port 8867]``.

It migrates the database (``alembic upgrade head``), makes the presenter's secret at
first start and prints the presenter's sign-in address once: opening it stores the
secret in that browser, whose "Start poll" links then work.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os

from .db import database_url, make_engine, state_folder, upgrade
from .keys import COOKIE_ENV, PRESENTER_ENV, read_or_make
from .server import http_server, make_app
from .store import PollStore

PORT = 8867
"""The poll server's default port (Voilà's is 8866)."""


def _arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m spinemet_poll", description=__doc__)
    parser.add_argument("--ip", default=os.environ.get("SPINEMET_POLL_IP", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("SPINEMET_POLL_PORT", PORT)))
    parser.add_argument(
        "--base-url",
        default=os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/"),
        help="path the server answers below, e.g. /services/poll/",
    )
    parser.add_argument(
        "--public-url",
        default=os.environ.get("SPINEMET_POLL_PUBLIC_URL"),
        help="address students open (default: the presenter page's host)",
    )
    parser.add_argument(
        "--behind-proxy",
        action=argparse.BooleanOptionalAction,
        default=bool(os.environ.get("JUPYTERHUB_SERVICE_NAME")),
        help="read the client's address from the proxy's headers (default: as a hub service)",
    )
    return parser.parse_args(argv)


def banner(args: argparse.Namespace, base: str, key: str, dialect: str) -> list[str]:
    """What the server prints at its start: where students go and the presenter's sign-in.

    Both name the public address when one is given: the phones in the room open it, and
    the presenter's browser keeps the key for the address where it signed in, which must
    be the one the dashboards' Start poll links open.

    >>> args = _arguments(["--ip=0.0.0.0", "--public-url=http://192.168.1.20:8867"])
    >>> banner(args, "/", "KEY", "sqlite")[1].split(": ", 1)[1]
    'http://192.168.1.20:8867/present#key=KEY'
    """
    url = (args.public_url or f"http://{args.ip}:{args.port}{base}").rstrip("/") + "/"
    lines = [
        f"  spinemet live polls on {url}  (students: {url}j/<code>; storage: {dialect})",
        f"  Presenter sign-in (once per browser, keep private): {url}present#key={key}",
    ]
    if args.ip == "0.0.0.0" and not args.public_url:
        lines.append(
            "  Give --public-url (this machine's address that phones reach) for the QR code"
        )
    return lines


async def _serve(args: argparse.Namespace) -> None:
    base = "/" + args.base_url.strip("/") + "/" if args.base_url.strip("/") else "/"
    engine = make_engine()
    upgrade(engine)
    folder = state_folder()
    key = read_or_make(folder, "presenter.key", PRESENTER_ENV)
    hub = None
    if os.environ.get("JUPYTERHUB_SERVICE_NAME"):
        from .hub import HubPresenter

        hub = HubPresenter()
    app = make_app(
        PollStore(engine),
        key,
        read_or_make(folder, "cookie.key", COOKIE_ENV),
        base=base,
        public_url=args.public_url,
        presenter_auth=hub,
        behind_proxy=args.behind_proxy,
    )
    http_server(app).listen(args.port, args.ip)
    print("\n".join(banner(args, base, key, engine.dialect.name)))
    await asyncio.Event().wait()


def main(argv=None) -> None:
    """Parse the arguments and serve until interrupted."""
    logging.basicConfig(level=logging.WARNING)
    database_url()
    asyncio.run(_serve(_arguments(argv)))


if __name__ == "__main__":
    main()
