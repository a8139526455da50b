"""Build the static edition of the dashboards: voici + JupyterLite + Pyodide, no server.

Run by ``make static`` with the interpreter of ``.venv-static`` (pins in
requirements-static.txt). The result in ``build/static/`` is a plain folder of files:
any static host can serve it, and every dashboard then runs its Python in the
visitor's browser (Pyodide, CPython compiled to WebAssembly).

Why the steps below exist (measured with this stack; see stack_notes section 5):

* Out of the box JupyterLite loads Pyodide from cdn.jsdelivr.net, so a site built that
  way is dead without internet. The npm registry only has the *core* of Pyodide
  0.29.0 (no micropip, IPython or their dependencies), so this script completes it:
  it downloads, at the exact versions named in ``pyodide-lock.json``, the pure-Python
  wheels the kernel loads (micropip, IPython and its dependencies, jedi ...), writes their
  file names and hashes into the lock, removes ``matplotlib`` from matplotlib-inline's
  dependencies (the WebAssembly matplotlib is not on any reachable registry), puts an
  empty wheel in place of the WebAssembly ``sqlite3`` module (IPython then keeps its
  history in memory), and drops every other lock entry so that a missing file can never
  be requested. The result is packed as a local tarball for ``voici build --pyodide``.
* The dashboards' own packages (ipywidgets, anywidget, ... at the versions
  pinned in requirements.txt, plus a wheel of spinemet_core built from this checkout)
  go into the site's ``pypi/`` folder; ``disablePyPIFallback`` makes piplite refuse to
  look anywhere else. PyYAML has no pure-Python wheel on PyPI, so it is built here from
  its sdist without the libyaml extension (the wheel comes out as py3-none-any).
* The notebooks are copied, never edited in place: the copy gets a first cell that runs
  ``piplite.install`` only under Pyodide (``sys.platform == "emscripten"``). Links between
  notebooks need no change: voici turns ``NN_name.ipynb`` into its ``NN_name.html`` page.
  The case bank needs no copy: the spinemet wheel ships it as package data
  (``spinemet_core/data/cases``, see pyproject.toml), where
  ``spinemet_core.cases.bank_folder()`` finds it.
* The page template is the project's Voilà template ``spinemet`` (Font Awesome served
  from the site, not from a CDN); its static folder is copied to the URL the page uses,
  together with the plotly.js that the figures (``spinemet_core.ui.plotview.PlotView``)
  load over HTTP. plotly.py itself is not in the site: figures are plain data drawn by
  plotly.js (issue #17), so the browser installs no plotly wheel (9.7 MB); its wheel is
  only read here for plotly.js when npm's smaller bundle cannot be had.
* voici is installed without jupyterlite-xeus (see requirements-static.txt), so no
  xeus add-on runs at build time and no xeus extension fetches anything at run time.

Pyodide itself is assembled by ``tools/pyodide_dist.py``. Downloads are cached in
``build/static-cache/``; delete it to fetch everything again.
"""

from __future__ import annotations

import json
import os
import runpy
import shutil
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.pyodide_dist import (  # noqa: E402
    PYODIDE_PYTHON,
    normalise,
    pip_download,
    pyodide_tarball,
    run,
)

BUILD = ROOT / "build"
CACHE = BUILD / "static-cache"
SRC = BUILD / "static-src"
OUT = BUILD / "static"

# What the dashboards import, served by piplite from the site's pypi/ folder at the
# versions of requirements.txt (PyYAML and spinemet are built by this script).
# ruamel.yaml reads the case files; its C extension is optional, its wheel is pure.
PIPLITE_PACKAGES = (
    "ruamel.yaml",
    "ipywidgets",
    "jupyterlab_widgets",
    "comm",
    "anywidget",
    "psygnal",
    "typing_extensions",
    # pint (lab units in spinemet_core.units) and its pure-Python needs
    "pint",
    "flexcache",
    "flexparser",
    "platformdirs",
)
# Wheels whose JupyterLab extension (front-end code) must be part of the site.
FRONTEND_PACKAGES = ("jupyterlab_widgets", "anywidget")

# The first cell of every dashboard in the static edition.
INSTALL_CELL = """\
import sys
if sys.platform == "emscripten":  # static edition: packages come from this site's pypi/
    import piplite
    await piplite.install(["spinemet", "ipywidgets", "anywidget"])"""


def pins() -> dict[str, str]:
    """Exact versions from requirements.txt, keyed by normalised name."""
    found = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            found[normalise(name)] = version.strip()
    return found


def pyyaml_wheel(version: str) -> Path:
    """PyYAML built from its sdist without the libyaml extension: a py3-none-any wheel."""
    dest = CACHE / "pyyaml"
    found = list(dest.glob(f"pyyaml-{version}-py3-none-any.whl"))
    if found:
        return found[0]
    dest.mkdir(parents=True, exist_ok=True)
    run(
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
        "--dest", dest, f"PyYAML=={version}",
    )  # fmt: skip
    sdist = next(dest.glob(f"[Pp]y[Yy][Aa][Mm][Ll]-{version}.tar.gz"))
    env = {**os.environ, "PYYAML_FORCE_LIBYAML": "0"}
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dest, sdist, env=env)
    found = list(dest.glob(f"pyyaml-{version}-py3-none-any.whl"))
    if not found:
        raise SystemExit(f"PyYAML {version} did not build as a pure wheel: {list(dest.iterdir())}")
    return found[0]


def spinemet_wheel() -> Path:
    """A wheel of spinemet_core from this checkout (rebuilt every time)."""
    dest = BUILD / "static-dist"
    shutil.rmtree(dest, ignore_errors=True)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "-w", dest, ROOT)  # fmt: skip
    return next(dest.glob("spinemet-*.whl"))


def template_copy(plotly_wheel: Path) -> Path:
    """A copy of the project's Jupyter data folder (the ``spinemet`` page template) with
    the plotly.js that PlotView figures load over HTTP: the basic bundle, as for Voilà
    (``tools/plotly_bundle.py``), or the plotly wheel's full bundle if it cannot
    be fetched. The page template links it, so it must exist before voici renders."""
    data = SRC / "jupyter"
    shutil.copytree(ROOT / "share" / "jupyter", data, ignore=shutil.ignore_patterns("plotly"))
    full = SRC / "plotly-full.min.js"
    with zipfile.ZipFile(plotly_wheel) as wheel:
        full.write_bytes(wheel.read("plotly/package_data/plotly.min.js"))
    bundle = runpy.run_path(str(ROOT / "tools" / "plotly_bundle.py"))
    kind = bundle["install"](data / "voila" / "templates" / "spinemet" / "static", full)
    print(f"plotly.js for the figures: {kind} bundle", flush=True)
    return data


def lite_dir() -> tuple[Path, list[Path]]:
    """The JupyterLite project folder: configuration, wheels and the notebooks' copies."""
    shutil.rmtree(SRC, ignore_errors=True)
    pypi = SRC / "pypi"
    pypi.mkdir(parents=True)
    versions = pins()
    frontends = []
    for name in PIPLITE_PACKAGES:
        wheel = pip_download(
            f"{name}=={versions[normalise(name)]}", CACHE / "piplite", PYODIDE_PYTHON
        )
        shutil.copy(wheel, pypi)
        if name in FRONTEND_PACKAGES:
            frontends.append(wheel)
    shutil.copy(pyyaml_wheel(versions["pyyaml"]), pypi)
    shutil.copy(spinemet_wheel(), pypi)

    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "spinemet (static edition)",
            "litePluginSettings": {
                "@jupyterlite/pyodide-kernel-extension:kernel": {"disablePyPIFallback": True}
            },
        },
    }
    (SRC / "jupyter-lite.json").write_text(json.dumps(config, indent=2) + "\n")

    content = SRC / "content"
    content.mkdir()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        doc = json.loads(notebook.read_text())
        doc["cells"].insert(
            0,
            {
                "cell_type": "code",
                "execution_count": None,
                "id": "static-install",
                "metadata": {},
                "outputs": [],
                "source": INSTALL_CELL.splitlines(keepends=True),
            },
        )
        (content / notebook.name).write_text(json.dumps(doc, indent=1) + "\n")
    return SRC, frontends


def main() -> None:
    start = time.monotonic()
    if shutil.which("npm") is None:
        raise SystemExit("npm is needed to fetch Pyodide (Debian: apt-get install -y npm)")
    CACHE.mkdir(parents=True, exist_ok=True)
    tarball = pyodide_tarball(CACHE)
    src, frontends = lite_dir()
    shutil.rmtree(OUT, ignore_errors=True)
    plotly = pip_download(f"plotly=={pins()['plotly']}", CACHE / "piplite", PYODIDE_PYTHON)
    data = template_copy(plotly)
    env = {**os.environ, "JUPYTER_PATH": str(data)}
    run(
        Path(sys.executable).with_name("voici"), "build",
        "--lite-dir", src, "--contents", src / "content", "--output-dir", OUT,
        "--pyodide", tarball, "--template", "spinemet", "--no-sourcemaps",
        *(f"--LiteBuildConfig.federated_extensions={w}" for w in frontends),
        env=env, cwd=src,
    )  # fmt: skip
    static = Path("voila") / "templates" / "spinemet" / "static"
    shutil.copytree(data / static, OUT / static)
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(
        f"\nStatic edition built in {time.monotonic() - start:.0f} s: "
        f"{OUT.relative_to(ROOT)}/ ({size / 1e6:.0f} MB)\n"
        f"Serve it with:  python -m http.server --bind 127.0.0.1 -d {OUT.relative_to(ROOT)}\n"
        "then open http://127.0.0.1:8000/voici/render/00_start_here.html"
    )


if __name__ == "__main__":
    main()
