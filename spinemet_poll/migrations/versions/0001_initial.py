"""The first poll schema: polls with their question snapshot, and answers.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "poll",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(8), nullable=False, unique=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("case_id", sa.String(120), nullable=False),
        sa.Column("question_id", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("vignette", sa.Text(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("answer", sa.Float(), nullable=True),
        sa.Column("tolerance", sa.Float(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("breakdown", sa.JSON(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=False),
        _when("created_at"),
        _when("closed_at", nullable=True),
        _when("revealed_at", nullable=True),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "poll_id", sa.Integer(), sa.ForeignKey("poll.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("choice", sa.JSON(), nullable=True),
        sa.Column("number", sa.Float(), nullable=True),
        sa.Column("confidence", sa.String(10), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        sa.UniqueConstraint("poll_id", "token", name="uq_answer_poll_token"),
    )
    op.create_index("ix_answer_poll_id", "answer", ["poll_id"])


def downgrade() -> None:
    op.drop_index("ix_answer_poll_id", table_name="answer")
    op.drop_table("answer")
    op.drop_table("poll")
