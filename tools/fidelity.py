"""Write the fidelity ledger to docs/FIDELITY.md (a build step, like format_references.py).

The ledger is generated from the suite's data by :func:`spinemet_core.ledger.markdown`;
a test regenerates it and fails when the committed file differs.

Usage (from the repository root)::

    .venv/bin/python tools/fidelity.py          # rewrite docs/FIDELITY.md
    .venv/bin/python tools/fidelity.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEDGER = ROOT / "docs" / "FIDELITY.md"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from spinemet_core.ledger import markdown, missing  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) docs/FIDELITY.md; return the exit code.

    Any record without a citekey or a status is listed on stderr and fails the run.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    problems = missing()
    for problem in problems:
        print(problem, file=sys.stderr)
    text = markdown()
    current = LEDGER.read_text(encoding="utf-8") if LEDGER.exists() else ""
    if args.check:
        print(f"{LEDGER.name} is {'up to date' if text == current else 'out of date: rerun'}")
        return int(text != current or bool(problems))
    LEDGER.parent.mkdir(exist_ok=True)
    LEDGER.write_text(text, encoding="utf-8")
    print(f"wrote {LEDGER.name} ({text.count(chr(10))} lines)")
    return int(bool(problems))


if __name__ == "__main__":
    raise SystemExit(main())
