"""The quotes of one programme item: text, speaker, and which one is the report's headline.

A new speaker name adds a person (an existing name, whatever its case, is
reused). Ticking "Kop" makes that quote the headline and unticks the others.
objectNames: ``quoteAddText``, ``quoteAddSpeaker``, ``quoteAddButton``,
``quoteList``, ``quoteUp``, ``quoteDown``, ``quoteDelete``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event, Person, ProgrammeItem, Quote
from erbij_desktop.domain.people import ensure_person, people
from erbij_desktop.domain.quotes import (
    add_quote,
    delete_quote,
    move_quote,
    quotes,
    set_headline,
    update_quote,
)

from ..widgets.binding import AutoSave
from ..widgets.names import NameCompleter
from ..widgets.record_model import Column, RecordTableModel
from ..widgets.record_view import NameDelegate
from .list_editor import ListEditor

CurrentItem = Callable[[], ProgrammeItem | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuotesEditor", text)


class QuotesModel(RecordTableModel[Quote]):
    TEXT, SPEAKER, HEADLINE = range(3)

    def __init__(
        self,
        session: Session,
        event: Event,
        autosave: AutoSave,
        item: CurrentItem,
        parent: QObject | None = None,
    ) -> None:
        self.session = session
        self.evt = event
        columns = [
            Column[Quote](
                _tr("Citaat"),
                lambda q: q.text,
                lambda q, v: update_quote(session, q, text=v),
                tooltip=lambda q: q.text,
            ),
            Column[Quote](_tr("Spreker"), lambda q: q.speaker.name if q.speaker else "", self._set_speaker),
            Column[Quote](
                _tr("Kop"),
                lambda q: q.is_headline,
                lambda q, v: set_headline(session, event, q if v else None),
                check=True,
                tooltip=lambda _q: _tr("Het kopcitaat staat in de titel van het verslag."),
            ),
        ]

        def fetch() -> list[Quote]:
            current = item()
            return list(quotes(session, event, current)) if current is not None else []

        super().__init__(
            autosave, columns, fetch, move=lambda q, index: move_quote(session, q, index), parent=parent
        )
        self.stored.connect(self.refresh_all)  # one headline: other rows change too

    def _set_speaker(self, quote: Quote, name: str) -> None:
        speaker = ensure_person(self.session, self.evt, name, commit=False) if name.strip() else None
        update_quote(self.session, quote, speaker=speaker)


class QuotesEditor(ListEditor):
    FIELDS = (
        ("Text", "text", QT_TRANSLATE_NOOP("ListEditor", "Wat werd er gezegd?"), 3),
        ("Speaker", "speaker", QT_TRANSLATE_NOOP("ListEditor", "Spreker"), 1),
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
        super().__init__(QuotesModel(session, event, autosave, item), "quote", autosave, parent)
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
        return [p.name for p in people(self.session, self.evt)]

    def reload(self) -> None:
        self.completer.set_names(self._names())
        super().reload()

    def _add(self) -> None:
        text, speaker_name = self.value("text"), self.value("speaker")
        made: list[Quote] = []

        def add() -> None:
            speaker: Person | None = None
            if speaker_name.strip():
                speaker = ensure_person(self.session, self.evt, speaker_name, commit=False)
            made.append(add_quote(self.session, self.evt, text, speaker=speaker, programme_item=self.item()))

        if self.autosave.run(add, lambda field: self.row_for("speaker" if field == "person" else field)):
            self.added(made[0])
            self.completer.set_names(self._names())

    def _delete(self, row: int) -> None:
        quote = self.model.record(row)
        if quote is not None and self.autosave.run(lambda: delete_quote(self.session, quote)):
            self.deleted(row)
