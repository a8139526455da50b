"""Polls and answers in the database: create, open/close/reveal, answer, count, export.

Every method is one short transaction. Answers are checked (:mod:`.checks`) and
graded by the core before anything is written; one student token has one answer per
poll (a unique constraint), which a new submission replaces while the poll is open.
"""

from __future__ import annotations

import csv
import io
import json
import secrets
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from spinemet_core.cases import Choice, Question, grade
from spinemet_core.quiz import CONFIDENCE

from .checks import CODE_ALPHABET, check_answer, check_code, check_confidence
from .histogram import histogram
from .models import Answer, Poll, now

__all__ = ["MAX_ANSWERS", "PollClosed", "PollFull", "PollNotFound", "PollStore"]

MAX_ANSWERS = 2000
"""Most students one poll takes (a lecture hall is far smaller; a script is not)."""

CODE_LENGTH = 5

_MOVES = {"open": ("closed",), "close": ("open",), "reveal": ("open", "closed")}
_AFTER = {"open": "open", "close": "closed", "reveal": "revealed"}


class PollNotFound(LookupError):
    """No poll has this join code."""


class PollClosed(RuntimeError):
    """The poll takes no answers (closed or revealed), or cannot make that move."""


class PollFull(RuntimeError):
    """The poll holds :data:`MAX_ANSWERS` answers already."""


def _question(poll: Poll) -> Question:
    """The core's question rebuilt from the snapshot, so the core grades answers."""
    choices = tuple(Choice(**c) for c in poll.choices)
    return Question(
        poll.question_id,
        poll.kind,
        poll.prompt,
        poll.explanation,
        (),
        choices,
        poll.answer,
        poll.tolerance,
    )


def _number(value: float) -> str:
    """A numeric answer as stored, every digit kept.

    >>> _number(12.0), _number(14.56789123), _number(-0.5)
    ('12', '14.56789123', '-0.5')
    """
    return str(int(value)) if value.is_integer() else repr(value)


def _choices(poll: Poll, chosen: list[str]) -> str:
    """A single choice as its text; several as a JSON list (a choice may hold "; " itself)."""
    if poll.kind == "single_choice":
        return chosen[0]
    return json.dumps(chosen, ensure_ascii=False)


def _utc(moment: datetime) -> str:
    """ISO 8601 in UTC with its offset (SQLite gives the stored UTC time back without one)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


class PollStore:
    """The polls of one database (``engine`` already migrated, :func:`.db.upgrade`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.session = sessionmaker(engine, expire_on_commit=False)

    def _poll(self, session, code) -> Poll:
        poll = session.scalar(select(Poll).where(Poll.code == check_code(code)))
        if poll is None:
            raise PollNotFound(f"no poll has the code {code}")
        return poll

    def create(self, columns: dict) -> Poll:
        """A new open poll with a fresh join code; ``columns`` from :func:`.snapshot.snapshot`."""
        for _attempt in range(20):
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            try:
                with self.session.begin() as session:
                    poll = Poll(code=code, state="open", **columns)
                    session.add(poll)
                return poll
            except IntegrityError:
                continue
        raise RuntimeError("no free join code found")

    def get(self, code) -> Poll:
        """The poll with join ``code``; raises :class:`PollNotFound`."""
        with self.session() as session:
            return self._poll(session, code)

    def move(self, code, action: str) -> Poll:
        """``open`` (a closed poll), ``close`` (an open one) or ``reveal`` (either).

        One conditional UPDATE, so two processes (or a move and an answer) never overwrite
        each other's counters. Raises :class:`PollClosed` for a move the state forbids.
        """
        code = check_code(code)
        values = {"state": _AFTER[action], "moves": Poll.moves + 1, "changes": Poll.changes + 1}
        with self.session.begin() as session:
            moved = session.execute(
                update(Poll)
                .where(Poll.code == code, Poll.state.in_(_MOVES[action]))
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            poll = self._poll(session, code)
            if moved.rowcount != 1:
                raise PollClosed(f"a {poll.state} poll cannot {action}")
            # Stamped once the row is locked, so no answer stored before this move carries
            # a later time than it (answers wait for the same lock).
            if action == "close":
                poll.closed_at = now()
            if action == "reveal":
                poll.closed_at = poll.closed_at or now()
                poll.revealed_at = now()
            return poll

    def submit(self, code, token: str, answer, confidence) -> Answer:
        """Record (or replace) the answer of ``token``; returns the stored answer.

        Raises :class:`~spinemet_core.errors.InvalidInputError` for a bad answer or
        confidence, :class:`PollClosed` when the poll is not open and :class:`PollFull`.
        """
        confidence = check_confidence(confidence)
        poll = self.get(code)
        if poll.state != "open":
            raise PollClosed("this poll is closed: answers are no longer taken")
        texts = [c["text"] for c in poll.choices]
        choice, number = check_answer(poll.kind, texts, answer)
        if poll.kind == "single_choice":
            correct = grade(_question(poll), choice[0])
        else:
            correct = grade(_question(poll), choice if number is None else number)
        values = {"choice": choice, "number": number, "confidence": confidence, "correct": correct}
        for _attempt in range(3):
            try:
                return self._write(poll, token, values)
            except IntegrityError:  # the same token answered at the same moment: update it
                continue
        raise RuntimeError("the answer could not be stored")

    def _write(self, poll: Poll, token: str, values: dict) -> Answer:
        with self.session.begin() as session:
            # Counting the change first locks the poll's row: no answer slips in after a
            # Close or Reveal of another process, and SQLite takes its write lock at once.
            counted = session.execute(
                update(Poll)
                .where(Poll.id == poll.id, Poll.state == "open")
                .values(changes=Poll.changes + 1)
                .execution_options(synchronize_session=False)
            )
            if counted.rowcount != 1:
                raise PollClosed("this poll is closed: answers are no longer taken")
            row = session.scalar(
                select(Answer).where(Answer.poll_id == poll.id, Answer.token == token)
            )
            if row is None:
                if self.count(poll.id, session) >= MAX_ANSWERS:
                    raise PollFull("this poll takes no more answers")
                row = Answer(poll_id=poll.id, token=token, **values)
                session.add(row)
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                row.updated_at = now()
            return row

    def versions(self, codes) -> dict[str, dict[str, int]]:
        """The counters of the polls ``codes``: ``{code: {"moves": m, "changes": c}}``."""
        with self.session() as session:
            rows = session.execute(
                select(Poll.code, Poll.moves, Poll.changes).where(Poll.code.in_(list(codes)))
            )
            return {code: {"moves": m, "changes": c} for code, m, c in rows}

    @staticmethod
    def count(poll_id: int, session) -> int:
        """How many answers poll ``poll_id`` holds."""
        return session.scalar(select(func.count()).where(Answer.poll_id == poll_id))

    def answer_of(self, code, token: str) -> Answer | None:
        """The answer ``token`` gave to poll ``code``, or ``None``."""
        with self.session() as session:
            poll = self._poll(session, code)
            return session.scalar(
                select(Answer).where(Answer.poll_id == poll.id, Answer.token == token)
            )

    def answers(self, code) -> tuple[Poll, list[Answer]]:
        """The poll and its answers, oldest first."""
        with self.session() as session:
            poll = self._poll(session, code)
            rows = session.scalars(
                select(Answer).where(Answer.poll_id == poll.id).order_by(Answer.id)
            ).all()
            return poll, list(rows)

    def results(self, code) -> dict:
        """What the presenter sees: ``answered``, ``bars`` (``{"label","count"}`` per choice
        in the shown order, or a histogram whose bars also count their ``right`` answers),
        ``confidence`` counts and ``right`` (count). :func:`.views.presenter_view` keeps
        every grade out of the view until the reveal."""
        poll, rows = self.answers(code)
        if poll.kind == "numeric":
            bars = histogram([row.number for row in rows], [row.correct for row in rows])
        else:
            bars = [
                {"label": c["text"], "count": sum(c["text"] in row.choice for row in rows)}
                for c in poll.choices
            ]
        return {
            "answered": len(rows),
            "bars": bars,
            "confidence": {c: sum(row.confidence == c for row in rows) for c in CONFIDENCE},
            "right": sum(row.correct for row in rows),
        }

    def export_csv(self, code) -> str:
        """The answers as CSV, one row per student (numbered, no token), header first."""
        poll, rows = self.answers(code)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                "poll",
                "case",
                "question",
                "student",
                "answer",
                "confidence",
                "correct",
                "answered_at",
                "changed_at",
            ]
        )
        for number, row in enumerate(rows, start=1):
            given = _number(row.number) if row.choice is None else _choices(poll, row.choice)
            writer.writerow(
                [
                    poll.code,
                    poll.case_id,
                    poll.question_id,
                    number,
                    given,
                    row.confidence,
                    "yes" if row.correct else "no",
                    _utc(row.created_at),
                    _utc(row.updated_at),
                ]
            )
        return out.getvalue()
