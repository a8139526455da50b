"""The spinemet wheel (what Binder's pip install and the static edition's Pyodide install)
ships the case bank with its templates, and bank_folder() finds them in it.

Building the wheel needs hatchling, the static toolchain's build backend
(requirements-static.txt, installed into ``.venv-static`` by ``make static``, which ``make test``
runs first); the wheel is built with that interpreter."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


STATIC_PYTHON = ROOT / ".venv-static" / "bin" / "python"
BUILD = (
    "import sys; from hatchling.builders.wheel import WheelBuilder; "
    "print(next(iter(WheelBuilder(sys.argv[1]).build(directory=sys.argv[2]))))"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel of this checkout, built by hatchling (of .venv-static) into a temporary folder."""
    if not STATIC_PYTHON.is_file():
        pytest.fail(".venv-static is missing: run 'make static' (make test runs it first)")
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run(
        [STATIC_PYTHON, "-c", BUILD, str(ROOT), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(run.stdout.strip().splitlines()[-1])


def test_the_wheel_holds_every_case_and_template_file(wheel):
    """Each case file and each template of cases/ is in the wheel under spinemet_core/data/cases."""
    names = set(zipfile.ZipFile(wheel).namelist())
    bank = ROOT / "cases"
    templates = sorted(bank.glob("*/templates/*.yaml"))
    assert len(templates) >= 15
    expected = {
        f"spinemet_core/data/cases/{p.relative_to(bank).as_posix()}" for p in bank.rglob("*.yaml")
    }
    assert set() == expected - names


def test_an_installed_wheel_finds_its_templates(wheel, tmp_path):
    """With no checkout beside the package (as under Pyodide), bank_folder() is the wheel's
    copy and every template in it loads."""
    zipfile.ZipFile(wheel).extractall(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "SPINEMET_CASES"}
    env["PYTHONPATH"] = str(tmp_path)
    script = (
        "from spinemet_core.cases import bank_folder, load_templates\n"
        "found, problems = load_templates(bank_folder())\n"
        "print(bank_folder().relative_to(__import__('pathlib').Path.cwd()), len(found), problems)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert "" == result.stderr
    count = len(list((ROOT / "cases").glob("*/templates/*.yaml")))
    assert f"spinemet_core/data/cases {count} []\n" == result.stdout
