"""Put the figures' plotly.js into the project template's static files (run at install time).

usage: python tools/plotly_bundle.py <template static folder>

The dashboards draw only bar and scatter traces, so they are served plotly.js's partial
"basic" bundle (npm ``plotly.js-basic-dist-min``: scatter, bar and pie, with every layout
component: shapes, annotations, error bars, log axes) — 1.2 MB where the full bundle that
plotly.py ships is 4.8 MB; the browser downloads, compiles and starts a quarter of the code.

The bundle is fetched with ``npm pack`` at install time (never at run time), checked against
the pinned integrity hash, and written next to a small stamp so a second ``make`` does not
fetch it again. Without npm (a plain ``make dashboards`` on a machine that has none) the full
bundle is copied out of the installed plotly instead, with a note; the figures look the same.

Run by ``make plotlyjs`` and Binder's ``postBuild``; ``tools/build_static.py`` calls
:func:`install` with the full bundle of the plotly wheel it installs. Only the standard
library is used, so the static-edition build can run it from a virtual environment that
does not have the project installed. The bundle's file name and the trace types it draws
are the runtime's (``spinemet_core/ui/plotly_bundle.py``), read here without importing the
package.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import runpy
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_RUNTIME = runpy.run_path(str(ROOT / "spinemet_core" / "ui" / "plotly_bundle.py"))
BUNDLE_FOLDER: str = _RUNTIME["BUNDLE_FOLDER"]
BUNDLE_NAME: str = _RUNTIME["BUNDLE_NAME"]

#: plotly.js version of the bundle; it must be the one plotly.py pins (a test checks).
PLOTLY_JS_VERSION: str = _RUNTIME["PLOTLY_JS_VERSION"]
BASIC_PACKAGE = "plotly.js-basic-dist-min"
#: npm's sha512 integrity of ``plotly.js-basic-dist-min@4.1.1``.
BASIC_INTEGRITY = (
    "sha512-1oNF8PeQx2hv/y7tqEVWKD3JGwn/MGEMQ8mL9HUwsaqG9FGy/"
    "OU5FHUHvzqbqxN4mnwZGI9abTiE775C4kkjMQ=="
)
BASIC_MEMBER = "package/plotly-basic.min.js"
STAMP_NAME = "BUNDLE"


class BundleError(RuntimeError):
    """The basic bundle could not be fetched or did not match its pinned hash."""


def integrity_of(data: bytes) -> str:
    """npm's ``sha512-<base64>`` integrity string of ``data``.

    >>> integrity_of(b"")[:20]
    'sha512-z4PhNX7vuL3xV'
    """
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def basic_stamp() -> str:
    """What the stamp file says when the pinned basic bundle is in place."""
    return f"basic {PLOTLY_JS_VERSION} {BASIC_INTEGRITY}"


def extract_basic(tarball: bytes) -> bytes:
    """The minified basic bundle out of the npm tarball, after checking the tarball's hash."""
    found = integrity_of(tarball)
    if found != BASIC_INTEGRITY:
        raise BundleError(
            f"{BASIC_PACKAGE}@{PLOTLY_JS_VERSION}: integrity {found} is not the pinned "
            f"{BASIC_INTEGRITY}"
        )
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile(BASIC_MEMBER)
        if member is None:
            raise BundleError(f"{BASIC_PACKAGE}: no {BASIC_MEMBER} in the tarball")
        return member.read()


def fetch_basic() -> bytes:
    """The basic bundle, fetched with ``npm pack`` from the npm registry npm is set up for."""
    npm = shutil.which("npm")
    if npm is None:
        raise BundleError("npm is not installed")
    with tempfile.TemporaryDirectory() as folder:
        spec = f"{BASIC_PACKAGE}@{PLOTLY_JS_VERSION}"
        done = subprocess.run(
            [npm, "pack", "--silent", spec, "--pack-destination", folder],
            capture_output=True,
            text=True,
            check=False,
        )
        packed = list(Path(folder).glob("*.tgz"))
        if done.returncode != 0 or len(packed) != 1:
            raise BundleError(f"npm pack {spec} failed: {done.stderr.strip()[-300:]}")
        return extract_basic(packed[0].read_bytes())


def installed_full_bundle() -> Path:
    """plotly.py's own full plotly.js, in the installed plotly package."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or spec.origin is None:
        raise BundleError("plotly is not installed")
    return Path(spec.origin).parent / "package_data" / "plotly.min.js"


def install(static_folder: str | Path, full_bundle: Path, *, fetch=fetch_basic) -> str:
    """Put the figures' plotly.js into ``<static_folder>/plotly/``; return which one.

    ``"basic"`` when the partial bundle is there (already, or fetched now), ``"full"`` when
    it could not be fetched and ``full_bundle`` (plotly.py's own copy) was copied instead.
    """
    folder = Path(static_folder) / BUNDLE_FOLDER
    target, stamp = folder / BUNDLE_NAME, folder / STAMP_NAME
    if target.is_file() and stamp.is_file() and stamp.read_text().strip() == basic_stamp():
        return "basic"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        data = fetch()
    except (BundleError, OSError, tarfile.TarError) as exc:
        print(
            f"note: serving plotly.py's full plotly.js (4.8 MB) because the 1.2 MB basic bundle "
            f"could not be fetched ({exc}). Install npm and run make again for the smaller one.",
            file=sys.stderr,
        )
        shutil.copyfile(full_bundle, target)
        stamp.write_text(f"full {PLOTLY_JS_VERSION}\n")
        return "full"
    target.write_bytes(data)
    stamp.write_text(basic_stamp() + "\n")
    return "basic"


def main(argv: list[str]) -> int:
    """Command line: ``python tools/plotly_bundle.py <template static folder>``."""
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    print(f"plotly.js for the figures: {install(argv[0], installed_full_bundle())} bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
