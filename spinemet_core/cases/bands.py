"""Band ranges quoted in a case's text must be bands of the score named beside them.

A feedback such as "0-8 is the band of the 1990 total" puts a band of one score
(the revised Tokuhashi's 0-8) under the name of another (the 1990 score, whose
bands are 0-5 / 6-8 / 9-12). This check reads every text a learner sees, finds each
band-like range ("0-8", "13-18"), attributes it to the score named nearest to it in
the same clause (else to the question's key instrument, else to the case's scored
instruments) and reports a range that is not one of that score's bands. The names
come from the registries (the words of each title and the year of its citekey), so
a new instrument is checked without a change here.

It is a heuristic, tuned to read the bank: a range beside "grade" or "compression"
is an ESCC grade range, and one followed by a unit (Gy, fractions, %, mm, months)
is not a band.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from .. import rcc, scores
from .model import Case

__all__ = ["band_aliases", "quoted_band_problems"]

_RECORDS: Mapping = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}
_RANGE = re.compile(r"(?<![\d.,])(\d{1,2})-(\d{1,2})(?![\d.,]|\s*(?:Gy|fractions?|%|mm|months?))")
_NOT_A_BAND = re.compile(r"grade|compression|ESCC", re.IGNORECASE)
_CLAUSE = re.compile(r"(?<=[.;:,])\s+|\s+(?:and|whereas|but)\s+")
_ABOUT_THE_CHOICE = re.compile(r"(?:That|This|It)\b")
_GENERIC = frozenset({"new", "modified"})


def band_aliases() -> dict[str, frozenset[str]]:
    """Word -> the instruments it names: the words of each registry title ("revised",
    "tokuhashi", "heng") and the year of its citekey ("1990", "2005"); a word shared by
    several records ("tokuhashi") names all of them.

    >>> aliases = band_aliases()
    >>> sorted(aliases["1990"]), sorted(aliases["tokuhashi"])
    (['tokuhashi_original'], ['tokuhashi_original', 'tokuhashi_revised'])
    """
    aliases: dict[str, set[str]] = {}
    for name, record in _RECORDS.items():
        words = set(re.findall(r"[a-z]+", record.title.lower()))
        words |= set(re.findall(r"\d{4}", record.citekey))
        for word in words - _GENERIC:
            aliases.setdefault(word, set()).add(name)
    return {w: frozenset(n) for w, n in aliases.items()}


_ALIASES = band_aliases()
_MENTION = re.compile(r"\b(" + "|".join(sorted(_ALIASES, key=len, reverse=True)) + r")\b", re.I)


def _quoted(text: str, default: frozenset[str]) -> Iterator[tuple[str, frozenset[str]]]:
    """(range, instruments it is attributed to) for each band-like range of ``text``."""
    for clause in _CLAUSE.split(text):
        mentions = [(m.start(), _ALIASES[m.group(1).lower()]) for m in _MENTION.finditer(clause)]
        for found in _RANGE.finditer(clause):
            if _NOT_A_BAND.search(clause[max(0, found.start() - 25) : found.end() + 15]):
                continue
            near = sorted(mentions, key=lambda m: abs(m[0] - found.start()))
            yield found.group(0), (near[0][1] if near else default)


def _texts(case: Case) -> Iterator[tuple[str, str, frozenset[str]]]:
    """(path, text, instruments named by default) for every text a learner reads."""
    scored = frozenset(case.findings) & frozenset(_RECORDS)
    yield "vignette", case.vignette, scored
    for i, q in enumerate(case.questions):
        keyed = frozenset({q.key.instrument}) & frozenset(_RECORDS) if q.key else frozenset()
        default = keyed or scored
        where = f"questions/{i}"
        yield f"{where}/prompt", q.prompt, default
        yield f"{where}/explanation", q.explanation, default
        for j, c in enumerate(q.choices):
            yield f"{where}/choices/{j}/text", c.text, default
            # A feedback opening with "That"/"This"/"It" speaks of the choice: read them as one.
            about = f"{c.text} \N{EM DASH} " if _ABOUT_THE_CHOICE.match(c.feedback) else ""
            yield f"{where}/choices/{j}/feedback", about + c.feedback, default


def quoted_band_problems(case: Case) -> list[tuple[str, str]]:
    """(path in the document, reason) for each quoted range that is not a band of the score
    it is attributed to; empty when every quoted band is right.

    >>> from spinemet_core.cases import bank_folder, load_case
    >>> quoted_band_problems(load_case(bank_folder() / "prognostic_scores" / "prog-05.yaml"))
    []
    """
    problems = []
    for where, text, default in _texts(case):
        for quoted, names in _quoted(text, default):
            bands = {b.range_text for n in names for b in _RECORDS[n].bands}
            whole = {_whole(_RECORDS[n]) for n in names}  # "the total (0-4)": no band meant
            if names and quoted not in bands | whole:
                titles = " / ".join(_RECORDS[n].title for n in sorted(names))
                allowed = ", ".join(sorted(bands, key=lambda b: int(b.split("-")[0])))
                problems.append((where, f"{quoted!r} is not a band of {titles} ({allowed})"))
    return problems


def _whole(record) -> str:
    """The full range of a score's totals, from its first and last band (e.g. ``"0-4"``)."""
    return f"{record.bands[0].low}-{record.bands[-1].high}"
