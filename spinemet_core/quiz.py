"""Quiz engine: sessions over the case bank, grading, confidence, summaries, saved progress.

Pure Python; the widget app in :mod:`spinemet_core.ui.quiz` only displays it.

Modes
-----
``self_study``
    commit, then reveal: the learner answers and rates confidence, then sees the
    feedback and the core's computed breakdown.
``exam``
    no feedback until :meth:`QuizSession.finish`, then a report.
``lecture``
    the presenter reveals each answer with :meth:`QuizSession.reveal`.

In every mode the choices of a question are shown in the seeded order of
:meth:`QuizSession.choices`, so the same seed shows the same screen; grading
(:func:`~spinemet_core.cases.answers.grade`) compares choice texts, not positions.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .cases.answers import breakdown, choice_order, grade
from .cases.model import DIFFICULTIES, TOPICS, Case, Choice, Question
from .errors import InvalidInputError, SpinemetError, require_choice, require_int
from .progress import (
    MAX_PROGRESS_BYTES,
    PROGRESS_FORMAT,
    PROGRESS_VERSION,
    READABLE_VERSIONS,
    ProgressError,
    brief,
    checksum,
    read_json,
    rebuild,
)

__all__ = [
    "CONFIDENCE",
    "MAX_PROGRESS_BYTES",
    "MODES",
    "PROGRESS_FORMAT",
    "PROGRESS_VERSION",
    "ProgressError",
    "QuizSession",
    "Response",
    "breakdown",
    "grade",
]

MODES = ("self_study", "exam", "lecture")
CONFIDENCE = ("low", "medium", "high")


@dataclass(frozen=True, slots=True)
class Response:
    """One recorded answer."""

    case_id: str
    question_id: str
    answer: object  # str (single), list[str] (multiple) or float (numeric)
    confidence: str
    correct: bool


class QuizSession:
    """One learner's pass through a filtered, shuffled selection of the bank.

    ``count`` keeps the first ``count`` questions of the shuffled selection (``None``: all
    of them); fewer are kept when fewer match the filters.
    """

    def __init__(
        self,
        cases: Sequence[Case],
        *,
        mode: str = "self_study",
        seed: int = 1,
        topics: Sequence[str] | None = None,
        difficulties: Sequence[str] | None = None,
        count: int | None = None,
    ) -> None:
        self.mode = require_choice("mode", mode, MODES)
        self.seed = require_int("seed", seed, minimum=0, maximum=10**9)
        self.topics = tuple(require_choice("topics", t, TOPICS) for t in (topics or TOPICS))
        self.difficulties = tuple(
            require_choice("difficulties", d, DIFFICULTIES) for d in (difficulties or DIFFICULTIES)
        )
        self.bank = {c.id: c for c in cases}
        chosen = [c for c in cases if c.topic in self.topics and c.difficulty in self.difficulties]
        random.Random(self.seed).shuffle(chosen)
        self.items: list[tuple[str, str]] = [(c.id, q.id) for c in chosen for q in c.questions]
        self.count = None if count is None else require_int("count", count, minimum=1)
        if self.count is not None:
            self.items = self.items[: self.count]
        self.variant_seed: int | None = None
        """Reserved for case templates: the seed that fixes their variants (None: none)."""
        self.responses: dict[tuple[str, str], Response] = {}
        self.revealed: set[tuple[str, str]] = set()
        self.finished = False

    # Access
    def question(self, index: int) -> tuple[Case, Question]:
        """The case and question at a position of the session."""
        case_id, question_id = self.items[
            require_int("index", index, minimum=0, maximum=max(len(self.items) - 1, 0))
        ]
        case = self.bank[case_id]
        return case, next(q for q in case.questions if q.id == question_id)

    def choices(self, index: int) -> tuple[Choice, ...]:
        """The choices of the question at ``index`` in the order shown for this seed."""
        case, question = self.question(index)
        return choice_order(question, seed=self.seed, case_id=case.id)

    def __len__(self) -> int:
        return len(self.items)

    # Actions
    def answer(self, index: int, answer, confidence: str) -> Response:
        """Record (or replace, before feedback is shown) the answer at ``index``."""
        case, question = self.question(index)
        key = (case.id, question.id)
        if self.feedback_visible(index):
            raise InvalidInputError("index", index, "a question whose answer is not yet shown")
        confidence = require_choice("confidence", confidence, CONFIDENCE)
        response = Response(
            case.id, question.id, _plain(answer), confidence, grade(question, answer)
        )
        self.responses[key] = response
        return response

    def reveal(self, index: int) -> None:
        """Show the answer at ``index`` (the presenter's button in lecture mode)."""
        case, question = self.question(index)
        self.revealed.add((case.id, question.id))

    def finish(self) -> None:
        """End the session; in exam mode this releases every feedback."""
        self.finished = True

    def feedback_visible(self, index: int) -> bool:
        """Whether the learner may now see the answer and feedback at ``index``."""
        case, question = self.question(index)
        key = (case.id, question.id)
        if self.mode == "self_study":
            return key in self.responses
        if self.mode == "exam":
            return self.finished
        return key in self.revealed

    # Reports
    def summary(self) -> dict:
        """Answered, correct and confidence, overall and by topic and learning objective."""

        def empty():
            return {"questions": 0, "answered": 0, "correct": 0, "confident_but_wrong": 0}

        overall, by_topic, by_objective = empty(), {}, {}
        for case_id, question_id in self.items:
            case = self.bank[case_id]
            response = self.responses.get((case_id, question_id))
            buckets = [overall, by_topic.setdefault(case.topic, empty())]
            buckets += [by_objective.setdefault(o, empty()) for o in case.objectives]
            for bucket in buckets:
                bucket["questions"] += 1
                if response:
                    bucket["answered"] += 1
                    bucket["correct"] += response.correct
                    bucket["confident_but_wrong"] += (
                        response.confidence == "high" and not response.correct
                    )
        return {"overall": overall, "by_topic": by_topic, "by_objective": by_objective}

    # Saved progress
    def export(self) -> dict:
        """A versioned, checksummed JSON-able record of the session."""
        body = {
            "format": PROGRESS_FORMAT,
            "version": PROGRESS_VERSION,
            "settings": {
                "mode": self.mode,
                "seed": self.seed,
                "topics": list(self.topics),
                "difficulties": list(self.difficulties),
                "count": self.count,
                "variant_seed": self.variant_seed,
            },
            "items": [list(item) for item in self.items],
            "responses": [
                {
                    "case": r.case_id,
                    "question": r.question_id,
                    "answer": r.answer,
                    "confidence": r.confidence,
                }
                for r in self.responses.values()
            ],
            "revealed": sorted(list(k) for k in self.revealed),
            "finished": self.finished,
        }
        return {**body, "checksum": checksum(body)}

    @classmethod
    def import_progress(cls, data, cases: Sequence[Case]) -> QuizSession:
        """Rebuild a session from :meth:`export` output, or raise :class:`ProgressError`.

        The bank is checked question by question, and answers are re-graded here,
        so a file cannot award itself marks.
        """
        if isinstance(data, bytes | bytearray | memoryview | str):
            data = read_json(data)
        if not isinstance(data, dict) or data.get("format") != PROGRESS_FORMAT:
            raise ProgressError("this is not a spinemet quiz progress file")
        version = data.get("version")
        if type(version) is not int or version not in READABLE_VERSIONS:
            raise ProgressError(
                f"progress file version {brief(version)} is not "
                "supported; this quiz reads versions "
                + " and ".join(str(v) for v in READABLE_VERSIONS)
            )
        body = {k: v for k, v in data.items() if k != "checksum"}
        try:
            intact = data.get("checksum") == checksum(body)
        except (TypeError, ValueError, RecursionError):
            intact = False
        if not intact:
            raise ProgressError(
                "the file was changed after it was saved (checksum mismatch); it was not loaded"
            )
        try:
            session = rebuild(cls, data, cases)
        except ProgressError:
            raise
        except (KeyError, IndexError, TypeError, ValueError, SpinemetError) as exc:
            reason = brief(str(exc), 120, quote=False)
            raise ProgressError(
                f"the progress file is incomplete or inconsistent ({reason})"
            ) from None
        return session


def _plain(answer):
    if isinstance(answer, list | tuple | set | frozenset):
        return sorted(answer)
    if isinstance(answer, int | float) and not isinstance(answer, bool):
        return float(answer)
    return answer
