"""The case quiz's report and its progress download, as HTML."""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Mapping

from ..quiz import QuizSession

__all__ = ["export_link_html", "report_html"]


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
