"""'Check yourself' questions of the notebooks, read from package data.

A question may carry a ``check`` block naming a score and its inputs; the
correct choice is then verified against the core (see the tests), so a
question can never teach a wrong total or band.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from .errors import InvalidInputError
from .topics import QUIZ_TOPICS

__all__ = ["Choice", "Question", "load_checks"]


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer option and the feedback that explains it."""

    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True, slots=True)
class Question:
    """A single-choice question with feedback for every choice."""

    id: str
    prompt: str
    choices: tuple[Choice, ...]
    citekeys: tuple[str, ...]
    check: dict | None = None

    @property
    def answer(self) -> Choice:
        """The one correct choice."""
        return next(c for c in self.choices if c.correct)


def load_checks(notebook: str) -> tuple[Question, ...]:
    """The questions of one notebook, e.g. ``load_checks("prognostic_scores")``."""
    name = f"checks_{notebook}.json"
    try:
        text = resources.files("spinemet_core.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInputError(
            "notebook",
            notebook,
            ", ".join(QUIZ_TOPICS),
        ) from None
    data = json.loads(text)
    return tuple(
        Question(
            id=q["id"],
            prompt=q["prompt"],
            choices=tuple(Choice(**c) for c in q["choices"]),
            citekeys=tuple(q["citekeys"]),
            check=q.get("check"),
        )
        for q in data["questions"]
    )
