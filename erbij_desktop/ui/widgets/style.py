"""The few style rules the app adds to the platform style.

Refused input is marked with a red border (the ``invalid`` property and this
style sheet on the field, set by ``field_row.set_invalid``) so the reason is
visible at the field itself.
"""

from __future__ import annotations

ERROR_RED = "#b3261e"
# Secondary text: hints, notes and "nothing here yet" lines.
MUTED_STYLE = "color: palette(placeholder-text);"

FIELD_STYLE = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QSpinBox[invalid="true"],
QComboBox[invalid="true"], QTableView[invalid="true"], QListView[invalid="true"] {{
    border: 2px solid {ERROR_RED};
    border-radius: 3px;
}}
"""
