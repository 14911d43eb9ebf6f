"""Contributions from the tables' own devices and from other laptops (issues 13 and 14).

- ``contribution.entry_uid``: an id made where the text was typed, unique in its
  event, so a send retried after a lost answer is stored once;
- ``contribution.source`` ('laptop' or 'device') and ``contribution.device_id``
  (never in public output);
- ``contribution.hidden``: the facilitator hid it (kept, but out of lists and report);
- ``round.capture_closed``: table hosts can no longer add, edit or delete in it.

Existing rows: no entry id, typed on a laptop, shown, rounds open. Migrations
never import the app's models.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entry_uid", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), nullable=False, server_default="laptop")
        )
        batch_op.add_column(sa.Column("device_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hidden", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_unique_constraint("uq_contribution_event_entry", ["event_id", "entry_uid"])
    with op.batch_alter_table("round", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("capture_closed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("round", schema=None) as batch_op:
        batch_op.drop_column("capture_closed")
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.drop_constraint("uq_contribution_event_entry", type_="unique")
        batch_op.drop_column("hidden")
        batch_op.drop_column("device_id")
        batch_op.drop_column("source")
        batch_op.drop_column("entry_uid")
