"""The key figures of one programme item: value ("43%"), the sentence, the source.

objectNames: ``figureAddValue``, ``figureAddText``, ``figureAddSource``,
``figureAddButton``, ``figureList``, ``figureUp``, ``figureDown``,
``figureDelete``.

The rows are frozen ``FigureRow``s; each add, edit, move and delete is one
workspace action (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QWidget

from erbij_desktop.app import programme_actions as actions
from erbij_desktop.app import programme_reads as reads
from erbij_desktop.app.programme_reads import FigureRow
from erbij_desktop.app.workspace import Workspace

from ..widgets.binding import AutoSave
from ..widgets.record_model import Column, RecordTableModel
from .list_editor import ListEditor

CurrentItem = Callable[[], int | None]  # the programme item's id


def _tr(text: str) -> str:
    return QCoreApplication.translate("FiguresEditor", text)


class FiguresModel(RecordTableModel[FigureRow]):
    VALUE, TEXT, SOURCE = range(3)

    def __init__(
        self, ws: Workspace, autosave: AutoSave, item: CurrentItem, parent: QObject | None = None
    ) -> None:
        def mine() -> list[FigureRow]:
            current = item()
            return reads.figure_rows(ws, current) if current is not None else []

        def store(field: str) -> Callable[[FigureRow, object], None]:
            label = _tr("Kerncijfer wijzigen")
            return lambda f, v: actions.update_figure(ws, f.id, label=label, **{field: v})

        columns = [
            Column[FigureRow](_tr("Waarde"), lambda f: f.value, store("value")),
            Column[FigureRow](_tr("Toelichting"), lambda f: f.text, store("text"), tooltip=lambda f: f.text),
            Column[FigureRow](_tr("Bron"), lambda f: f.source, store("source")),
        ]
        super().__init__(
            autosave,
            columns,
            mine,
            move=lambda f, index: actions.move_figure(ws, f.id, index, label=_tr("Kerncijfer verplaatsen")),
            parent=parent,
            key=lambda f: f.id,
        )


class FiguresEditor(ListEditor):
    FIELDS = (
        ("Value", "value", QT_TRANSLATE_NOOP("ListEditor", "43%"), 1),
        (
            "Text",
            "text",
            QT_TRANSLATE_NOOP("ListEditor", "van de volwassenen voelt zich wel eens eenzaam"),
            4,
        ),
        ("Source", "source", QT_TRANSLATE_NOOP("ListEditor", "bron (optioneel)"), 2),
    )

    def __init__(
        self, ws: Workspace, autosave: AutoSave, item: CurrentItem, parent: QWidget | None = None
    ) -> None:
        self.ws, self.item = ws, item
        super().__init__(FiguresModel(ws, autosave, item), "figure", autosave, parent)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FiguresModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FiguresModel.VALUE, 90)
        header.resizeSection(FiguresModel.SOURCE, 150)

    def _add(self) -> None:
        made: list[int] = []
        value, text, source, item_id = (
            self.value("value"),
            self.value("text"),
            self.value("source"),
            self.item(),
        )
        label = _tr("Kerncijfer toevoegen")

        def add() -> None:
            made.append(actions.add_figure(self.ws, value, text, source=source, item_id=item_id, label=label))

        if self.autosave.run(add, self.row_for):
            self.added(made[0])

    def _delete(self, row: int) -> None:
        figure = self.model.record(row)
        label = _tr("Kerncijfer verwijderen")
        if figure is not None and self.autosave.run(
            lambda: actions.delete_figure(self.ws, figure.id, label=label)
        ):
            self.deleted(row)
