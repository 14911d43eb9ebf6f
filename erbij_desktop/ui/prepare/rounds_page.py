"""Section "Rondes": the rounds of roundtable conversations with their set questions.

Top: an add bar (title, question, minutes; Enter adds) and the rounds in
order (drag, Alt+Up/Alt+Down or the buttons to reorder). Below: the selected
round's title, question, minutes (5 to 90), the report's intro (the question
follows it in quotes, as in the article), the lead-in to the chosen
contributions ("Een greep uit de bijdragen:" when empty) and the roundtable
programme item it runs in. objectNames: ``roundAddTitle``,
``roundAddQuestion``, ``roundAddMinutes``, ``roundAddButton``, ``roundList``,
``roundUp``, ``roundDown``, ``roundDelete``, ``roundTitle``,
``roundQuestion``, ``roundMinutes``, ``roundIntro``, ``roundSelectionIntro``, ``roundProgrammeItem``,
``roundsSplitter``. Mnemonics: Alt+N new round (title), Alt+T title,
Alt+G question, Alt+D minutes, Alt+I intro, Alt+J lead-in to the contributions,
Alt+O programme item.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QSpinBox, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.models import Event, Round
from erbij_desktop.domain.programme import programme_items
from erbij_desktop.domain.rounds import (
    MAX_MINUTES,
    MIN_MINUTES,
    add_round,
    contribution_count,
    delete_round,
    move_round,
    rounds,
    update_round,
)

from ..settings import keys
from ..settings.preferences import default_round_minutes
from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.confirm import confirm
from ..widgets.record_model import Column, RecordTableModel
from ..widgets.splitter_state import restore_splitter, save_splitter
from ..widgets.text_area import TextArea
from .form_layout import PrepareForm
from .labels import minutes_label
from .list_editor import ListEditor

SPLITTER_KEY = keys.PREPARE_ROUNDS_SPLITTER


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoundsPage", text)


def minutes_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(
        MIN_MINUTES - 1, MAX_MINUTES + 30
    )  # out-of-range input is refused at the field, with the reason
    box.setValue(default_round_minutes())  # the settings dialog's "Standaardduur van een ronde"
    box.setSingleStep(5)
    box.setSuffix(_tr(" min"))
    box.setFixedWidth(box.fontMetrics().horizontalAdvance("120 min") + 48)
    return box


class RoundsModel(RecordTableModel[Round]):
    TITLE, QUESTION, MINUTES = range(3)

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QObject | None = None
    ) -> None:
        columns = [
            Column[Round](_tr("Ronde"), lambda r: r.title, lambda r, v: update_round(session, r, title=v)),
            Column[Round](
                _tr("Gespreksvraag"),
                lambda r: r.question,
                lambda r, v: update_round(session, r, question=v),
                tooltip=lambda r: r.question,
            ),
            Column[Round](_tr("Duur"), lambda r: minutes_label(r.planned_minutes), align_right=True),
        ]
        super().__init__(
            autosave,
            columns,
            lambda: rounds(session, event),
            move=lambda r, i: move_round(session, r, i),
            parent=parent,
        )


class RoundsList(ListEditor):
    ADD_LABEL = QT_TRANSLATE_NOOP("ListEditor", "&Nieuwe ronde:")
    FIELDS = (
        ("Title", "title", QT_TRANSLATE_NOOP("ListEditor", "titel, bijv. Eenzaamheid signaleren"), 2),
        (
            "Question",
            "question",
            QT_TRANSLATE_NOOP("ListEditor", "gespreksvraag, bijv. Wat doe je om eenzaamheid te signaleren?"),
            4,
        ),
    )

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        self.session, self.evt = session, event
        super().__init__(RoundsModel(session, event, autosave), "round", autosave, parent)
        self.minutes_row = field_row(minutes_box(), "roundAddMinutes")
        bar = self.layout().itemAt(0).layout()  # type: ignore[union-attr]
        bar.insertWidget(bar.count() - 1, self.minutes_row, 0, Qt.AlignmentFlag.AlignTop)  # type: ignore[union-attr]
        self.add_rows["planned_minutes"] = self.minutes_row
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RoundsModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RoundsModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(RoundsModel.TITLE, 200)

    def _add(self) -> None:
        made: list[Round] = []
        minutes = self.minutes_row.field.value()  # type: ignore[attr-defined]

        def add() -> None:
            made.append(
                add_round(
                    self.session,
                    self.evt,
                    self.value("title"),
                    self.value("question"),
                    planned_minutes=minutes,
                )
            )

        if self.autosave.run(add, self.row_for):
            self.minutes_row.clear_error()
            self.added(made[0])

    def _delete(self, row: int) -> None:
        round_ = self.model.record(row)
        if round_ is None:
            return
        count = contribution_count(self.session, round_=round_)
        detail = (
            _tr("De %1 bijdragen die in deze ronde zijn vastgelegd, worden ook verwijderd.").replace(
                "%1", str(count)
            )
            if count
            else _tr("Er zijn in deze ronde nog geen bijdragen vastgelegd.")
        )
        confirm(
            self,
            _tr("Ronde verwijderen"),
            _tr("‘%1’ verwijderen?").replace("%1", round_.title),
            lambda: self.autosave.run(lambda: delete_round(self.session, round_)) and self.deleted(row),
            detail=detail,
        )


class RoundsPage(QWidget):
    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepareRounds")
        self.session, self.evt = session, event
        self.round: Round | None = None
        self.list = RoundsList(session, event, autosave, self)
        self.form = PrepareForm(self)
        self.binder = bind = FormBinder(autosave, self)

        def current() -> Round:
            assert self.round is not None
            return self.round

        def update(**fields: object) -> None:
            update_round(session, current(), **fields)

        self.form.section(_tr("Geselecteerde ronde"))
        title = field_row(QLineEdit(), "roundTitle")
        self.form.add(_tr("&Titel:"), title)
        bind.line(title, lambda: current().title, lambda v: update(title=v))
        question = field_row(TextArea(lines=2), "roundQuestion")
        self.form.add(
            _tr("&Gespreksvraag:"),
            question,
            hint=_tr("De vraag die op het scherm komt en aan elke tafel wordt besproken."),
        )
        bind.line(question, lambda: current().question, lambda v: update(question=v))
        minutes = field_row(minutes_box(), "roundMinutes")
        self.form.add(
            _tr("&Duur:"),
            minutes,
            hint=_tr("Tussen %1 en %2 minuten.")
            .replace("%1", str(MIN_MINUTES))
            .replace("%2", str(MAX_MINUTES)),
        )
        bind.spin(minutes, lambda: current().planned_minutes, lambda v: update(planned_minutes=v))
        intro = field_row(TextArea(lines=3), "roundIntro")
        self.form.add(
            _tr("&Inleiding:"),
            intro,
            hint=_tr("Wat het verslag vóór de vraag zegt; de vraag volgt tussen aanhalingstekens."),
        )
        bind.line(intro, lambda: current().intro, lambda v: update(intro=v))
        selection = field_row(TextArea(lines=2), "roundSelectionIntro")
        selection.field.setPlaceholderText(_tr("Een greep uit de bijdragen:"))
        self.form.add(
            _tr("Vóór de bi&jdragen:"),
            selection,
            hint=_tr("De zin vóór de gekozen bijdragen; leeg: ‘Een greep uit de bijdragen:’."),
        )
        bind.line(selection, lambda: current().selection_intro, lambda v: update(selection_intro=v))
        self.item_row = field_row(QComboBox(), "roundProgrammeItem")
        self.form.add(
            _tr("&Onderdeel:"),
            self.item_row,
            hint=_tr("Het rondetafelgesprek in het programma waarin deze ronde valt."),
        )
        bind.combo(
            self.item_row,
            lambda: current().programme_item_id,
            lambda v: update(
                programme_item=next((i for i in programme_items(session, event) if i.id == v), None)
            ),
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("roundsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([260, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.splitter)
        self.list.view.selectionModel().currentRowChanged.connect(
            lambda index, _old: self._select(index.row())
        )
        self.list.model.modelReset.connect(lambda: self._select(self.list.view.current_row()))
        autosave.saved.connect(self.list.model.refresh_all)
        self.setFocusProxy(self.list)

    def reload(self) -> None:
        combo = self.item_row.field
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("(geen)"), None)
        for item in programme_items(self.session, self.evt):
            if item.kind is ProgrammeKind.ROUNDTABLE:
                combo.addItem(item.heading, item.id)
        combo.blockSignals(False)
        current = self.round
        self.list.reload()
        row = self.list.model.row_of(current) if current is not None else -1
        self.list.view.select_row(row if row >= 0 else 0, RoundsModel.TITLE)
        self._select(self.list.view.current_row())

    def flush(self) -> None:
        if self.round is not None:
            self.binder.flush()

    def _select(self, row: int) -> None:
        chosen = self.list.model.record(row)
        if chosen is self.round and chosen is not None:
            return
        if self.round is not None:
            self.binder.flush()
        self.round = chosen
        self.form.setEnabled(chosen is not None)
        self.binder.enabled = chosen is not None
        if chosen is not None:
            self.binder.load()

    def save_state(self, settings: QSettings) -> None:
        save_splitter(self.splitter, settings, SPLITTER_KEY)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitter(self.splitter, settings, SPLITTER_KEY)
