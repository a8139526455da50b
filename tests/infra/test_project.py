"""Project metadata: one version, pinned tool groups, pre-commit hooks, pytest's options."""

import json
import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import spinemet_core

ROOT = Path(__file__).parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_version_is_read_from_the_package_by_the_build():
    """pyproject.toml takes its version from spinemet_core.__version__ and writes none."""
    project = PYPROJECT["project"]
    assert ["version"] == project["dynamic"]
    assert "version" not in project
    assert {"path": "spinemet_core/__init__.py"} == PYPROJECT["tool"]["hatch"]["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", spinemet_core.__version__)


def test_citation_file_states_the_packages_version():
    """CITATION.cff cites the version the package carries."""
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert spinemet_core.__version__ == str(citation["version"])


def test_how_to_cite_texts_state_the_packages_version():
    """The README and the start page's "How to cite" name the version the package carries."""
    start = json.loads((ROOT / "notebooks" / "00_start_here.ipynb").read_text())
    cite = "".join(
        "".join(c["source"]) for c in start["cells"] if "How to cite" in "".join(c["source"])
    )
    readme = (ROOT / "README.md").read_text()
    stated = re.findall(r"version (\d+\.\d+\.\d+)", cite + readme)
    assert 2 <= len(stated)
    assert {spinemet_core.__version__} == set(stated)


def test_every_tool_of_the_dependency_groups_is_pinned_in_requirements_test():
    """Each test/lint group entry has an exact pin in requirements-test.txt that it admits."""
    pins = _pins(ROOT / "requirements-test.txt")
    groups = PYPROJECT["dependency-groups"]
    assert {"test", "lint"} == set(groups)
    for entry in groups["test"] + groups["lint"]:
        requirement = Requirement(entry)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{entry} is not pinned in requirements-test.txt"
        assert requirement.specifier.contains(pins[name]), f"{entry} excludes {pins[name]}"


def test_pre_commit_runs_ruff_and_nbstripout_offline_with_the_pinned_tools():
    """Local hooks only (nothing fetched), calling the .venv's pinned ruff and nbstripout."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    assert ["local"] == [repo["repo"] for repo in config["repos"]]
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    assert ["ruff-check", "ruff-format", "nbstripout"] == list(hooks)
    pins = _pins(ROOT / "requirements-test.txt")
    lint = {canonicalize_name(Requirement(e).name) for e in PYPROJECT["dependency-groups"]["lint"]}
    for hook in hooks.values():
        assert "system" == hook["language"]
        tool = hook["entry"].split()[0]
        assert tool.startswith(".venv/bin/")
        name = canonicalize_name(tool.removeprefix(".venv/bin/"))
        assert name in pins and name in lint


def test_pytest_collects_doctests_of_the_package_and_the_tests_once():
    """--doctest-modules is in addopts over spinemet_core and tests; make passes no copy."""
    options = PYPROJECT["tool"]["pytest"]["ini_options"]
    assert "--doctest-modules" in options["addopts"]
    assert ["spinemet_core", "tests"] == options["testpaths"]
    recipes = [line for line in (ROOT / "Makefile").read_text().splitlines() if line[:1] == "\t"]
    assert [] == [line for line in recipes if "--doctest-modules" in line]
    assert any("pytest spinemet_core tests notebooks" in line for line in recipes)
