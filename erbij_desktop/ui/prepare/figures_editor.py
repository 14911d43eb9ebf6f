"""The key figures of one programme item: value ("43%"), the sentence, the source.

objectNames: ``figureAddValue``, ``figureAddText``, ``figureAddSource``,
``figureAddButton``, ``figureList``, ``figureUp``, ``figureDown``,
``figureDelete``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.figures import (
    add_key_figure,
    delete_key_figure,
    key_figures,
    move_key_figure,
    update_key_figure,
)
from erbij_desktop.domain.models import Event, KeyFigure, ProgrammeItem

from ..widgets.binding import AutoSave
from ..widgets.record_model import Column, RecordTableModel
from .list_editor import ListEditor

CurrentItem = Callable[[], ProgrammeItem | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FiguresEditor", text)


class FiguresModel(RecordTableModel[KeyFigure]):
    VALUE, TEXT, SOURCE = range(3)

    def __init__(
        self,
        session: Session,
        event: Event,
        autosave: AutoSave,
        item: CurrentItem,
        parent: QObject | None = None,
    ) -> None:
        def mine() -> list[KeyFigure]:
            current = item()
            if current is None:
                return []
            return [f for f in key_figures(session, event) if f.programme_item_id == current.id]

        def move(figure: KeyFigure, index: int) -> None:
            # Among this item's figures: take the place of the one now at ``index``.
            neighbour = mine()[index]
            move_key_figure(session, figure, list(key_figures(session, event)).index(neighbour))

        columns = [
            Column[KeyFigure](
                _tr("Waarde"), lambda f: f.value, lambda f, v: update_key_figure(session, f, value=v)
            ),
            Column[KeyFigure](
                _tr("Toelichting"),
                lambda f: f.text,
                lambda f, v: update_key_figure(session, f, text=v),
                tooltip=lambda f: f.text,
            ),
            Column[KeyFigure](
                _tr("Bron"), lambda f: f.source, lambda f, v: update_key_figure(session, f, source=v)
            ),
        ]
        super().__init__(autosave, columns, mine, move=move, parent=parent)


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
        self,
        session: Session,
        event: Event,
        autosave: AutoSave,
        item: CurrentItem,
        parent: QWidget | None = None,
    ) -> None:
        self.session, self.evt, self.item = session, event, item
        super().__init__(FiguresModel(session, event, autosave, item), "figure", autosave, parent)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FiguresModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FiguresModel.VALUE, 90)
        header.resizeSection(FiguresModel.SOURCE, 150)

    def _add(self) -> None:
        made: list[KeyFigure] = []

        def add() -> None:
            made.append(
                add_key_figure(
                    self.session,
                    self.evt,
                    self.value("value"),
                    self.value("text"),
                    source=self.value("source"),
                    programme_item=self.item(),
                )
            )

        if self.autosave.run(add, self.row_for):
            self.added(made[0])

    def _delete(self, row: int) -> None:
        figure = self.model.record(row)
        if figure is not None and self.autosave.run(lambda: delete_key_figure(self.session, figure)):
            self.deleted(row)
