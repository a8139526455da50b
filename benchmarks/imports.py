"""The import phase: what a dashboard's kernel imports before it can draw, in fresh interpreters.

For each dashboard, the import statements of its notebook's code cells (exactly what its
kernel runs first) are timed in a new Python process, ``repeats`` times, against
``import ipywidgets`` alone timed the same way in the same run. The resident memory of the
process after the imports is reported beside it. Bytecode is compiled first, as it is after
a first start, so no run pays for compiling the project's modules.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

__all__ = ["imports_section", "notebook_imports", "phase_imports"]

# Runs in the fresh process: the statements' time and the process's resident memory after.
_PROBE = """
import json, sys, time
code = sys.argv[1]
start = time.perf_counter()
exec(compile(code, "<imports>", "exec"), {})
seconds = time.perf_counter() - start
pages = int(open("/proc/self/statm").read().split()[1])
import resource
print(json.dumps({"seconds": seconds, "rss": pages * resource.getpagesize()}))
"""


def notebook_imports(notebook: Path) -> str:
    """The import statements of the notebook's code cells, in order, one per line."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    lines = [
        line
        for cell in cells
        if cell["cell_type"] == "code"
        for line in "".join(cell["source"]).splitlines()
        if line.startswith(("import ", "from "))
    ]
    return "\n".join(lines)


def _probe(code: str, source: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, code],
        capture_output=True,
        text=True,
        check=True,
        cwd=source,
        env=env,
    )
    return json.loads(out.stdout)


def _median(runs: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in runs) for key in ("seconds", "rss")}


def phase_imports(notebooks: list[Path], source: Path, repeats: int = 10) -> dict:
    """``{"baseline": {...}, "apps": {notebook: {...}}}`` with median seconds and RSS bytes."""
    compileall.compile_dir(source / "spinemet_core", quiet=1)
    baseline = _median([_probe("import ipywidgets", source) for _ in range(repeats)])
    apps = {}
    for notebook in notebooks:
        code = notebook_imports(notebook)
        runs = [_probe(code, source) for _ in range(repeats)]
        apps[notebook.name] = {
            **_median(runs),
            "ratio": _median(runs)["seconds"] / baseline["seconds"],
            "code": code,
        }
        print(
            f"imports {notebook.name}: {apps[notebook.name]['seconds']:.3f} s "
            f"({apps[notebook.name]['ratio']:.2f} × ipywidgets), "
            f"{apps[notebook.name]['rss'] / 1e6:.0f} MB",
            flush=True,
        )
    return {"repeats": repeats, "baseline": baseline, "apps": apps}


def imports_section(imports: dict) -> list[str]:
    """RESULTS.md lines of the import phase."""
    base = imports["baseline"]
    lines = [
        "## Imports",
        "",
        "What each dashboard's kernel imports first (the import statements of its notebook), "
        f"timed in a fresh Python process, median of {imports['repeats']}, against `import "
        f"ipywidgets` alone ({base['seconds']:.3f} s, {base['rss'] / 1e6:.0f} MB resident) "
        "in the same run. Bytecode compiled beforehand.",
        "",
        "| notebook | import (s) | × `import ipywidgets` | resident after (MB) |",
        "|---|---|---|---|",
    ]
    for name, app in imports["apps"].items():
        lines.append(
            f"| {name} | {app['seconds']:.3f} | {app['ratio']:.2f} | {app['rss'] / 1e6:.0f} |"
        )
    return [*lines, ""]
