"""deploy/z2jh/config.yaml validates as helm validates it: deep-merged onto the chart's
default values, then checked against the chart's values schema (JSON Schema draft 7).

The chart's values.yaml and values.schema.yaml are copied unchanged into
deploy/z2jh/reference/ (BSD-3-Clause, LICENSE beside them)."""

import copy
from pathlib import Path

import jsonschema
import pytest
import yaml

Z2JH = Path(__file__).parents[2] / "deploy" / "z2jh"
REFERENCE = Z2JH / "reference"


def merge(defaults: dict, values: dict) -> dict:
    """Helm's coalescing of a values file onto the chart's defaults: maps merge key by key,
    anything else (lists too) replaces the default, and null deletes the key."""
    merged = copy.deepcopy(defaults)
    for key, value in values.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _load(name: str):
    return yaml.safe_load((REFERENCE / name).read_text())


@pytest.fixture(scope="module")
def validator():
    """The chart's values schema as a draft-7 validator."""
    schema = _load("values.schema.yaml")
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="module")
def values():
    """The class's config merged onto the chart's defaults."""
    return merge(_load("values.yaml"), yaml.safe_load((Z2JH / "config.yaml").read_text()))


def _errors(validator, values) -> list[str]:
    return [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(values)]


def test_merge_follows_helm_maps_merge_lists_replace_null_deletes():
    """The merge used here is helm's, on a small example."""
    defaults = {"a": {"b": 1, "c": [1, 2]}, "d": 1}
    assert {"a": {"b": 1, "c": [3]}} == merge(defaults, {"a": {"c": [3]}, "d": None})


def test_the_charts_defaults_alone_are_valid(validator):
    """The copied schema accepts the copied defaults (the two files belong together)."""
    assert [] == _errors(validator, _load("values.yaml"))


def test_the_class_config_is_valid_on_the_charts_defaults(validator, values):
    """config.yaml merged onto the defaults passes the chart's schema."""
    assert [] == _errors(validator, values)


def test_a_misspelt_key_fails_the_schema(validator, values):
    """The check can fail: a typo in a limit is rejected, as helm would reject it."""
    broken = merge(values, {"singleuser": {"memory": {"limt": "1G"}}})
    assert ["singleuser.memory: Additional properties are not allowed ('limt' was unexpected)"] == (
        _errors(validator, broken)
    )


def test_each_student_gets_voila_on_the_start_page_with_limits_and_culling(values):
    """Voilà behind the hub's OAuth as the server, the start page, limits, culling."""
    user = values["singleuser"]
    assert ["python", "/home/jovyan/deploy/hub/voila_singleuser.py"] == user["cmd"]
    assert "/voila/render/00_start_here.ipynb" == user["defaultUrl"]
    assert ("1G", 1) == (user["memory"]["limit"], user["cpu"]["limit"])
    assert {"enabled": True, "timeout": 1800} == {
        k: values["cull"][k] for k in ("enabled", "timeout")
    }
    assert user["networkPolicy"]["egressAllowRules"]["nonPrivateIPs"] is False


def test_course_sign_in_is_the_same_as_on_one_machine(values):
    """NativeAuthenticator with the teacher's approval, as deploy/hub's course mode."""
    config = values["hub"]["config"]
    assert "native" == config["JupyterHub"]["authenticator_class"]
    assert config["NativeAuthenticator"]["open_signup"] is False
    assert ["teacher"] == config["Authenticator"]["admin_users"]


def test_saved_progress_lives_on_the_students_volume(values):
    """The progress file is on the per-student volume, mounted beside the repository."""
    user = values["singleuser"]
    mount = user["storage"]["homeMountPath"]
    assert "/home/jovyan/saved" == mount
    assert user["extraEnv"]["SPINEMET_PROGRESS"].startswith(mount + "/")
