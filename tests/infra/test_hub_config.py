"""The class hub's configuration (deploy/hub/jupyterhub_config.py) and its single-user
server's command line (deploy/hub/voila_singleuser.py), read without starting anything."""

import runpy
import subprocess
from pathlib import Path

import pytest
from traitlets.config import Config

ROOT = Path(__file__).parents[2]
HUB = ROOT / "deploy" / "hub"


def _load(monkeypatch, state: Path, mode: str = "lecture") -> Config:
    monkeypatch.setenv("SPINEMET_HUB_MODE", mode)
    monkeypatch.setenv("SPINEMET_HUB_STATE", str(state))
    config = Config()
    runpy.run_path(str(HUB / "jupyterhub_config.py"), init_globals={"get_config": lambda: config})
    return config


def test_secrets_are_generated_once_into_the_private_state_folder(monkeypatch, tmp_path):
    """First start writes a random cookie secret and proxy token (0600) into a 0700 folder;
    the next start reuses them."""
    state = tmp_path / "state"
    first = _load(monkeypatch, state)
    secret = state / "cookie_secret"
    token = state / "proxy_auth_token"
    assert 0o700 == state.stat().st_mode & 0o777
    assert (0o600, 0o600) == (secret.stat().st_mode & 0o777, token.stat().st_mode & 0o777)
    assert 64 == len(token.read_text()) == len(secret.read_text())
    assert str(secret) == first.JupyterHub.cookie_secret_file
    assert token.read_text() == first.ConfigurableHTTPProxy.auth_token
    again = _load(monkeypatch, state)
    assert first.ConfigurableHTTPProxy.auth_token == again.ConfigurableHTTPProxy.auth_token


def test_no_secret_appears_in_an_address(monkeypatch, tmp_path):
    """Neither secret is part of any URL the hub is configured with."""
    config = _load(monkeypatch, tmp_path)
    token = config.ConfigurableHTTPProxy.auth_token
    urls = [config.JupyterHub.bind_url, config.JupyterHub.hub_bind_url]
    urls.append(config.ConfigurableHTTPProxy.api_url)
    assert [] == [url for url in urls if token in url]


def test_the_default_state_folder_is_ignored_by_git():
    """deploy/hub/.state/ (database, secrets, homes) can never be committed."""
    result = subprocess.run(
        ["git", "check-ignore", "-q", str(HUB / ".state" / "cookie_secret")], cwd=ROOT
    )
    assert 0 == result.returncode


def test_hub_listens_on_loopback_by_default_and_keeps_its_apis_there(monkeypatch, tmp_path):
    """Students connect on 127.0.0.1:8000 unless told otherwise; the APIs stay local."""
    for name in ("SPINEMET_HUB_IP", "SPINEMET_HUB_PORT"):
        monkeypatch.delenv(name, raising=False)
    config = _load(monkeypatch, tmp_path)
    assert "http://127.0.0.1:8000/" == config.JupyterHub.bind_url
    assert config.JupyterHub.hub_bind_url.startswith("http://127.0.0.1:")
    assert config.ConfigurableHTTPProxy.api_url.startswith("http://127.0.0.1:")
    monkeypatch.setenv("SPINEMET_HUB_IP", "0.0.0.0")
    assert "http://0.0.0.0:8000/" == _load(monkeypatch, tmp_path).JupyterHub.bind_url


@pytest.mark.parametrize(
    ("mode", "authenticator", "culls_users"),
    [
        ("lecture", "tmpauthenticator.TmpAuthenticator", True),
        ("course", "nativeauthenticator.NativeAuthenticator", False),
    ],
)
def test_each_mode_chooses_its_sign_in_and_culls_idle_servers(
    monkeypatch, tmp_path, mode, authenticator, culls_users
):
    """lecture: temporary accounts, removed when culled; course: approved named accounts."""
    config = _load(monkeypatch, tmp_path, mode)
    assert authenticator == config.JupyterHub.authenticator_class
    services = {service["name"]: service for service in config.JupyterHub.services}
    culler = services["idle-culler"]
    assert ["-m", "jupyterhub_idle_culler"] == culler["command"][1:3]
    assert "--timeout=1800" in culler["command"]
    assert culls_users == ("--cull-users=True" in culler["command"])


def test_course_mode_needs_the_teachers_approval(monkeypatch, tmp_path):
    """Sign-ups wait for the teacher (an admin) to approve them."""
    config = _load(monkeypatch, tmp_path, "course")
    assert config.NativeAuthenticator.open_signup is False
    assert {"teacher"} == config.Authenticator.admin_users


def test_an_unknown_mode_stops_the_hub(monkeypatch, tmp_path):
    """A typo in the mode is an error, not a silent default."""
    with pytest.raises(SystemExit, match="SPINEMET_HUB_MODE must be one of"):
        _load(monkeypatch, tmp_path, "seminar")


def test_every_student_server_is_the_projects_voila_on_the_start_page(monkeypatch, tmp_path):
    """The spawner starts voila_singleuser.py, landing on the start page, homes in state."""
    config = _load(monkeypatch, tmp_path)
    assert str(HUB / "voila_singleuser.py") == config.Spawner.cmd[1]
    assert "/voila/render/00_start_here.ipynb" == config.Spawner.default_url
    assert str(tmp_path / "homes" / "{username}") == config.StudentSpawner.home_dir_template


def test_single_user_voila_listens_where_the_hub_says_and_serves_the_notebooks():
    """Address, port and prefix come from the hub's environment; the project's voila.json
    applies and notebooks/ is served."""
    server = runpy.run_path(str(HUB / "voila_singleuser.py"), run_name="voila_singleuser")
    argv = server["voila_argv"](
        {
            "JUPYTERHUB_SERVICE_URL": "http://127.0.0.1:5001/user/ana/",
            "JUPYTERHUB_SERVICE_PREFIX": "/user/ana/",
        }
    )
    assert [
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        "--port=5001",
        "--Voila.base_url=/user/ana/",
        "--Voila.port_retries=0",
        f"--Voila.config_file_paths={ROOT}",
        str(ROOT / "notebooks"),
    ] == argv


def test_live_polls_run_as_a_hub_service_that_dashboards_find(monkeypatch, tmp_path):
    """The poll server is the service /services/poll/, its state in the hub's state folder."""
    config = _load(monkeypatch, tmp_path)
    services = {service["name"]: service for service in config.JupyterHub.services}
    poll = services["poll"]
    assert ["-m", "spinemet_poll"] == poll["command"][1:3]
    assert str(tmp_path / "poll") == poll["environment"]["SPINEMET_POLL_STATE"]
    assert "/services/poll/" == config.Spawner.environment["SPINEMET_POLL_URL"]
