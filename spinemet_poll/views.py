"""What each side may see of a poll, as JSON-ready dicts.

A student sees the question, their own answer and, only after the reveal, the key,
the explanation and whether they were right; never anyone else's answers. The
presenter sees the counts as they come in; the key and the share right appear in
the presenter's view only after the reveal too, since that view is projected.
"""

from __future__ import annotations

from .models import Answer, Poll

__all__ = ["answer_view", "presenter_view", "student_view"]


def _question(poll: Poll) -> dict:
    return {
        "code": poll.code,
        "state": poll.state,
        "kind": poll.kind,
        "vignette": poll.vignette,
        "prompt": poll.prompt,
        "choices": [c["text"] for c in poll.choices],
    }


def _key(poll: Poll) -> dict:
    """The key and its explanation, as the core computed them when the poll started."""
    return {
        "key": [c["text"] for c in poll.choices if c["correct"]],
        "answer": poll.answer,
        "tolerance": poll.tolerance,
        "feedback": poll.choices,
        "explanation": poll.explanation,
        "breakdown": poll.breakdown,
        "citation": poll.citation,
    }


def answer_view(answer: Answer | None) -> dict | None:
    """A student's own answer: ``{"answer", "confidence"}`` (the answer as sent back)."""
    if answer is None:
        return None
    given = answer.number if answer.choice is None else answer.choice
    return {"answer": given, "confidence": answer.confidence}


def student_view(poll: Poll, answer: Answer | None) -> dict:
    """The student's page: question, own answer, and after the reveal key and verdict."""
    view = {**_question(poll), "mine": answer_view(answer), "reveal": None}
    if poll.state == "revealed":
        verdict = None if answer is None else answer.correct
        view["reveal"] = {**_key(poll), "correct": verdict}
    return view


def presenter_view(poll: Poll, results: dict, join_url: str) -> dict:
    """The presenter's page: question, live counts, and after the reveal key and share right."""
    view = {**_question(poll), "join_url": join_url, "results": dict(results), "reveal": None}
    right = view["results"].pop("right")
    bars = [{k: v for k, v in bar.items() if k != "right"} for bar in results["bars"]]
    if poll.state == "revealed":
        view["reveal"] = {**_key(poll), "right": right}
        pairs = zip(bars, results["bars"], strict=True)
        bars = [{**bar, "key": _holds_key(poll, full)} for bar, full in pairs]
    view["results"]["bars"] = bars
    return view


def _holds_key(poll: Poll, bar: dict) -> bool:
    """Whether a bar shows the key: a key choice, or a numeric bar holding an answer the
    core graded right."""
    if poll.kind != "numeric":
        return any(c["correct"] and c["text"] == bar["label"] for c in poll.choices)
    return bar["right"] > 0
