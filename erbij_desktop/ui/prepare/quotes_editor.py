"""The quotes of one programme item: text, speaker, and which one is the report's headline.

A new speaker name adds a person (an existing name, whatever its case, is
reused). Ticking "Kop" makes that quote the headline and unticks the others.
objectNames: ``quoteAddText``, ``quoteAddSpeaker``, ``quoteAddButton``,
``quoteList``, ``quoteUp``, ``quoteDown``, ``quoteDelete``.

The rows are frozen ``QuoteRow``s; each add, edit, move and delete is one
workspace action (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QWidget

from erbij_desktop.app import prepare_actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app import programme_actions as actions
from erbij_desktop.app.prepare_reads import QuoteRow
from erbij_desktop.app.workspace import Workspace

from ..widgets.binding import AutoSave
from ..widgets.names import NameCompleter
from ..widgets.record_model import Column, RecordTableModel
from ..widgets.record_view import NameDelegate
from .list_editor import ListEditor

CurrentItem = Callable[[], int | None]  # the programme item's id


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuotesEditor", text)


class QuotesModel(RecordTableModel[QuoteRow]):
    TEXT, SPEAKER, HEADLINE = range(3)

    def __init__(
        self, ws: Workspace, autosave: AutoSave, item: CurrentItem, parent: QObject | None = None
    ) -> None:
        columns = [
            Column[QuoteRow](
                _tr("Citaat"),
                lambda q: q.text,
                lambda q, v: actions.update_quote_text(ws, q.id, v, label=_tr("Citaat wijzigen")),
                tooltip=lambda q: q.text,
            ),
            Column[QuoteRow](
                _tr("Spreker"),
                lambda q: q.speaker,
                lambda q, v: actions.set_quote_speaker(ws, q.id, v, label=_tr("Spreker wijzigen")),
            ),
            Column[QuoteRow](
                _tr("Kop"),
                lambda q: q.is_headline,
                lambda q, v: prepare_actions.set_headline(
                    ws, q.id if v else None, label=_tr("Kopcitaat kiezen")
                ),
                check=True,
                tooltip=lambda _q: _tr("Het kopcitaat staat in de titel van het verslag."),
            ),
        ]

        def fetch() -> list[QuoteRow]:
            current = item()
            return reads.quote_rows(ws, current) if current is not None else []

        super().__init__(
            autosave,
            columns,
            fetch,
            move=lambda q, index: actions.move_quote(ws, q.id, index, label=_tr("Citaat verplaatsen")),
            parent=parent,
            key=lambda q: q.id,
        )


class QuotesEditor(ListEditor):
    FIELDS = (
        ("Text", "text", QT_TRANSLATE_NOOP("ListEditor", "Wat werd er gezegd?"), 3),
        ("Speaker", "speaker", QT_TRANSLATE_NOOP("ListEditor", "Spreker"), 1),
    )

    def __init__(
        self, ws: Workspace, autosave: AutoSave, item: CurrentItem, parent: QWidget | None = None
    ) -> None:
        self.ws, self.item = ws, item
        super().__init__(QuotesModel(ws, autosave, item), "quote", autosave, parent)
        self.completer = NameCompleter(self.fields["speaker"])
        self.fields["speaker"].setCompleter(self.completer)
        self.view.setItemDelegateForColumn(QuotesModel.SPEAKER, NameDelegate(self._names, self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QuotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuotesModel.HEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(QuotesModel.SPEAKER, 150)
        self.view.setWordWrap(True)  # quotes are sentences: show them whole
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsMoved):
            signal.connect(self.view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())

    def _names(self) -> list[str]:
        return reads.person_names(self.ws)

    def reload(self) -> None:
        self.completer.set_names(self._names())
        super().reload()

    def _add(self) -> None:
        text, speaker, item_id = self.value("text"), self.value("speaker"), self.item()
        made: list[int] = []
        label = _tr("Citaat toevoegen")

        def add() -> None:
            made.append(actions.add_quote(self.ws, text, speaker, item_id, label=label))

        if self.autosave.run(add, lambda field: self.row_for("speaker" if field == "person" else field)):
            self.added(made[0])
            self.completer.set_names(self._names())

    def _delete(self, row: int) -> None:
        quote = self.model.record(row)
        label = _tr("Citaat verwijderen")
        if quote is not None and self.autosave.run(
            lambda: actions.delete_quote(self.ws, quote.id, label=label)
        ):
            self.deleted(row)
