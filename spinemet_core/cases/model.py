"""Typed, frozen model of a case vignette and its questions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..fidelity import Fidelity
from ..topics import QUIZ_TOPICS

__all__ = ["DIFFICULTIES", "QUESTION_TYPES", "TOPICS", "AnswerKey", "Case", "Choice", "Question"]

TOPICS = QUIZ_TOPICS
DIFFICULTIES = ("basic", "intermediate", "advanced")
QUESTION_TYPES = ("single_choice", "multiple_choice", "numeric")


@dataclass(frozen=True, slots=True)
class Choice:
    """An answer option; ``feedback`` explains why it is right or wrong."""

    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """Which core computation the question's answer must agree with."""

    instrument: str
    field: str


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a case.

    ``fidelity`` is the status of its explanation (:mod:`spinemet_core.fidelity`): the
    question's own ``status``, else its case's; ``None`` fails the ledger test.
    """

    id: str
    type: str
    prompt: str
    explanation: str
    citekeys: tuple[str, ...]
    choices: tuple[Choice, ...] = ()
    answer: float | None = None
    tolerance: float | None = None
    key: AnswerKey | None = None
    fidelity: Fidelity | None = None

    @property
    def correct_texts(self) -> tuple[str, ...]:
        """Texts of the correct choices (choice questions)."""
        return tuple(c.text for c in self.choices if c.correct)


@dataclass(frozen=True, slots=True)
class Case:
    """A synthetic case vignette with structured findings and questions."""

    id: str
    topic: str
    title: str
    difficulty: str
    objectives: tuple[str, ...]
    vignette: str
    findings: Mapping[str, Mapping[str, object]]
    questions: tuple[Question, ...]
    source: str = field(default="", compare=False)
