"""Live polls in each set-up: the cluster files (deploy/z2jh) and the Makefile's targets."""

from pathlib import Path

import yaml

ROOT = Path(__file__).parents[2]
Z2JH = ROOT / "deploy" / "z2jh"


def test_the_cluster_registers_the_poll_service_and_tells_the_dashboards():
    """config.yaml names the poll service and gives the students' servers its address."""
    values = yaml.safe_load((Z2JH / "config.yaml").read_text())
    assert "http://spinemet-poll:8867" == values["hub"]["services"]["poll"]["url"]
    assert "/services/poll/" == values["singleuser"]["extraEnv"]["SPINEMET_POLL_URL"]


def test_the_poll_pod_runs_the_students_image_below_the_service_prefix():
    """poll.yaml: a Deployment of the students' image serving /services/poll/, and its Service."""
    values = yaml.safe_load((Z2JH / "config.yaml").read_text())
    deployment, service = yaml.safe_load_all((Z2JH / "poll.yaml").read_text())
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    image = values["singleuser"]["image"]
    env = {item["name"]: item.get("value") for item in container["env"]}
    assert f"{image['name']}:{image['tag']}" == container["image"]
    assert ("/services/poll/", "Service") == (env["JUPYTERHUB_SERVICE_PREFIX"], service["kind"])
    assert ["python", "-m", "spinemet_poll"] == container["command"][:3]


def test_dashboards_and_lecture_start_the_poll_server_and_test_installs_postgresql():
    """make dashboards and make lecture run the poll server beside Voilà; make test gets
    PostgreSQL for the poll tests."""
    makefile = (ROOT / "Makefile").read_text()
    recipes = {line.split(":")[0]: line for line in makefile.splitlines() if line[:1].isalpha()}
    assert "postgresql" in recipes["test"].split()
    assert 2 == sum("$(WITH_POLL)" in line for line in makefile.splitlines())
