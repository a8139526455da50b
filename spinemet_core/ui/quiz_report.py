"""The case quiz's HTML: its report, its progress download and its styles."""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Mapping

from ..quiz import QuizSession

__all__ = ["LECTURE_CSS", "QUIZ_CSS", "bank_problems_html", "export_link_html", "report_html"]

QUIZ_CSS = """<style>
.sm-quiz .widget-checkbox, .sm-quiz .widget-checkbox label, .sm-quiz .widget-radio-box label {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  height: auto !important; }
.sm-quiz .widget-checkbox { width: 100% !important; }
.sm-quiz button.jupyter-button { width: auto !important; min-width: 120px; padding: 0 12px; }
.sm-quiz .sm-field-error { border-left: 6px solid #D55E00; padding: 0 8px; margin-left: 8px;
  font-weight: 600; }
</style>"""
"""Wrapping choices, sizing buttons, and the message beside a field that was refused."""
LECTURE_CSS = """<style>
.sm-lecture, .sm-lecture .widget-label, .sm-lecture .widget-html-content,
.sm-lecture .widget-radio-box label, .sm-lecture .widget-checkbox label,
.sm-lecture button { font-size: 22px !important; line-height: 1.4; }
.sm-lecture .widget-radio-box input, .sm-lecture .widget-checkbox input {
  width: 22px; height: 22px; }
</style>"""
"""Large type for lecture mode."""


def report_html(summary: dict, topic_labels: Mapping[str, str]) -> str:
    """The end-of-session report from :meth:`QuizSession.summary`: score, by topic and
    by learning objective, with confident mistakes counted apart."""

    def row(name, b):
        return (
            f"<tr><td>{html.escape(name)}</td><td>{b['correct']} / {b['questions']}</td>"
            f"<td>{b['answered']}</td><td>{b['confident_but_wrong']}</td></tr>"
        )

    topics = "".join(row(topic_labels[t], b) for t, b in summary["by_topic"].items())
    objectives = "".join(row(o, b) for o, b in sorted(summary["by_objective"].items()))
    o = summary["overall"]
    head = "<tr><th></th><th>Correct</th><th>Answered</th><th>Confident but wrong</th></tr>"
    return (
        f"<div class='sm-card'><h3>Report</h3><p class='sm-quiz-score'>Score: "
        f"<b>{o['correct']} / {o['questions']}</b> ({o['answered']} answered)</p>"
        f"<table class='sm-table'>{head}{topics}</table>"
        f"<details><summary>By learning objective</summary><table class='sm-table'>"
        f"{head}{objectives}</table></details></div>"
    )


def export_link_html(session: QuizSession) -> str:
    """A download link holding the session's progress file (JSON, checksummed)."""
    data = json.dumps(session.export(), indent=1).encode("utf-8")
    href = "data:application/json;base64," + base64.b64encode(data).decode("ascii")
    return (
        f"<a class='sm-export-link' download='spinemet-progress.json' href='{href}'>"
        "Download progress (JSON)</a>"
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
