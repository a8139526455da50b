"""Change counters on the poll row, so every server process sees the same versions.

``moves`` counts the poll's state changes (open, close, reveal): a student's page waits
for it. ``changes`` counts every change (moves and answers): the presenter's page waits
for it. Both live in the database, so a long poll served by one process returns when
another process (another pod, or a restarted server) changed the poll.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("poll") as batch:
        batch.add_column(sa.Column("moves", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("changes", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("poll") as batch:
        batch.drop_column("changes")
        batch.drop_column("moves")
