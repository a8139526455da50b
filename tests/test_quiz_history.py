"""Records of quiz sessions and progress per objective over them (spinemet_core/quiz_history.py)."""

from spinemet_core.cases import bank_folder, load_bank
from spinemet_core.progress import read_history
from spinemet_core.quiz import QuizSession
from spinemet_core.quiz_history import objective_progress, session_record

CASES, _ = load_bank(bank_folder())


def test_a_session_record_is_plain_data_the_progress_file_accepts():
    """A record holds label, mode, seeds and per-objective counts, and passes the file's check."""
    session = QuizSession(CASES, mode="exam", seed=6, count=2)
    record = session_record(session, "Monday")
    assert ("Monday", "exam", 6, None) == (
        record["label"],
        record["mode"],
        record["seed"],
        record["attempt_seed"],
    )
    assert [record] == read_history([record])


def test_a_session_with_no_answers_adds_no_progress():
    """Objectives of unanswered questions are left out of the progress."""
    assert {} == objective_progress([session_record(QuizSession(CASES, count=3))])
