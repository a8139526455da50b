"""Command line: ``python -m spinemet_core.cases validate [DIR]``."""

from __future__ import annotations

import sys
from pathlib import Path

from .loader import load_bank

USAGE = (
    "usage: python -m spinemet_core.cases validate [DIR]   (default DIR: cases/)\n"
    "       python -m spinemet_core.cases schema           (print the JSON Schema)"
)


def main(argv: list[str] | None = None) -> int:
    """Validate every case file under DIR; print one line per problem; 0 if all are valid."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["schema"]:
        from .schema import schema_text

        sys.stdout.write(schema_text())
        return 0
    if not args or args[0] != "validate" or len(args) > 2:
        print(USAGE, file=sys.stderr)
        return 2
    folder = Path(args[1] if len(args) == 2 else "cases")
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 1
    try:
        cases, problems = load_bank(folder)
    except Exception as exc:  # pragma: no cover - last line of defence: never a traceback
        print(f"{folder}: unexpected error: {exc}", file=sys.stderr)
        return 1
    for file, where, reason in problems:
        print(f"{file}: {where}: {reason}")
    if problems:
        print(f"{len(problems)} problem(s) in {len({p[0] for p in problems})} file(s)")
        return 1
    n_questions = sum(len(c.questions) for c in cases)
    print(f"OK: {len(cases)} cases and {n_questions} questions are valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
