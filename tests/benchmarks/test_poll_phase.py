"""The poll phase's report (benchmarks/poll_phase.py)."""

from benchmarks.poll_phase import poll_section

FIGURES = {
    "students": 200,
    "seconds": 30.0,
    "acknowledged": 200,
    "stored": 200,
    "exactly_once": True,
    "submit_to_presenter_p50_ms": 30.0,
    "submit_to_presenter_p95_ms": 90.0,
    "submit_to_presenter_max_ms": 120.0,
    "final_count_after_ms": 5.0,
    "server_mb_before": 65.0,
    "server_mb_peak": 70.0,
    "kb_per_student": 25.6,
    "errors": [],
}


def test_the_section_puts_sqlite_and_postgresql_side_by_side():
    """One column per database, one row per figure."""
    lines = poll_section({"sqlite": FIGURES, "postgresql": {**FIGURES, "stored": 199}})
    assert "| | sqlite | postgresql |" in lines
    assert "| rows stored (export) | 200 | 199 |" in lines
    assert "| submit to presenter p95 | 90.0 ms | 90.0 ms |" in lines


def test_two_processes_have_their_own_labelled_column_and_an_old_run_shows_dashes():
    """The two-process run is labelled as such; a figure an older run lacks shows '–'."""
    reveal = {"reveal_reached": 200, "reveal_to_students_p95_ms": 40.0}
    lines = poll_section({"sqlite": FIGURES, "postgresql-2": {**FIGURES, **reveal}})
    assert "| | sqlite | postgresql, 2 processes |" in lines
    assert "| reveal to student pages p95 | – | 40.0 ms |" in lines
