"""Progress per learning objective over quiz sessions, as plain data.

A progress file's ``history`` holds one :func:`session_record` per earlier session (written
by :func:`spinemet_core.quiz_templates.export_progress`); :func:`objective_progress` turns
them, with the current session's record, into one series per objective for the summary.
Both are re-exported by :mod:`spinemet_core.quiz_templates`.
"""

from __future__ import annotations

from collections.abc import Iterable

from .quiz import QuizSession

__all__ = ["objective_progress", "session_record"]


def session_record(session: QuizSession, label: str = "") -> dict:
    """A small JSON-able record of one session for the progress history: its label (e.g. a
    date the UI supplies), mode, seeds and the per-objective counts of its summary."""
    return {
        "label": str(label),
        "mode": session.mode,
        "seed": session.seed,
        "attempt_seed": getattr(session, "attempt_seed", None),
        "by_objective": session.summary()["by_objective"],
    }


def objective_progress(records: Iterable[dict]) -> dict[str, list[dict]]:
    """Objective -> one entry per session that answered a question on it, oldest first:
    ``{"label", "answered", "correct", "confident_but_wrong"}``, for a progress chart.

    >>> objective_progress([{"label": "a", "by_objective": {"score-sins":
    ...     {"questions": 2, "answered": 2, "correct": 1, "confident_but_wrong": 1}}}])
    {'score-sins': [{'label': 'a', 'answered': 2, 'correct': 1, 'confident_but_wrong': 1}]}
    """
    progress: dict[str, list[dict]] = {}
    for record in records:
        for objective, counts in sorted(record.get("by_objective", {}).items()):
            if not counts["answered"]:
                continue
            progress.setdefault(objective, []).append(
                {
                    "label": record.get("label", ""),
                    "answered": counts["answered"],
                    "correct": counts["correct"],
                    "confident_but_wrong": counts["confident_but_wrong"],
                }
            )
    return progress
