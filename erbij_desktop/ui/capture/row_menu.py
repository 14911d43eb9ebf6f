"""The right-click menu of a contribution: what the keyboard does, for the mouse, plus moving tables and
hiding it from the report (a table host's entry that should not be published is kept, never lost)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.ui.models.table_counts import TableEntry


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaptureRowMenu", text)


def row_menu(
    parent: QWidget,
    row: ContributionRow,
    tables: Sequence[TableEntry],
    *,
    highlight: Callable[[], None],
    edit: Callable[[], object],
    move_to_table: Callable[[int | None], None],
    hide: Callable[[], None],
    delete: Callable[[], None],
) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("contributionMenu")
    label = _tr("Uitlichten opheffen") if row.highlighted else _tr("Uitlichten")
    menu.addAction(f"{label}\tCtrl+H", highlight)
    menu.addAction(_tr("Bewerken") + "\tF2", edit)
    tables_menu = menu.addMenu(_tr("Naar andere tafel"))
    for entry in tables:
        action = tables_menu.addAction(entry.name, functools.partial(move_to_table, entry.id))
        action.setEnabled(entry.id != row.table_id)
    menu.addSeparator()
    hidden = menu.addAction(
        _tr("Weer tonen in het verslag") if row.hidden else _tr("Verbergen voor het verslag"), hide
    )
    hidden.setObjectName("hideContribution")
    menu.addAction(_tr("Verwijderen") + "\tDel", delete)
    return menu
