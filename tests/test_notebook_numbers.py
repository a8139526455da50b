"""Every clinical number in the notebooks' Markdown is backed by the fidelity ledger.

The rule. A number in a Markdown cell of ``notebooks/0*.ipynb`` is one of:

1. *Structure*: the number of a heading or of an ordered-list item (``## 1.``, ``1. ``), a
   dashboard number (two digits with a leading zero, ``02``; link targets such as
   ``02_noms_framework.ipynb`` are not read) or a learner's study time (``30 minutes``).
2. *Part of a name*: digits written against letters (``T2``, ``EQD2``, ``NG234``), the name of
   a study in the evidence data (``RTOG 0631``, ``SC.24``, ``KEYNOTE-426``), the suite's own
   version and release year (from ``CITATION.cff``) and the content licence (CC BY 4.0).
3. *A publication year*: a year of a reference that the same paragraph names (below).
4. *Clinical*: anything else (a dose, a cut-off, a percentage, a survival, a grade, a point
   total). It must equal a number of a ledger entry (:func:`spinemet_core.ledger.ledger`:
   its place, wording or value) whose reference the same paragraph names, so the prose
   cannot drift from the data and a learner can see where the number comes from.

A paragraph is a block between blank lines; each list item and each table row is its own
paragraph. A paragraph *names* a reference when it contains its label (``Sahgal 2013, Int J
Radiat Oncol Biol Phys``), or its first author and year (``Laufer 2013``, ``Tokuhashi (1990,
revised 2005)``, ``NICE's 2023``) when no other reference shares that author and year.
Numbers spelled in words (``three``) are not read; write clinical numbers as digits.
"""

import functools
import json
import re
from pathlib import Path

import pytest

from spinemet_core.evidence import arms, rcc_trials
from spinemet_core.evidence import radiotherapy as rt
from spinemet_core.ledger import ledger
from spinemet_core.references import REFERENCES

ROOT = Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))

_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])\d+(?:[.,]\d+)*[a-c]?(?![A-Za-z0-9_])")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_NUMBERING = re.compile(r"^(?:#+\s*\d+\.|\d+\.\s)")
_STUDY_TIME = re.compile(r"\d+(?:\s*[-–]\s*\d+)?\s*(?:minutes|min)\b")
_DASHBOARD = re.compile(r"0\d")
_NEW_PARAGRAPH = re.compile(r"^\s*(?:[-*]\s|\d+\.\s|\|)")
_LICENCE = "CC BY 4.0"


def _citation_names() -> tuple[str, ...]:
    text = (ROOT / "CITATION.cff").read_text()
    version = re.search(r"^version:\s*(\S+)", text, re.M).group(1)
    year = re.search(r"^date-released:\s*(\d{4})", text, re.M).group(1)
    return (f"version {version}, {year}", _LICENCE)


def _study_names() -> tuple[str, ...]:
    studies = {f.study for f in (*rt.ALL_FINDINGS, *rt.TRIAL_SIZES, *rt.RADES_2005)}
    studies |= {t.trial for t in rcc_trials.TRIALS} | set(arms.ARMS)
    return tuple(sorted((s for s in studies if re.search(r"\d", s)), key=len, reverse=True))


def _key(token: str) -> str:
    """A number as compared: ``1,686`` -> ``1686``, ``17.0`` -> ``17``, ``1C`` -> ``1c``."""
    token = token.lower()
    grade = token[-1] if token[-1].isalpha() else ""
    digits = token.rstrip("abc").replace(",", "")
    try:
        return f"{float(digits):g}{grade}"
    except ValueError:  # a dotted version such as 0.1.0
        return token


def numbers(text: str) -> list[str]:
    """The numbers of ``text`` as compared (see :func:`_key`)."""
    return [_key(m.group()) for m in _NUMBER.finditer(text)]


def _surname(reference) -> str:
    return reference.short.rsplit(" ", 1)[0]


def _named(paragraph: str) -> set[str]:
    """The citekeys a paragraph names (the rule in the module docstring)."""
    low = paragraph.lower()
    years = set(re.findall(r"\b(?:19|20)\d\d\b", paragraph))
    found: dict[tuple[str, int], list[str]] = {}
    for key, ref in REFERENCES.items():
        prefix = re.match(r"[a-z]+", key).group()
        by_name = re.search(rf"\b{re.escape(_surname(ref).lower())}\b", low) or re.search(
            rf"\b{prefix}\b", low
        )
        if by_name and str(ref.year) in years:
            found.setdefault((_surname(ref), ref.year), []).append(key)
    named = {keys[0] for keys in found.values() if len(keys) == 1}
    return named | {k for k, r in REFERENCES.items() if r.label in paragraph}


@functools.cache
def _backing() -> dict[str, set[str]]:
    """For each citekey, the numbers its ledger entries show (place, wording, value)."""
    pool: dict[str, set[str]] = {}
    for entry in ledger(questions=False):
        shown = numbers(f"{entry.shown} {entry.what} {entry.value}")
        for key in entry.citekey.split(", "):
            pool.setdefault(key, set()).update(shown)
    return pool


def paragraphs(markdown: str) -> list[str]:
    """Blocks between blank lines; each list item and table row starts its own."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", markdown):
        current: list[str] = []
        for line in block.splitlines():
            if _NEW_PARAGRAPH.match(line) and current:
                found.append("\n".join(current))
                current = []
            current.append(line)
        if current:
            found.append("\n".join(current))
    return found


def unbacked(paragraph: str) -> list[str]:
    """The clinical numbers of a paragraph that no named reference's ledger entries show."""
    named = _named(paragraph)
    text = _LINK_TARGET.sub("](link)", _NUMBERING.sub("", paragraph.strip()))
    for name in (*_citation_names(), *_study_names()):
        text = text.replace(name, " ")
    text = _STUDY_TIME.sub(" ", text)
    years = {str(REFERENCES[k].year) for k in named}
    pool = _backing()
    shown = set().union(*(pool.get(k, set()) for k in named)) if named else set()
    return [
        m.group()
        for m in _NUMBER.finditer(text)
        if not _DASHBOARD.fullmatch(m.group())
        and m.group() not in years
        and _key(m.group()) not in shown
    ]


def _markdown(path: Path) -> list[tuple[int, str]]:
    cells = json.loads(path.read_text())["cells"]
    return [(i, "".join(c["source"])) for i, c in enumerate(cells) if c["cell_type"] == "markdown"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_markdown_numbers_are_backed_by_the_ledger(path):
    """Each clinical number in the Markdown is a ledger number of a source its paragraph names."""
    problems = [
        f"cell {i}: {unbacked(p)} in: {p.strip()[:120]!r}"
        for i, markdown in _markdown(path)
        for p in paragraphs(markdown)
        if unbacked(p)
    ]
    assert [] == problems, "\n".join(problems)


def test_an_unsourced_clinical_number_is_caught():
    """A survival typed without a source, or beside the wrong source, is reported."""
    assert ["7"] == unbacked("Median survival after radiotherapy is 7 months.")
    assert ["84"] == unbacked("In Yamada 2017, 84% walked after surgery.")


def test_a_number_of_a_named_source_passes():
    """Patchell's 84% and 57% pass when the paragraph names Patchell 2005."""
    assert [] == unbacked("- In Patchell 2005, 84% walked after surgery against 57%.")


def test_structure_names_and_years_are_not_clinical():
    """Headings, list numbers, dashboard numbers, study times, names and cited years pass."""
    for text in (
        "## 3. What flips the band?",
        "1. compute BED and EQD2 for the 02 dashboard, see [02](02_noms_framework.ipynb)",
        "**Time to learn:** about 30 minutes; T2-weighted MRI; RTOG 0631 and SC.24.",
        "Tokuhashi (1990, revised 2005) and Katagiri (2014); text under CC BY 4.0.",
    ):
        assert [] == unbacked(text)


def test_an_ambiguous_author_year_names_no_reference():
    """'Sahgal 2013' alone names neither Sahgal 2013 paper; the journal settles it."""
    assert "sahgal2013_cord" not in _named("limits of 12.4 Gy (Sahgal 2013)")
    assert "sahgal2013_cord" in _named("(Sahgal 2013, Int J Radiat Oncol Biol Phys)")
