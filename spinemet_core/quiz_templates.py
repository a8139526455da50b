"""Quizzes that draw template variants, review rounds and progress per objective.

Pure Python, on top of :class:`~spinemet_core.quiz.QuizSession` (whose signatures are
unchanged): a variant is an ordinary case, so a session grades, reveals and summarises
it like any other. What this module adds:

- :func:`build_quiz` draws one variant of every template in the selection. In
  ``self_study`` each attempt draws a fresh *attempt seed* (unless one is given), so a
  second attempt shows other variants; in ``exam`` and ``lecture`` the attempt seed is
  the quiz's seed, so every device with the same seed shows the same variants.
- Each variant's ``(template, seed)`` is kept in ``session.variants`` (by case id) and
  written by :func:`export_progress`; :func:`import_progress` redraws the same variants,
  so a saved session, a shared link or a disputed exam answer can be replayed.
- :func:`review_round` builds a round from the objectives a learner missed or answered
  wrong with high confidence, with new variants of the templates that teach them.
- :func:`session_record` and :func:`objective_progress` (from :mod:`.quiz_history`) give
  per-objective progress over sessions, as plain data for the quiz's summary.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .cases.model import Case
from .cases.templates import Template, draw, variant_id
from .errors import require_choice, require_int
from .progress import (
    MAX_HISTORY,
    ProgressError,
    brief,
    checksum,
    read_history,
    read_json,
    read_seed,
)
from .quiz import MODES, QuizSession
from .quiz_history import objective_progress, session_record

__all__ = [
    "SEED_LIMIT",
    "ReviewRound",
    "build_quiz",
    "export_progress",
    "import_progress",
    "objective_progress",
    "review_round",
    "session_record",
    "variant_of",
    "weak_objectives",
]

SEED_LIMIT = 10**9
"""Seeds (quiz, attempt and variant) are whole numbers from 0 to this limit."""


def _variant_seed(attempt_seed: int, template_id: str, copy: int = 0) -> int:
    return random.Random(f"{attempt_seed}:{template_id}:{copy}").randrange(SEED_LIMIT)


def _fresh_seed() -> int:
    return random.SystemRandom().randrange(SEED_LIMIT)


def _session(
    cases, drawn, *, mode, seed, topics, difficulties, attempt_seed, count=None
) -> QuizSession:
    variants = sorted((draw(t, s) for t, s in drawn), key=lambda v: v.case.id)  # as re-imported
    session = QuizSession(
        [*cases, *(v.case for v in variants)],
        mode=mode,
        seed=seed,
        topics=topics,
        difficulties=difficulties,
        count=count,
    )
    session.variant_seed = attempt_seed  # the progress format's settings.variant_seed
    # Every variant the filters select, also one that ``count`` leaves out: an import
    # shuffles the same selection again.
    session.variants = {
        v.case.id: {"template": v.template_id, "seed": v.seed}
        for v in variants
        if v.case.topic in session.topics and v.case.difficulty in session.difficulties
    }
    session.attempt_seed = attempt_seed
    return session


def build_quiz(
    cases: Sequence[Case],
    templates: Sequence[Template],
    *,
    mode: str = "self_study",
    seed: int = 1,
    topics: Sequence[str] | None = None,
    difficulties: Sequence[str] | None = None,
    attempt_seed: int | None = None,
    variants_per_template: int = 1,
    count: int | None = None,
) -> QuizSession:
    """A :class:`QuizSession` over the hand-written ``cases`` and variants of every template.

    Parameters
    ----------
    mode, seed, topics, difficulties
        As for :class:`QuizSession`; templates are filtered by topic and difficulty too.
    attempt_seed : int, optional
        Fixes the variants (0 to :data:`SEED_LIMIT`). In ``self_study`` it is drawn fresh
        when not given; in ``exam`` and ``lecture`` it is always ``seed``.
    variants_per_template : int
        How many variants of each template (1-20), each with its own seed.
    count : int, optional
        As for :class:`QuizSession`: the first ``count`` questions of the shuffled selection.

    Returns
    -------
    QuizSession
        With two more attributes: ``variants`` (case id -> ``{"template", "seed"}`` for
        every variant the filters select, also those ``count`` leaves out) and
        ``attempt_seed`` (also its ``variant_seed``).

    Raises
    ------
    InvalidInputError
        A bad mode, seed, attempt seed, topic or difficulty.
    """
    mode = require_choice("mode", mode, MODES)
    seed = require_int("seed", seed, minimum=0, maximum=SEED_LIMIT)
    if mode != "self_study":
        attempt_seed = seed
    elif attempt_seed is None:
        attempt_seed = _fresh_seed()
    attempt_seed = require_int("attempt_seed", attempt_seed, minimum=0, maximum=SEED_LIMIT)
    copies = require_int("variants_per_template", variants_per_template, minimum=1, maximum=20)
    drawn = [
        (t, seed)
        for t in templates
        for seed in dict.fromkeys(_variant_seed(attempt_seed, t.id, k) for k in range(copies))
    ]
    return _session(
        cases,
        drawn,
        mode=mode,
        seed=seed,
        topics=topics,
        difficulties=difficulties,
        attempt_seed=attempt_seed,
        count=count,
    )


def variant_of(session: QuizSession, index: int) -> tuple[str, int] | None:
    """``(template id, seed)`` of the question at ``index``, or ``None`` for a hand-written
    case; :func:`~spinemet_core.cases.templates.draw` replays it."""
    case, _question = session.question(index)
    found = getattr(session, "variants", {}).get(case.id)
    return (found["template"], found["seed"]) if found else None


def export_progress(session: QuizSession, history: Iterable[dict] = ()) -> dict:
    """:meth:`QuizSession.export` plus the seed of every variant, the attempt seed, the
    ``history`` of :func:`session_record` dicts (the newest
    :data:`~spinemet_core.progress.MAX_HISTORY`) and, for a review round, ``review_of`` (its
    objectives), re-checksummed."""
    body = {k: v for k, v in session.export().items() if k != "checksum"}
    body["variants"] = [
        {"case": case_id, **found}
        for case_id, found in sorted(getattr(session, "variants", {}).items())
    ]
    body["attempt_seed"] = getattr(session, "attempt_seed", None)
    body["history"] = list(history)[-MAX_HISTORY:]
    review_of = getattr(session, "review_of", None)
    if review_of is not None:  # a review round holds variants only
        body["review_of"] = list(review_of)
    return {**body, "checksum": checksum(body)}


def import_progress(data, cases: Sequence[Case], templates: Sequence[Template]) -> QuizSession:
    """Rebuild a session saved by :func:`export_progress`, redrawing each recorded variant.

    Raises :class:`~spinemet_core.progress.ProgressError` for a file that is not one, was
    changed, names an unknown template or a bad seed, holds a history that is not a list
    of :func:`session_record` dicts, or belongs to another bank.
    """
    if isinstance(data, bytes | bytearray | memoryview | str):
        data = read_json(data)
    if not isinstance(data, dict) or not isinstance(data.get("variants", []), list):
        raise ProgressError("this is not a spinemet quiz progress file")
    by_id = {t.id: t for t in templates}
    drawn = []
    for entry in data.get("variants", []):
        ok = isinstance(entry, dict) and entry.get("template") in by_id
        seed = entry.get("seed") if ok else None
        if not ok or type(seed) is not int or not 0 <= seed <= SEED_LIMIT:
            raise ProgressError(f"a recorded variant is not one of this bank: {brief(entry)}")
        if entry.get("case") != variant_id(entry["template"], seed):
            raise ProgressError(f"a recorded variant does not match its seed: {brief(entry)}")
        drawn.append(draw(by_id[entry["template"]], seed))
    drawn.sort(key=lambda v: v.case.id)
    review_of = data.get("review_of")
    if review_of is not None:
        if not isinstance(review_of, list) or not all(isinstance(o, str) for o in review_of):
            raise ProgressError(f"the review round's objectives are not names: {brief(review_of)}")
        cases = ()  # a review round asks variants only
    session = QuizSession.import_progress(data, [*cases, *(v.case for v in drawn)])
    if review_of is not None:
        session.review_of = tuple(review_of)
    session.variants = {v.case.id: {"template": v.template_id, "seed": v.seed} for v in drawn}
    session.attempt_seed = read_seed("attempt_seed", data.get("attempt_seed"))
    session.history = read_history(data.get("history", []))
    return session


def weak_objectives(session: QuizSession) -> list[tuple[str, int, int]]:
    """``(objective, wrong answers, wrong with high confidence)`` for every objective the
    learner missed, misplaced confidence first, then most missed, then by name."""
    by_objective = session.summary()["by_objective"]
    weak = [
        (name, s["answered"] - s["correct"], s["confident_but_wrong"])
        for name, s in by_objective.items()
        if s["answered"] > s["correct"]
    ]
    return sorted(weak, key=lambda w: (-w[2], -w[1], w[0]))


@dataclass(frozen=True, slots=True)
class ReviewRound:
    """A review round: its session (``None`` when no template teaches a weak objective),
    the weak objectives it reviews and those no template teaches."""

    session: QuizSession | None
    objectives: tuple[str, ...]
    uncovered: tuple[str, ...]


def review_round(
    session: QuizSession,
    templates: Sequence[Template],
    *,
    attempt_seed: int | None = None,
    per_objective: int = 1,
) -> ReviewRound:
    """A self-study round of new variants of the templates that teach the weak objectives.

    Each weak objective (:func:`weak_objectives`) gets up to ``per_objective`` templates
    that list it, each with a variant seed never used in ``session``. ``attempt_seed`` fixes
    the draw (fresh when not given), so a round can be replayed.
    """
    per_objective = require_int("per_objective", per_objective, minimum=1, maximum=20)
    attempt_seed = _fresh_seed() if attempt_seed is None else attempt_seed
    attempt_seed = require_int("attempt_seed", attempt_seed, minimum=0, maximum=SEED_LIMIT)
    weak = tuple(name for name, _missed, _confident in weak_objectives(session))
    used = {(v["template"], v["seed"]) for v in getattr(session, "variants", {}).values()}
    chosen: dict[str, Template] = {}
    uncovered = []
    for objective in weak:
        teaching = [t for t in templates if objective in t.objectives]
        if not teaching:
            uncovered.append(objective)
        for template in teaching[:per_objective]:
            chosen.setdefault(template.id, template)
    drawn = []
    for template in chosen.values():
        copy = 0
        while (template.id, _variant_seed(attempt_seed, template.id, copy)) in used:
            copy += 1
        drawn.append((template, _variant_seed(attempt_seed, template.id, copy)))
    if not drawn:
        return ReviewRound(None, weak, tuple(uncovered))
    review = _session(
        (),  # variants only; ``review_of`` tells import_progress so
        drawn,
        mode="self_study",
        seed=attempt_seed,
        topics=None,
        difficulties=None,
        attempt_seed=attempt_seed,
    )
    review.review_of = weak
    return ReviewRound(review, weak, tuple(uncovered))
