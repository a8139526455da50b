"""The poll schema: a poll with the snapshot of its question, and the students' answers.

Nothing in it identifies a student: an answer carries a random per-browser token made
by the server, never a name or an address. The schema is created and changed only by
the Alembic migrations in ``migrations/`` (:func:`spinemet_poll.db.upgrade`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["STATES", "Answer", "Base", "Poll", "now"]

STATES = ("open", "closed", "revealed")
"""A poll takes answers while ``open``; ``closed`` stops them; ``revealed`` shows the key."""


def now() -> datetime:
    """The current time in UTC (every timestamp of the schema)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of the poll schema."""


class Poll(Base):
    """A poll on one question, with the question as the core computed it at the start.

    ``choices`` is the list of ``{"text", "correct", "feedback"}`` in the order shown to
    the room; ``answer``/``tolerance`` are the key of a numeric question; ``breakdown``
    lists how the core computes the key. ``moves`` counts state changes (the students'
    pages wait for it) and ``changes`` every change, answers too (the presenter's page
    waits for it): counters in the database, so all server processes agree on them.
    """

    __tablename__ = "poll"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    state: Mapped[str] = mapped_column(String(10), default="open")
    source: Mapped[str] = mapped_column(String(10))
    case_id: Mapped[str] = mapped_column(String(120))
    question_id: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    vignette: Mapped[str] = mapped_column(Text)
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list] = mapped_column(JSON, default=list)
    answer: Mapped[float | None] = mapped_column(Float, nullable=True)
    tolerance: Mapped[float | None] = mapped_column(Float, nullable=True)
    explanation: Mapped[str] = mapped_column(Text)
    breakdown: Mapped[list] = mapped_column(JSON, default=list)
    citation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revealed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    moves: Mapped[int] = mapped_column(default=0, server_default="0")
    changes: Mapped[int] = mapped_column(default=0, server_default="0")


class Answer(Base):
    """One student's answer to a poll; changing it while the poll is open updates this row.

    ``choice`` is the list of chosen choice texts (one for a single-choice question);
    ``number`` the answer to a numeric question; ``correct`` is graded by the core.
    """

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("poll_id", "token", name="uq_answer_poll_token"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id", ondelete="CASCADE"), index=True)
    token: Mapped[str] = mapped_column(String(64))
    choice: Mapped[list | None] = mapped_column(JSON, nullable=True)
    number: Mapped[float | None] = mapped_column(Float, nullable=True)
    confidence: Mapped[str] = mapped_column(String(10))
    correct: Mapped[bool]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
