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

Every stored edit, add, move or delete is one workspace action (one undo
step); the list and the form show frozen ``RoundRow``s, read again after
every change (also one made elsewhere); the selected round stays selected.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.app import prepare_actions as actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.prepare_reads import RoundRow
from erbij_desktop.domain.timer import MAX_MINUTES, MIN_MINUTES

from ..events.context import EventContext
from ..settings import keys
from ..settings.preferences import default_round_minutes
from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.confirm import confirm
from ..widgets.enter_key import submit_on_enter
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


class RoundsModel(RecordTableModel[RoundRow]):
    TITLE, QUESTION, MINUTES = range(3)

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QObject | None = None) -> None:
        ws = context.workspace
        label = _tr("Ronde wijzigen")
        columns = [
            Column[RoundRow](
                _tr("Ronde"),
                lambda r: r.title,
                lambda r, v: actions.update_round(ws, r.id, label=label, title=v),
            ),
            Column[RoundRow](
                _tr("Gespreksvraag"),
                lambda r: r.question,
                lambda r, v: actions.update_round(ws, r.id, label=label, question=v),
                tooltip=lambda r: r.question,
            ),
            Column[RoundRow](_tr("Duur"), lambda r: minutes_label(r.planned_minutes), align_right=True),
        ]
        super().__init__(
            autosave,
            columns,
            lambda: reads.round_rows(ws),
            move=lambda r, i: actions.move_round(ws, r.id, i, label=_tr("Ronde verplaatsen")),
            parent=parent,
            key=lambda r: r.id,
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

    WATCHES = ("round", "contribution")

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        self.ws = context.workspace
        super().__init__(RoundsModel(context, autosave), "round", autosave, parent)
        self.minutes_row = field_row(minutes_box(), "roundAddMinutes")
        item = self.box.itemAt(0)
        bar = item.layout() if item is not None else None
        assert isinstance(bar, QHBoxLayout)
        bar.insertWidget(bar.count() - 1, self.minutes_row, 0, Qt.AlignmentFlag.AlignTop)
        self.add_rows["planned_minutes"] = self.minutes_row
        submit_on_enter(self.minutes_row.field, self._add)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RoundsModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RoundsModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(RoundsModel.TITLE, 200)

    def _add(self) -> None:
        made: list[int] = []
        box = self.minutes_row.field
        assert isinstance(box, QSpinBox)
        minutes = box.value()
        label = _tr("Ronde toevoegen")

        def add() -> None:
            made.append(
                actions.add_round(
                    self.ws, self.value("title"), self.value("question"), planned_minutes=minutes, label=label
                )
            )

        if self.autosave.run(add, self.row_for):
            self.minutes_row.clear_error()
            self.added(made[0])

    def _delete(self, row: int) -> None:
        round_ = self.model.record(row)
        if round_ is None:
            return
        count = reads.round_contribution_count(self.ws, round_.id)
        detail = (
            _tr("De %1 bijdragen die in deze ronde zijn vastgelegd, worden ook verwijderd.").replace(
                "%1", str(count)
            )
            if count
            else _tr("Er zijn in deze ronde nog geen bijdragen vastgelegd.")
        )
        label = _tr("Ronde verwijderen")

        def delete() -> None:
            if self.autosave.run(lambda: actions.delete_round(self.ws, round_.id, label=label)):
                self.deleted(row)

        confirm(
            self,
            _tr("Ronde verwijderen"),
            _tr("‘%1’ verwijderen?").replace("%1", round_.title),
            delete,
            detail=detail,
        )


class RoundsPage(QWidget):
    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareRounds")
        self.ws = context.workspace
        self.round_id: int | None = None  # the round the form shows
        self.list = RoundsList(context, autosave, self)
        self.form = PrepareForm(self)
        self.binder = bind = FormBinder(autosave, self)
        label = _tr("Ronde wijzigen")

        def current() -> RoundRow:
            row = self.list.model.record(self.list.model.row_of(self.round_id))
            assert isinstance(row, RoundRow)
            return row

        def update(**fields: object) -> None:
            assert self.round_id is not None
            actions.update_round(self.ws, self.round_id, label=label, **fields)

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
        assert isinstance(selection.field, TextArea)
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
            lambda v: update(programme_item_id=v),
        )
        self.relation_note = self.form.note(
            _tr(
                "Rondes onder hetzelfde onderdeel volgen elkaar op, elk met haar eigen duur: de eerste "
                "begint met het onderdeel, de volgende zodra de vorige om is. Zo staan ze, elk met haar "
                "eigen begintijd, op het draaiboek en de gespreksbladen."
            )
        )
        self.relation_note.setObjectName("roundRelationNote")
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
        self.setFocusProxy(self.list)

    def _load_items(self) -> None:
        combo = self.item_row.field
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("(geen)"), None)
        for item_id, heading in reads.roundtable_items(self.ws):
            combo.addItem(heading, item_id)
        combo.blockSignals(False)

    def reload(self) -> None:
        self._load_items()
        current = self.round_id
        self.list.reload()
        row = self.list.model.row_of(current) if current is not None else -1
        self.list.view.select_row(row if row >= 0 else 0, RoundsModel.TITLE)
        self._select(self.list.view.current_row())
        if self.round_id is not None:
            self.binder.load()

    def changed(self, changes: ChangeSet) -> None:
        """Something was stored (here or elsewhere): show it; the selected round stays selected."""
        if changes.everything or changes.touches("programme_item"):
            self._load_items()
        if changes.everything or changes.touches("round", "programme_item", "contribution"):
            self.list.model.reload()
            if self.list.model.row_of(self.round_id) < 0:  # gone (or none yet): show another
                view = self.list.view
                view.select_row(max(view.current_row(), 0), RoundsModel.TITLE)
                self._select(view.current_row())
            elif self.round_id is not None:
                self.binder.load(keep_typing=True)

    def flush(self) -> None:
        if self.round_id is not None and self.list.model.row_of(self.round_id) >= 0:
            self.binder.flush()

    def _select(self, row: int) -> None:
        chosen = self.list.model.record(row)
        if chosen is not None and chosen.id == self.round_id:
            return
        self.flush()
        self.round_id = chosen.id if chosen is not None else None
        self.form.setEnabled(chosen is not None)
        self.binder.enabled = chosen is not None
        if chosen is not None:
            self.binder.load()

    def save_state(self, settings: QSettings) -> None:
        save_splitter(self.splitter, settings, SPLITTER_KEY)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitter(self.splitter, settings, SPLITTER_KEY)
