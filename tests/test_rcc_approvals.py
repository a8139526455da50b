"""Each FDA approval is cited to a source that reports it: one published after the approval."""

from importlib import resources

import pytest

from spinemet_core.evidence.rcc import APPROVALS
from spinemet_core.references import BIBLIOGRAPHY, parse_csl_json

ISSUED = {
    r["id"]: tuple(r["issued"]["date-parts"][0])
    for r in parse_csl_json(
        resources.files("spinemet_core.data").joinpath(BIBLIOGRAPHY).read_text("utf-8")
    )
}


def _published_after(issued: tuple[int, ...], event: tuple[int, ...]) -> bool:
    """True when a source issued on ``issued`` (year[, month[, day]]) is known to come after
    ``event``: compared at the precision both dates give, a tie counts only when the
    source's date is as precise as the event's."""
    n = min(len(issued), len(event))
    return issued[:n] > event[:n] or (issued[:n] == event[:n] and len(issued) >= len(event))


@pytest.mark.parametrize("approval", APPROVALS, ids=lambda a: f"{a.date}-{a.drug}")
def test_an_approval_is_cited_to_a_source_published_after_it(approval):
    """A source cannot report an approval that came after it (a 2022 review for a 2024
    approval, a trial paper for the approval it led to)."""
    event = tuple(int(p) for p in approval.date.split("-"))
    assert _published_after(ISSUED[approval.citekey], event), approval


def test_subcutaneous_nivolumab_is_cited_to_a_january_2025_report():
    """The December 2024 approval of subcutaneous nivolumab cites The ASCO Post, January 2025."""
    row = next(a for a in APPROVALS if a.drug == "Nivolumab, subcutaneous")
    assert ("2024-12-27", "ascopost2025_nivosc") == (row.date, row.citekey)
    assert (2025, 1) == ISSUED[row.citekey]


def test_published_after_needs_the_source_to_be_provably_later():
    """A trial paper dated only '2018' does not report an April 2018 approval; 2022 does."""
    assert not _published_after((2018,), (2018, 4))
    assert _published_after((2022,), (2021, 11, 17))
    assert _published_after((2025, 1), (2024, 12, 27))
    assert not _published_after((2024, 12), (2024, 12, 27))
