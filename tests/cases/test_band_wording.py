"""Band ranges quoted in case and check-yourself text are the bands of the score they name."""

import re

import pytest

from spinemet_core.cases import bank_folder, checks_folder, load_bank
from spinemet_core.rcc import RISK_MODELS
from spinemet_core.scores import INSTRUMENTS

RECORDS = {**INSTRUMENTS, **RISK_MODELS}
CASES = load_bank(bank_folder())[0] + load_bank(checks_folder())[0]
RANGE = re.compile(r"(?<![\d.,])(\d{1,2})-(\d{1,2})(?![\d.,]|\s*(?:Gy|fractions?|%|mm|months?))")
NOT_A_BAND = re.compile(r"grade|compression|ESCC", re.IGNORECASE)
DEICTIC = re.compile(r"(?:That|This|It)\b")
CLAUSE = re.compile(r"(?<=[.;:,])\s+|\s+(?:and|whereas|but)\s+")


def _aliases() -> dict[str, frozenset[str]]:
    """Words naming an instrument, derived from the registry: the words of its title
    ('revised', 'tokuhashi', 'heng', ...) and the year of its citekey ('1990', '2005').
    A word shared by several records ('tokuhashi') names all of them."""
    aliases: dict[str, set[str]] = {}
    for name, record in RECORDS.items():
        words = set(re.findall(r"[a-z]+", record.title.lower()))
        words |= set(re.findall(r"\d{4}", record.citekey))
        for word in words - {"new", "modified"}:
            aliases.setdefault(word, set()).add(name)
    return {w: frozenset(n) for w, n in aliases.items()}


ALIASES = _aliases()
MENTION = re.compile(r"\b(" + "|".join(sorted(ALIASES, key=len, reverse=True)) + r")\b", re.I)


def _bands(names: frozenset[str]) -> set[str]:
    """Every band range text of these records."""
    return {b.range_text for n in names for b in RECORDS[n].bands}


def _quoted_ranges(text: str, default: frozenset[str]):
    """(range, instruments it is attributed to) for each band-like range in ``text``: the
    instrument named nearest to it in the same clause, else ``default``. A range beside
    'grade' or 'compression' is an ESCC grade range, not a band."""
    for sentence in CLAUSE.split(text):
        mentions = [(m.start(), ALIASES[m.group(1).lower()]) for m in MENTION.finditer(sentence)]
        for found in RANGE.finditer(sentence):
            if NOT_A_BAND.search(sentence[max(0, found.start() - 25) : found.end() + 15]):
                continue
            near = sorted(mentions, key=lambda m: abs(m[0] - found.start()))
            yield found.group(0), (near[0][1] if near else default)


def _texts(case):
    """(where, text, instruments named by default) for every text a learner reads."""
    keyed = frozenset(case.findings) & set(RECORDS)
    yield "vignette", case.vignette, keyed
    for q in case.questions:
        default = frozenset({q.key.instrument}) & set(RECORDS) if q.key else keyed
        default = default or keyed
        yield f"{q.id}/prompt", q.prompt, default
        yield f"{q.id}/explanation", q.explanation, default
        for i, c in enumerate(q.choices):
            yield f"{q.id}/choices/{i}/text", c.text, default
            # A feedback that opens with "That"/"This" speaks of the choice: read them as one.
            about = f"{c.text} \N{EM DASH} " if DEICTIC.match(c.feedback) else ""
            yield f"{q.id}/choices/{i}/feedback", about + c.feedback, default


QUOTES = [
    (f"{case.id}/{where}", quoted, names)
    for case in CASES
    for where, text, names in _texts(case)
    for quoted, names in _quoted_ranges(text, names)
    if names
]


def test_the_alias_table_names_each_tokuhashi_version_by_its_year():
    """'1990' names the original Tokuhashi and '2005' the revised one, from the citekeys."""
    assert frozenset({"tokuhashi_original"}) == ALIASES["1990"]
    assert frozenset({"tokuhashi_revised"}) == ALIASES["2005"]


@pytest.mark.parametrize(("where", "quoted", "names"), QUOTES, ids=[q[0] for q in QUOTES])
def test_a_quoted_band_is_a_band_of_the_score_named_beside_it(where, quoted, names):
    """A range such as '0-8' quoted next to a score's name is one of that score's bands."""
    assert quoted in _bands(names), f"{where}: {quoted} is not a band of {sorted(names)}"


def test_the_breast_example_places_the_1990_total_of_8_in_the_1990_band():
    """The '0-8' distractor's feedback gives the 1990 band of 8 (6-8), derived from the registry."""
    case = next(c for c in CASES if c.id == "prog-example-breast")
    question = next(q for q in case.questions if q.id == "band")
    feedback = next(c.feedback for c in question.choices if c.text == "0-8")
    original = INSTRUMENTS["tokuhashi_original"].band_for(8).range_text
    assert "6-8" == original
    assert (
        "0-8 is the lowest revised band, and her revised total is 11. Eight is her total on the "
        f"1990 table, where 8 lies in the 1990 middle band of {original}; the two versions have "
        "different bands."
    ) == feedback
