"""The case quiz's HTML: its status line, case card, report, progress download and styles."""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Mapping

from ..cases.model import Case, Question
from ..quiz import QuizSession
from ..quiz_templates import export_progress, objective_progress

__all__ = [
    "LECTURE_CSS",
    "QUIZ_CSS",
    "bank_problems_html",
    "case_html",
    "export_link_html",
    "objective_progress_html",
    "progress_document",
    "report_html",
    "score_text",
    "status_html",
]

_MODE_LABELS = {"self_study": "Self-study", "exam": "Exam", "lecture": "Lecture"}

QUIZ_CSS = """<style>
.sm-quiz .widget-checkbox, .sm-quiz .widget-checkbox label, .sm-quiz .widget-radio-box label {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  height: auto !important; }
.sm-quiz .widget-checkbox { width: 100% !important; }
.sm-quiz button.jupyter-button { width: auto !important; min-width: 120px; padding: 0 12px; }
.sm-quiz .sm-field-error { border-left: 6px solid #D55E00; padding: 0 8px; margin-left: 8px;
  font-weight: 600; }
.sm-quiz a.sm-export-link { display: inline-flex; align-items: center; min-height: 44px;
  box-sizing: border-box; padding: 0 16px; margin: 2px 8px 2px 0; border-radius: 4px;
  background: #0072B2; color: #ffffff !important; font-weight: 600; text-decoration: none; }
.sm-quiz a.sm-export-link:hover { background: #005a8c; }
.sm-confirm, .sm-review-confirm { border: 2px solid #D55E00; border-radius: 4px;
  padding: 6px 12px; margin: 6px 0; }
.sm-presentation-bar .sm-bar-mode { display: none !important; }
</style>"""
"""Wrapping choices, sizing buttons, the message beside a refused field, the download as a
button, the confirm box; the page bar's own mode toggle is hidden (the quiz's is the one)."""
LECTURE_CSS = """<style>
.sm-lecture, .sm-lecture .widget-label, .sm-lecture .widget-html-content,
.sm-lecture .widget-radio-box label, .sm-lecture .widget-checkbox label,
.sm-lecture button { font-size: 22px !important; line-height: 1.4; }
.sm-lecture .widget-radio-box input, .sm-lecture .widget-checkbox input {
  width: 22px; height: 22px; }
</style>"""
"""Large type for lecture mode."""


def score_text(bucket: Mapping[str, int]) -> str:
    """A score in words from a summary bucket: correct of answered, and the quiz's size.

    >>> score_text({"questions": 99, "answered": 5, "correct": 3})
    '3 correct of 5 answered (99 in quiz)'
    """
    correct, answered, questions = bucket["correct"], bucket["answered"], bucket["questions"]
    return f"{correct} correct of {answered} answered ({questions} in quiz)"


def report_html(summary: dict, topic_labels: Mapping[str, str]) -> str:
    """The end-of-session report from :meth:`QuizSession.summary`: score, by topic and
    by learning objective, with confident mistakes counted apart."""

    def row(name, b):
        return (
            f"<tr><td>{html.escape(name)}</td><td>{b['correct']}</td><td>{b['answered']}</td>"
            f"<td>{b['questions']}</td><td>{b['confident_but_wrong']}</td></tr>"
        )

    topics = "".join(row(topic_labels[t], b) for t, b in summary["by_topic"].items())
    objectives = "".join(row(o, b) for o, b in sorted(summary["by_objective"].items()))
    head = (
        "<tr><th></th><th>Correct</th><th>Answered</th><th>Questions</th>"
        "<th>Confident but wrong</th></tr>"
    )
    return (
        f"<div class='sm-card'><h3>Report</h3><p class='sm-quiz-score'>Score: "
        f"<b>{score_text(summary['overall'])}</b></p>"
        f"<table class='sm-table'>{head}{topics}</table>"
        f"<details><summary>By learning objective</summary><table class='sm-table'>"
        f"{head}{objectives}</table></details></div>"
    )


def objective_progress_html(records) -> str:
    """Progress per learning objective over sessions, oldest first, from
    :func:`~spinemet_core.quiz_templates.session_record` dicts (the current one last): for
    each objective, correct of answered in each session that asked it."""
    progress = objective_progress(records)
    if not progress:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>"
        + " → ".join(
            f"<span title='{html.escape(e['label'])}'>{e['correct']}/{e['answered']}</span>"
            for e in entries
        )
        + "</td></tr>"
        for name, entries in progress.items()
    )
    return (
        f"<details class='sm-card sm-quiz-progress' open><summary>Progress per objective over "
        f"{len(records)} session(s), oldest first (correct/answered)</summary>"
        f"<div class='sm-table-box'><table class='sm-table'>{rows}</table></div></details>"
    )


def status_html(session: QuizSession, index: int) -> str:
    """Where the learner is: question, mode, seed, and answers given (with how many are
    correct in self-study, where feedback is already shown)."""
    o = session.summary()["overall"]
    answered = f"answered {o['answered']}"
    if session.mode == "self_study":
        answered += f" ({o['correct']} correct)"
    return (
        f"<div><b>Question {index + 1} of {len(session)}</b> · mode "
        f"{_MODE_LABELS[session.mode]} · seed <span class='sm-seed'>{session.seed}</span> · "
        f"{answered}</div>"
    )


def case_html(
    case: Case,
    question: Question,
    topic_labels: Mapping[str, str],
    variant: tuple[str, int] | None = None,
) -> str:
    """The case card: title, topic and level (and, for a template's variant, its template
    and seed), vignette and the question's prompt."""
    drawn = (
        f" · variant of template <code>{html.escape(variant[0])}</code>, seed "
        f"<span class='sm-variant-seed'>{variant[1]}</span>"
        if variant
        else ""
    )
    return (
        f"<div class='sm-card'><h3>{html.escape(case.title)}</h3>"
        f"<div class='sm-muted'>{html.escape(topic_labels[case.topic])} · "
        f"{case.difficulty}{drawn}</div><p>{html.escape(case.vignette)}</p>"
        f"<p class='sm-question-prompt'><b>{html.escape(question.prompt)}</b></p></div>"
    )


def progress_document(session: QuizSession) -> dict:
    """The progress file of ``session``: its export with the seed of every variant and the
    session's ``history`` (:func:`~spinemet_core.quiz_templates.export_progress`)."""
    return export_progress(session, getattr(session, "history", ()))


def export_link_html(session: QuizSession) -> str:
    """A download link holding the session's progress file (JSON, checksummed)."""
    data = json.dumps(progress_document(session), indent=1).encode("utf-8")
    href = "data:application/json;base64," + base64.b64encode(data).decode("ascii")
    return (
        f"<a class='sm-export-link' download='spinemet-progress.json' "
        f"href='{href}'>⬇ Download progress (JSON)</a>"
    )


def bank_problems_html(problems) -> str:
    """The case files the quiz could not load, each with file, place and reason (escaped), so
    an educator who adds a case sees why it is missing; empty when every file loaded."""
    if not problems:
        return ""
    rows = "".join(
        f"<li><code>{html.escape(str(file))}</code>: {html.escape(str(where))}: "
        f"{html.escape(str(reason))}</li>"
        for file, where, reason in problems
    )
    files = len({str(p[0]) for p in problems})
    return (
        f"<details class='sm-bank-problems'><summary>{files} case file(s) not loaded "
        f"({len(problems)} problem(s)); the other cases are available</summary><ul>{rows}</ul>"
        "</details>"
    )
