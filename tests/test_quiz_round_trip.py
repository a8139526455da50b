"""Property: a whole quiz session survives export then import (JSON text in between)."""

import json

from hypothesis import given

from spinemet_core.cases import load_bank
from spinemet_core.quiz import QuizSession

from .strategies import ROOT, bounded, played_sessions

CASES, _PROBLEMS = load_bank(ROOT / "cases")


@bounded(80)
@given(played_sessions(CASES))
def test_export_then_import_gives_back_the_whole_session(session):
    """Settings, questions and their order, answers with their confidence and grade, reveals
    and the finished flag all come back, and the export is the same again."""
    again = QuizSession.import_progress(json.dumps(session.export()).encode(), CASES)
    assert session.export() == again.export()
    assert session.responses == again.responses
    assert (session.mode, session.seed, session.topics, session.difficulties) == (
        again.mode,
        again.seed,
        again.topics,
        again.difficulties,
    )
    assert (session.count, session.items, session.revealed, session.finished) == (
        again.count,
        again.items,
        again.revealed,
        again.finished,
    )
