"""spinemet_core.ledger: every shown number, band, rule and explanation has a source and status."""

import dataclasses

from spinemet_core import _ledger_sources, ledger
from spinemet_core.evidence import rcc_trials
from spinemet_core.references import REFERENCES
from spinemet_core.topics import DASHBOARDS

CASE = """id: demo-case
topic: noms_framework
title: A case with no status
difficulty: basic
objectives: [noms-decision]
vignette: A synthetic patient whose case file gives its explanation no status at all.
questions:
  - id: plan
    type: single_choice
    prompt: Which plan does NOMS give here?
    choices:
      - {text: "cEBRT", correct: true, feedback: "Radiosensitive histology: cEBRT."}
      - {text: "SRS", correct: false, feedback: "Not for a radiosensitive tumour."}
    explanation: Radiosensitive histology is treated with cEBRT.
    citekeys: [laufer2013_noms]
"""


def test_every_shown_record_has_a_citekey_and_a_status():
    """No record of the registries, evidence, rules, constants or questions lacks either.

    A failure lists each record and where to give it a status (usually its module's
    FIDELITY table, keyed by citekey, or the ``status`` of a case file).
    """
    problems = ledger.missing()
    assert () == problems, "records without a citekey or a status:\n" + "\n".join(problems)


def test_a_citekey_without_a_status_is_named_with_its_module(monkeypatch):
    """Removing one source's status makes the ledger test fail, naming the module and citekey."""
    table = {k: v for k, v in rcc_trials.FIDELITY.items() if k != "motzer2018_cm214"}
    monkeypatch.setattr(rcc_trials, "FIDELITY", table)
    problems = [p for p in ledger.missing() if "motzer2018_cm214" in p and "rcc_trials" in p]
    assert 2 == len(problems)
    assert problems[0].endswith("[motzer2018_cm214] has no status")


def test_an_instrument_without_a_status_is_named(monkeypatch):
    """A registry record (e.g. a new score) without ``fidelity`` is named by the test."""
    sins = _ledger_sources.INSTRUMENTS["sins"]
    bare = dataclasses.replace(sins, fidelity=None)
    monkeypatch.setattr(
        _ledger_sources, "INSTRUMENTS", {**_ledger_sources.INSTRUMENTS, "sins": bare}
    )
    assert any(
        p.startswith("scores registry: sins (Instrument.fidelity)") for p in ledger.missing()
    )


def test_a_question_without_a_status_is_named_with_its_file(monkeypatch, tmp_path):
    """A case file whose explanation has no status (case or question) fails, naming the file."""
    (tmp_path / "README.md").write_text("demo bank\n")
    (tmp_path / "noms_framework").mkdir()
    path = tmp_path / "noms_framework" / "demo-case.yaml"
    path.write_text(CASE)
    monkeypatch.setenv("SPINEMET_CASES", str(tmp_path))
    assert (
        f"{path}: question plan (status: in the file): case demo-case, question plan / "
        "explanation [laufer2013_noms] has no status",
    ) == ledger.missing()


def test_every_citekey_of_the_ledger_is_in_the_bibliography():
    """Each entry's citekey(s) name records of the bibliography."""
    keys = {k for e in ledger.ledger() for k in e.citekey.split(", ")}
    assert set() == keys - set(REFERENCES)


def test_every_topic_dashboard_has_ledger_entries():
    """Dashboards 01-05 each show entries; the start page and the quiz show none."""
    counts = {d: len(ledger.entries_for(d)) for d in DASHBOARDS}
    assert ["case_quiz", "start_here"] == sorted(d for d, n in counts.items() if n == 0)


def _entry(what: str):
    (found,) = [e for e in ledger.ledger(questions=False) if e.what.startswith(what)]
    return found


def test_item_4_numbers_carry_their_source_and_honest_status():
    """The 2-3 mm aim, alpha/beta, the BED formula and Patchell's entry criterion are cited."""
    assert [
        ("2-3 mm", "laufer2013_separation", "unconfirmed"),
        ("10 Gy", "fowler1989", "unconfirmed"),
        ("2 Gy", "sahgal2013_cord", "confirmed"),
        ("", "fowler1989", "unconfirmed"),
        ("at least 3 months", "patchell2005", "secondary"),
    ] == [
        (e.value, e.citekey, e.status)
        for e in (
            _entry("tumour-free space around the thecal sac"),
            _entry("alpha/beta of tumour"),
            _entry("alpha/beta of the spinal cord"),
            _entry("BED ="),
            _entry("expected survival required for entry to the Patchell trial"),
        )
    ]


def test_markdown_lists_each_dashboard_and_the_questions():
    """docs/FIDELITY.md has the legend, one section per topic dashboard and the questions."""
    text = ledger.markdown()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert [
        "## 01 Prognostic scores",
        "## 02 NOMS framework",
        "## 03 Separation surgery",
        "## 04 Stereotactic radiosurgery",
        "## 05 Targeted therapy for renal cell carcinoma",
        "## Question explanations (cases and check-yourself questions)",
    ] == headings


def test_the_schedules_quoted_in_prose_are_listed_with_citekey_and_status():
    """The SC.24, RTOG 0631, Maranzano and Yamada schedules of dashboard 04's prose are rows."""
    rows = {
        (e.shown, e.value, e.citekey, e.status)
        for e in ledger.entries_for("stereotactic_radiosurgery")
    }
    why = "why the pain trials disagree"
    for expected in (
        (f"SC.24: {why}", "24 Gy in 2 fractions", "sahgal2021_sc24", "confirmed"),
        (f"SC.24: {why}", "20 Gy in 5 fractions", "sahgal2021_sc24", "confirmed"),
        (f"RTOG 0631: {why}", "16 or 18 Gy in 1 fraction", "ryu2023_rtog0631", "confirmed"),
        (f"RTOG 0631: {why}", "8 Gy in 1 fraction", "ryu2023_rtog0631", "confirmed"),
        (f"Maranzano 1995: {why}", "30 Gy", "maranzano1995", "confirmed"),
        (f"Yamada 2017: {why}", "16-26 Gy in 1 fraction", "yamada2017", "confirmed"),
    ):
        assert expected in rows
