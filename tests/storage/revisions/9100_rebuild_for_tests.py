"""Test-only revision (never shipped): rebuilds ``event`` and ``contribution`` the way SQLite must.

Alembic's batch mode recreates a table (new table, copy, drop, rename). With
foreign keys on, dropping ``event`` would delete every row that refers to it
(ON DELETE CASCADE): all contributions. It also adds a column and fills it
from the data, so a kill has plenty of moments to land in.

tests/storage/migration_setup.py copies the shipped migrations and puts this
file on top, with ``down_revision`` set to the shipped head.

Revision ID: 9100
"""

import sqlalchemy as sa
from alembic import op

revision = "9100"
down_revision = "HEAD_OF_THE_SHIPPED_MIGRATIONS"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", recreate="always") as batch:
        batch.add_column(sa.Column("test_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("contribution", recreate="always") as batch:
        batch.add_column(sa.Column("test_copy", sa.Text(), nullable=True))
    op.execute("UPDATE contribution SET test_copy = text")
    op.execute("UPDATE event SET test_note = 'bijgewerkt: ' || title")


def downgrade() -> None:
    with op.batch_alter_table("contribution", recreate="always") as batch:
        batch.drop_column("test_copy")
    with op.batch_alter_table("event", recreate="always") as batch:
        batch.drop_column("test_note")
