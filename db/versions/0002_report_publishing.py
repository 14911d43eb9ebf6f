"""Publishing the report: photo alt texts, a round's lead-in to its contributions, attendance
as words, and a text alternative for an item's key-figures box (issue 15).

Every new column is text with an empty default, so existing rows stay valid and read as
"not written yet". Migrations never import the app's models.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, type): all NOT NULL with '' for the rows already there.
_COLUMNS: tuple[tuple[str, str, sa.types.TypeEngine[str]], ...] = (
    ("photo", "alt_text", sa.Text()),
    ("round", "selection_intro", sa.Text()),
    ("event", "attendance_text", sa.String(length=200)),
    ("programme_item", "figures_summary", sa.Text()),
)


def upgrade() -> None:
    for table, column, kind in _COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, kind, nullable=False, server_default=""))


def downgrade() -> None:
    for table, column, _kind in reversed(_COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
