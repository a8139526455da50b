"""spinemet_core.ui.ledger: each dashboard's ledger panel shows citekey and status per entry."""

from spinemet_core.ledger import entries_for
from spinemet_core.ui.ledger import ledger_html


def test_panel_shows_every_entry_with_its_citekey_and_status():
    """Each entry of the topic is a row with its citekey and its status label."""
    text = ledger_html("separation_surgery")
    entries = entries_for("separation_surgery")
    assert len(entries) == text.count("<tr>") - 1
    assert all(f"<code>{e.citekey}</code>" in text for e in entries)
    assert all(e.fidelity.label in text for e in entries)


def test_panel_summary_counts_the_statuses():
    """The summary line counts the entries of each status."""
    entries = entries_for("stereotactic_radiosurgery")
    n = {s: sum(e.status == s for e in entries) for s in ("confirmed", "secondary", "unconfirmed")}
    expected = (
        f"({n['confirmed']} confirmed, {n['secondary']} secondary, {n['unconfirmed']} unconfirmed)"
    )
    assert expected in ledger_html("stereotactic_radiosurgery")


def test_pages_without_entries_get_no_panel():
    """The start page and the quiz show no ledger panel."""
    assert ("", "") == (ledger_html("start_here"), ledger_html("case_quiz"))
