"""Pyodide for the static edition, completed offline from the npm and PyPI registries.

The npm registry has only the *core* of Pyodide (no micropip, IPython or their dependencies);
:func:`pyodide_tarball` downloads, at the exact versions of ``pyodide-lock.json``, the
pure-Python wheels the kernel loads, writes their names and hashes into the lock, removes
``matplotlib`` from matplotlib-inline's dependencies, puts an empty wheel in place of the
WebAssembly ``sqlite3`` module, drops every other lock entry, and packs the result as a local
tarball for ``voici build --pyodide``. Used by ``tools/build_static.py`` (see its docstring
for why each step exists).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

__all__ = [
    "LOCK_PACKAGES",
    "PYODIDE_PYTHON",
    "PYODIDE_VERSION",
    "empty_wheel",
    "normalise",
    "pip_download",
    "pyodide_tarball",
    "run",
    "sha256",
]

PYODIDE_VERSION = "0.29.0"
PYODIDE_PYTHON = "3.13"

# Pure-Python packages that the Pyodide kernel (jupyterlite-pyodide-kernel 0.7.0) loads
# from the Pyodide distribution: micropip first, then IPython and jedi with their
# dependencies. Versions come from pyodide-lock.json.
LOCK_PACKAGES = (
    "micropip",
    "packaging",
    "ipython",
    "asttokens",
    "decorator",
    "executing",
    "matplotlib-inline",
    "prompt-toolkit",
    "pure-eval",
    "pygments",
    "six",
    "stack-data",
    "traitlets",
    "wcwidth",
    "jedi",
    "parso",
)


def run(*args: str | Path, **kwargs) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kwargs)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pip_download(spec: str, dest: Path, python_version: str) -> Path:
    """One pure-Python wheel (py3-none-any) from the package index, cached in dest."""
    name, version = spec.split("==")
    stem = normalise(name).replace("-", "_")
    for wheel in dest.glob("*.whl"):
        parts = wheel.name.split("-")
        if normalise(parts[0]).replace("-", "_") == stem and parts[1] == version:
            return wheel
    run(
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
        "--only-binary", ":all:", "--python-version", python_version,
        "--implementation", "py", "--abi", "none", "--platform", "any",
        "--dest", dest, spec,
    )  # fmt: skip
    return pip_download(spec, dest, python_version)


def empty_wheel(path: Path, name: str, version: str) -> None:
    """A valid wheel with metadata and no modules (stands in for a WebAssembly-only one)."""
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: spinemet\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    record = []
    for arcname, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{arcname},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    with zipfile.ZipFile(path, "w") as archive:
        for arcname, text in files.items():
            archive.writestr(arcname, text)


def pyodide_tarball(cache: Path) -> Path:
    """Pyodide core from npm, completed with the lock packages the kernel needs (cached in
    ``cache``)."""
    tarball = cache / f"pyodide-{PYODIDE_VERSION}-local.tar.bz2"
    if tarball.exists():
        return tarball
    npm = cache / "npm"
    npm.mkdir(parents=True, exist_ok=True)
    packed = npm / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not packed.exists():
        run("npm", "pack", "--silent", f"pyodide@{PYODIDE_VERSION}", "--pack-destination", npm)
    staging = cache / "pyodide-staging"
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(packed) as archive:
        archive.extractall(staging, filter="data")
    folder = staging / "pyodide"
    (staging / "package").rename(folder)

    lock_path = folder / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text())
    wheels = cache / "pyodide-wheels"
    wheels.mkdir(exist_ok=True)
    kept = {}
    for name in LOCK_PACKAGES:
        entry = copy.deepcopy(lock["packages"][name])
        wheel = pip_download(f"{name}=={entry['version']}", wheels, PYODIDE_PYTHON)
        shutil.copy(wheel, folder / wheel.name)
        entry.update(file_name=wheel.name, sha256=sha256(wheel))
        kept[name] = entry
    kept["matplotlib-inline"]["depends"] = [
        d for d in kept["matplotlib-inline"]["depends"] if d != "matplotlib"
    ]
    sqlite = copy.deepcopy(lock["packages"]["sqlite3"])
    dummy = folder / "sqlite3-1.0.0-py3-none-any.whl"
    empty_wheel(dummy, "sqlite3", sqlite["version"])
    sqlite.update(file_name=dummy.name, sha256=sha256(dummy), imports=[])
    kept["sqlite3"] = sqlite
    for name, entry in kept.items():
        missing = [d for d in entry["depends"] if normalise(d) not in kept]
        if missing:
            raise SystemExit(f"lock package {name} depends on {missing}, which is not shipped")
    lock["packages"] = kept
    lock_path.write_text(json.dumps(lock, indent=1))

    partial = tarball.with_suffix(".part")
    with tarfile.open(partial, "w:bz2") as archive:
        archive.add(folder, arcname="pyodide")
    partial.rename(tarball)
    return tarball
