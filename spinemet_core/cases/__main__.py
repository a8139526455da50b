"""Command line: ``python -m spinemet_core.cases validate [DIR or FILE] | schema | arguments``.

Without an argument, ``validate`` checks the whole case bank (:func:`.bank.bank_folder`)
and every check-yourself question (:func:`.bank.checks_folder`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import SpinemetError
from . import bank
from .loader import load_bank
from .templates import SAMPLE_SEEDS, load_templates, template_files, validate_template

USAGE = (
    "usage: python -m spinemet_core.cases validate [DIR|FILE]  (default: the case bank and\n"
    "                                                          every check-yourself question)\n"
    "       python -m spinemet_core.cases schema [template] (print the JSON Schema)\n"
    "       python -m spinemet_core.cases arguments        (print the instruments' arguments)"
)


def _validate(label: str, place: Path) -> tuple[int, int]:
    """Print the problems of ``place``; return (number of problems, valid questions)."""
    if not place.exists():
        print(f"{place}: no such folder or file", file=sys.stderr)
        return 1, 0
    only_template = place.is_file() and bool(template_files(place))
    try:
        cases, problems = ([], []) if only_template else load_bank(place)
        templates, template_problems = load_templates(place)
        variants = 0
        for template in templates:
            valid, found = validate_template(template, SAMPLE_SEEDS)
            variants += valid
            template_problems += found
    except Exception as exc:  # pragma: no cover - last line of defence: never a traceback
        print(f"{place}: unexpected error: {exc}", file=sys.stderr)
        return 1, 0
    problems = problems + template_problems
    for file, where, reason in problems:
        print(f"{file}: {where}: {reason}")
    n_questions = sum(len(c.questions) for c in cases)
    if problems:
        print(f"{len(problems)} problem(s) in {len({p[0] for p in problems})} file(s)")
    else:
        if not only_template:
            print(f"OK: {len(cases)} {label} and {n_questions} questions are valid ({place})")
        if templates:
            print(
                f"OK: {len(templates)} templates and {variants} sampled variants "
                f"({len(SAMPLE_SEEDS)} seeds each) are valid ({place})"
            )
    return len(problems), n_questions


def main(argv: list[str] | None = None) -> int:
    """Validate case files; print one line per problem; 0 if all are valid."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["schema"], ["schema", "template"]):
        from .schema import schema_text, template_schema_text

        sys.stdout.write(schema_text() if len(args) == 1 else template_schema_text())
        return 0
    if args == ["arguments"]:
        from .arguments import arguments_table

        sys.stdout.write(arguments_table())
        return 0
    if not args or args[0] != "validate" or len(args) > 2:
        print(USAGE, file=sys.stderr)
        return 2
    if len(args) == 2:
        problems, _n = _validate("cases", Path(args[1]))
        return 1 if problems else 0
    try:
        places = [("cases", bank.bank_folder()), ("check-yourself cases", bank.checks_folder())]
    except SpinemetError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    results = [_validate(label, place) for label, place in places]
    total_problems = sum(p for p, _n in results)
    if total_problems:
        return 1
    print(f"OK: {sum(n for _p, n in results)} questions in all are valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
