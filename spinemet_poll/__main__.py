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
    return parser.parse_args(argv)


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
    )
    http_server(app).listen(args.port, args.ip)
    url = f"http://{args.ip}:{args.port}{base}"
    dialect = engine.dialect.name
    print(f"  spinemet live polls on {url}  (students: {url}j/<code>; storage: {dialect})")
    print(f"  Presenter sign-in (once per browser, keep private): {url}present#key={key}")
    await asyncio.Event().wait()


def main(argv=None) -> None:
    """Parse the arguments and serve until interrupted."""
    logging.basicConfig(level=logging.WARNING)
    database_url()
    asyncio.run(_serve(_arguments(argv)))


if __name__ == "__main__":
    main()
