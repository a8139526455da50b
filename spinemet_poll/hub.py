"""The poll server as a JupyterHub service: the hub's admins present without the key.

JupyterHub starts the server (``deploy/hub/jupyterhub_config.py``) below
``/services/poll/`` with its service environment. Students need no hub account: their
pages and API are public. The presenter may sign in through the hub (OAuth of this
service); an admin of the hub (the teacher of course mode) is then the presenter.
Requests authorised by that sign-in must carry the ``X-Poll-Request`` header, which
other sites cannot send, so the hub cookie alone never moves a poll.
"""

from __future__ import annotations

import tornado.web
from jupyterhub.services.auth import HubOAuth, HubOAuthCallbackHandler, HubOAuthenticated

__all__ = ["HubPresenter"]


class HubLogin(HubOAuthenticated, tornado.web.RequestHandler):
    """``hub-login``: sign in through the hub, then back to the presenter page."""

    @tornado.web.authenticated
    def get(self) -> None:
        base = self.settings["base"]
        target = self.get_argument("next", f"{base}present")
        self.redirect(target if target.startswith(f"{base}present") else f"{base}present")


class HubPresenter:
    """Whether a request comes from a signed-in admin of the hub."""

    def __init__(self) -> None:
        self.oauth = HubOAuth.instance()

    async def is_admin(self, handler) -> bool:
        """True for a request with ``X-Poll-Request: 1`` and an admin's hub sign-in."""
        if handler.request.headers.get("X-Poll-Request") != "1":
            return False
        user = await self.oauth.get_user(handler, sync=False)
        return bool(user and user.get("admin"))

    @staticmethod
    def routes(base: str) -> list:
        """The OAuth callback and the sign-in route below ``base``."""
        return [
            (rf"{base}oauth_callback", HubOAuthCallbackHandler),
            (rf"{base}hub-login", HubLogin),
        ]
