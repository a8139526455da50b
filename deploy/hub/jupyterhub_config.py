"""JupyterHub for a class on one machine (``make hub``); see deploy/hub/README.md.

Everything is set by environment variables (the Makefile and the tests set them):

``SPINEMET_HUB_MODE``
    ``lecture`` (default): anonymous temporary accounts (jupyterhub-tmpauthenticator);
    ``course``: named accounts with passwords, signed up and approved by the teacher
    (jupyterhub-nativeauthenticator).
``SPINEMET_HUB_IP`` / ``SPINEMET_HUB_PORT``
    Where students connect (default ``127.0.0.1:8000``).
``SPINEMET_HUB_API_PORT`` / ``SPINEMET_HUB_PROXY_API_PORT``
    The hub's and the proxy's internal APIs, always on 127.0.0.1 (default 8081 / 8001).
``SPINEMET_HUB_STATE``
    The git-ignored folder with the database, the secrets and the students' homes
    (default ``deploy/hub/.state``).
``SPINEMET_HUB_ADMIN``
    The teacher's account name in course mode (default ``teacher``).
``SPINEMET_HUB_CULL_TIMEOUT``
    Seconds of inactivity after which a student's server is stopped (default 1800).
``SPINEMET_CHP``
    The configurable-http-proxy command (default: the copy ``make hub`` installs from npm).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from pathlib import Path

from jupyterhub.spawner import SimpleLocalProcessSpawner

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MODES = ("lecture", "course")

mode = os.environ.get("SPINEMET_HUB_MODE", "lecture")
if mode not in MODES:
    sys.exit(f"SPINEMET_HUB_MODE must be one of {MODES}, not {mode!r}")
state = Path(os.environ.get("SPINEMET_HUB_STATE", HERE / ".state")).resolve()
homes = state / "homes"
for folder in (state, homes):
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)


def secret_file(name: str) -> Path:
    """``state/<name>``, created with 32 random bytes (hex, mode 0600) on first start."""
    path = state / name
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(secrets.token_hex(32))
    return path


class StudentSpawner(SimpleLocalProcessSpawner):
    """Each student's Voilà (deploy/hub/voila_singleuser.py), run as the hub's own system
    user with ``HOME`` = ``state/homes/<name>`` (mode 0700).

    JupyterHub's ``SimpleLocalProcessSpawner`` gives no isolation between users because a
    Jupyter server lets them run code. This server does not (see voila_singleuser.py), so
    what a student can read is what Voilà serves: the dashboards, never a home folder.
    """

    def make_preexec_fn(self, name):
        """No uid switch and no work in the forked child: the home is made before."""
        return None


def make_home(spawner) -> None:
    """Create the student's home (0700) before their server starts."""
    home = Path(spawner.home_dir)
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    home.chmod(0o700)


def remove_temporary_home(spawner) -> None:
    """Lecture mode: a temporary account's home goes when its server stops."""
    shutil.rmtree(spawner.home_dir, ignore_errors=True)


c = get_config()  # noqa: F821 (JupyterHub's config loader provides it)

# Where students connect; the internal APIs stay on 127.0.0.1.
ip = os.environ.get("SPINEMET_HUB_IP", "127.0.0.1")
port = os.environ.get("SPINEMET_HUB_PORT", "8000")
c.JupyterHub.bind_url = f"http://{ip}:{port}/"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ.get('SPINEMET_HUB_API_PORT', '8081')}"
c.ConfigurableHTTPProxy.api_url = (
    f"http://127.0.0.1:{os.environ.get('SPINEMET_HUB_PROXY_API_PORT', '8001')}"
)
chp = ROOT / ".venv" / "chp" / "node_modules" / ".bin" / "configurable-http-proxy"
c.ConfigurableHTTPProxy.command = [os.environ.get("SPINEMET_CHP", str(chp))]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")

# Secrets and the database: generated into the state folder on first start (never in git,
# never in a URL: the proxy token reaches the proxy in its environment).
c.JupyterHub.cookie_secret_file = str(secret_file("cookie_secret"))
c.ConfigurableHTTPProxy.auth_token = secret_file("proxy_auth_token").read_text()
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True

# Every student's server is the project's Voilà, landing on the start page.
c.JupyterHub.spawner_class = StudentSpawner
c.StudentSpawner.home_dir_template = str(homes / "{username}")
c.Spawner.cmd = [sys.executable, str(HERE / "voila_singleuser.py")]
c.Spawner.default_url = "/voila/render/00_start_here.ipynb"
c.Spawner.environment = {
    "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
    "JUPYTER_PATH": str(ROOT / "share" / "jupyter"),
}
c.Spawner.pre_spawn_hook = make_home
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.allow_named_servers = False
c.JupyterHub.default_url = "/hub/spawn"

# Sign-in.
if mode == "lecture":
    c.JupyterHub.authenticator_class = "tmpauthenticator.TmpAuthenticator"
    c.Spawner.post_stop_hook = remove_temporary_home
    c.JupyterHub.shutdown_on_logout = True
else:
    c.JupyterHub.authenticator_class = "nativeauthenticator.NativeAuthenticator"
    c.Authenticator.admin_users = {os.environ.get("SPINEMET_HUB_ADMIN", "teacher")}
    c.NativeAuthenticator.open_signup = False
    c.NativeAuthenticator.minimum_password_length = 8
    c.NativeAuthenticator.check_common_password = True
    c.NativeAuthenticator.allowed_failed_logins = 5
    c.NativeAuthenticator.seconds_before_next_try = 60
# Anyone who reaches the hub may sign in (lecture); in course mode only the accounts the
# teacher approved can (NativeAuthenticator checks that itself).
c.Authenticator.allow_all = True
# A name is also a folder name: lower-case letters, digits, '.', '_' and '-' only.
c.Authenticator.username_pattern = r"^[a-z0-9][a-z0-9._-]{0,39}$"

# Idle servers are stopped by jupyterhub-idle-culler (and, in lecture mode, the temporary
# accounts are removed with them).
cull = ["--timeout=" + os.environ.get("SPINEMET_HUB_CULL_TIMEOUT", "1800"), "--cull-every=60"]
scopes = ["list:users", "read:users:activity", "read:servers", "delete:servers"]
if mode == "lecture":
    cull.append("--cull-users=True")
    scopes.append("admin:users")
c.JupyterHub.services = [
    {"name": "idle-culler", "command": [sys.executable, "-m", "jupyterhub_idle_culler", *cull]}
]
c.JupyterHub.load_roles = [{"name": "idle-culler", "scopes": scopes, "services": ["idle-culler"]}]

# Live polls (spinemet_poll, deploy/poll/README.md) as the hub service /services/poll/: students
# open it without an account (the join code or QR code); the hub's admins present after
# signing in through the hub, anyone else with the presenter key in state/poll/presenter.key.
# The polls are stored in state/poll/polls.sqlite unless SPINEMET_POLL_DB gives a database URL.
poll_port = os.environ.get("SPINEMET_HUB_POLL_PORT", "8868")
poll_env = {
    "PYTHONPATH": c.Spawner.environment["PYTHONPATH"],
    "SPINEMET_POLL_STATE": str(state / "poll"),
}
for name in ("SPINEMET_POLL_DB", "SPINEMET_POLL_PUBLIC_URL"):
    if os.environ.get(name):
        poll_env[name] = os.environ[name]
c.JupyterHub.services.append(
    {
        "name": "poll",
        "url": f"http://127.0.0.1:{poll_port}",
        "command": [sys.executable, "-m", "spinemet_poll", "--ip=127.0.0.1", f"--port={poll_port}"],
        "environment": poll_env,
        "oauth_no_confirm": True,
        "display": False,
    }
)
c.Spawner.environment["SPINEMET_POLL_URL"] = "/services/poll/"
