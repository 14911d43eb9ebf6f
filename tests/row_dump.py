"""Every row of every table, as plain sorted text: "byte-identical to the start" in one comparison."""

from __future__ import annotations

from sqlalchemy import inspect, text

from erbij_desktop.storage.database import Database


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
        return {
            name: sorted((tuple(row) for row in conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in sorted(names)
        }
