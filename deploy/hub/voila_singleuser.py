"""Each student's server on the hub: standalone Voilà behind JupyterHub's OAuth.

The hub starts this script (``Spawner.cmd``) once per signed-in user, with the usual
``JUPYTERHUB_*`` environment (address, prefix, OAuth client). It runs Voilà's own server, not
a Jupyter server with Voilà as an extension, so the routes a student can reach are Voilà's:

- the dashboards (``voila/render/…``), their static files and the images next to them;
- the websocket of a kernel that a dashboard started, on which Voilà forwards only widget
  (comm) messages, ``kernel_info_request`` and ``shutdown_request``: an ``execute_request``
  is dropped, so no code other than the notebooks' runs;
- nothing else: no JupyterLab, no ``/tree``, no terminals, no contents API (Voilà's own
  listing API is removed here too), no ``POST /api/kernels``.

Every request is checked with JupyterHub's identity provider (the hub's OAuth cookie,
``access:servers!user=<name>``), so a student reaches only their own server. ``/`` goes to
the start page (``Spawner.default_url``). Voilà reads the project's ``voila.json`` (code and
tracebacks hidden, the project's template) and serves ``notebooks/``.

The hub logs "Single-user server has no version header" for each server it starts: it asks
``<prefix>api`` for a Jupyter server's version, a route this server deliberately lacks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from jupyterhub.singleuser.extension import JupyterHubAuthorizer, JupyterHubIdentityProvider
from jupyterhub.utils import url_path_join
from tornado.web import RedirectHandler
from traitlets.config import Config
from voila.app import Voila

ROOT = Path(__file__).resolve().parents[2]
START_PAGE = "/voila/render/00_start_here.ipynb"


class HubIdentityProvider(JupyterHubIdentityProvider):
    """JupyterHub's OAuth for Voilà: its callback and logout routes under the user's prefix
    (Voilà adds an identity provider's routes as they are, where a Jupyter server would
    prefix them)."""

    def get_handlers(self):
        prefix = os.environ["JUPYTERHUB_SERVICE_PREFIX"]
        return [(url_path_join(prefix, route), *rest) for route, *rest in super().get_handlers()]


class HubVoila(Voila):
    """Voilà with the listing API removed and ``/`` sent to the start page."""

    def init_handlers(self):
        prefix = self.server_url
        kept = [
            handler
            for handler in super().init_handlers()
            if "/voila/api/contents" not in handler[0] and handler[0] != prefix
        ]
        start = url_path_join(prefix, os.environ.get("JUPYTERHUB_DEFAULT_URL", START_PAGE))
        return [(prefix, RedirectHandler, {"url": start}), *kept]


def voila_argv(environ: dict[str, str] | os._Environ = os.environ) -> list[str]:
    """Voilà's command line for the address and prefix the hub gave in ``environ``.

    >>> voila_argv({"JUPYTERHUB_SERVICE_URL": "http://127.0.0.1:5001/user/ana/",
    ...             "JUPYTERHUB_SERVICE_PREFIX": "/user/ana/"})[1:4]
    ['--Voila.ip=127.0.0.1', '--port=5001', '--Voila.base_url=/user/ana/']
    """
    url = urlsplit(environ["JUPYTERHUB_SERVICE_URL"])
    return [
        "--no-browser",
        f"--Voila.ip={url.hostname}",
        f"--port={url.port}",
        f"--Voila.base_url={environ['JUPYTERHUB_SERVICE_PREFIX']}",
        "--Voila.port_retries=0",
        f"--Voila.config_file_paths={ROOT}",
        str(ROOT / "notebooks"),
    ]


def main() -> None:
    """Start the student's Voilà (blocks until the hub stops it)."""
    config = Config()
    config.Voila.identity_provider_class = HubIdentityProvider
    config.Voila.authorizer_class = JupyterHubAuthorizer
    os.chdir(ROOT)
    HubVoila.launch_instance(voila_argv(), config=config)


if __name__ == "__main__":
    sys.exit(main())
