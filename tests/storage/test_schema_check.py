"""The layout the open checks (storage.schema_check.EXPECTED) is the models' layout, and a gap is named."""

from __future__ import annotations

from erbij_desktop.domain.models import Base
from erbij_desktop.storage.schema_check import EXPECTED, layout_problem


def test_expected_layout_is_the_models_layout() -> None:
    models = {
        table.name: frozenset(column.name for column in table.columns)
        for table in Base.metadata.tables.values()
    }
    assert models == EXPECTED, "a migration changed the models: update storage/schema_check.py EXPECTED"


def test_a_missing_table_or_column_is_named_and_extras_are_tolerated() -> None:
    found = {table: set(columns) for table, columns in EXPECTED.items()}
    assert layout_problem(found) is None
    found["event"].add("van_een_latere_versie")
    assert layout_problem(found) is None
    found["contribution"].discard("report_text")
    assert layout_problem(found) == "de kolom contribution.report_text ontbreekt"
    del found["tag"]
    assert layout_problem(found) == "de kolom contribution.report_text ontbreekt"  # the first, in name order
    found["contribution"].add("report_text")
    assert layout_problem(found) == "de tabel tag ontbreekt"
