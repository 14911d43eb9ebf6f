"""The Live tab's "Tafels schrijven mee" box: switch the room's capture server on and off, and see,
per table, who writes along.

Off by default; when off no port is open. The facilitator picks the address
the room can reach (the venue's Wi-Fi, the laptop's own hotspot) and a port;
the tables' QR codes can take the beamer's stage meanwhile.
Per table: the number of devices, the last contact and whether it is paused;
for the chosen table its QR code and link, a new link (the old one stops
working), pause/resume, and the join cards to print. The live round can be
closed for the tables' devices (an undoable action, like every change).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.app import capture_actions
from erbij_desktop.app.room_reads import RoomFacts, room_facts
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.server.errors import ServerError
from erbij_desktop.server.interfaces import list_interfaces
from erbij_desktop.storage.errors import StorageError

from ..settings import keys
from ..widgets.files import last_folder, remember_folder
from .controller import LiveController
from .papers_box import file_stem
from .room_model import ID_ROLE, RoomTablesModel
from .room_service import RoomService

if TYPE_CHECKING:
    from erbij_desktop.report.join_cards import JoinCard  # ReportLab only when printing

DEFAULT_PORT = 8765
QR_SIDE = 150
MUTED_STYLE = "color: palette(placeholder-text);"
ERROR_STYLE = "color: #b3261e;"
ON_STYLE = "color: #1b7a3a;"


class RoomBox(QGroupBox):
    def __init__(
        self,
        controller: LiveController,
        service: RoomService,
        parent: QWidget | None = None,
        *,
        on_beamer: Callable[[list[JoinCard] | None], None] = lambda _cards: None,
    ) -> None:
        super().__init__(self.tr("Tafels schrijven mee"), parent)
        self.setObjectName("roomBox")
        self._controller = controller
        self._service = service
        self._facts = RoomFacts("", "nl", frozenset())
        self._dialog: QFileDialog | None = None
        self._on_beamer = on_beamer

        self.address_combo = QComboBox()
        self.address_combo.setObjectName("roomAddress")
        self.address_combo.setToolTip(
            self.tr("Het netwerk waarop de telefoons en laptops van de tafels zitten")
        )
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("roomPort")
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(int(QSettings().value(keys.ROOM_PORT, DEFAULT_PORT)))  # type: ignore[call-overload]
        self.switch = QPushButton(self.tr("Aanzetten"))
        self.switch.setObjectName("roomSwitch")
        self.switch.setCheckable(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("roomState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RoomTablesModel(self)
        self.table_view = QTableView()
        self.table_view.setObjectName("roomTables")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.setAccessibleName(self.tr("Tafels die meeschrijven"))

        self.qr_label = QLabel()
        self.qr_label.setObjectName("roomQr")
        self.qr_label.setFixedSize(QR_SIDE, QR_SIDE)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link_label = QLineEdit()  # one line, selectable; the whole link is in it
        self.link_label.setObjectName("roomLink")
        self.link_label.setReadOnly(True)
        self.link_label.setAccessibleName(self.tr("Link van de tafel"))
        self.link_label.setFixedWidth(QR_SIDE + 40)
        self.copy_button = QPushButton(self.tr("Link kopiëren"))
        self.pause_button = QPushButton(self.tr("Tafel pauzeren"))
        self.pause_button.setObjectName("roomPause")
        self.renew_button = QPushButton(self.tr("Nieuwe link"))
        self.renew_button.setObjectName("roomRenew")
        self.renew_button.setToolTip(self.tr("De oude link en QR-code werken daarna niet meer"))
        self.cards_button = QPushButton(self.tr("Kaarten met QR-code (PDF)…"))
        self.cards_button.setObjectName("roomCards")
        self.close_round = QCheckBox(self.tr("Ronde gesloten voor de tafels"))
        self.close_round.setObjectName("roomCloseRound")
        self.close_round.setToolTip(
            self.tr("Tafels kunnen in deze ronde niets meer toevoegen, wijzigen of verwijderen")
        )
        self.beamer_check = QCheckBox(self.tr("QR-codes op het scherm"))
        self.beamer_check.setObjectName("roomOnBeamer")
        self.beamer_check.setToolTip(
            self.tr("De beamer toont de QR-codes van alle tafels in plaats van de vraag")
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._build_layout()

        self.switch.toggled.connect(self._switched)
        self.copy_button.clicked.connect(self._copy_link)
        self.pause_button.clicked.connect(self._toggle_pause)
        self.renew_button.clicked.connect(self._renew)
        self.cards_button.clicked.connect(self.ask_cards)
        self.close_round.clicked.connect(self._close_round_clicked)
        self.beamer_check.toggled.connect(lambda _on: self._update_beamer())
        self.table_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        service.status_changed.connect(self._refresh)
        service.running_changed.connect(lambda _on: self._update_state())
        controller.round_changed.connect(lambda _id: self.reload_facts())
        self.reload_facts()
        self._update_state()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Adres:")))
        top.addWidget(self.address_combo, 1)
        top.addWidget(QLabel(self.tr("Poort:")))
        top.addWidget(self.port_spin)
        top.addWidget(self.switch)
        side = QVBoxLayout()
        side.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.link_label)
        side.addStretch(1)
        self.qr_label.setMinimumSize(QR_SIDE, QR_SIDE)
        middle = QHBoxLayout()
        middle.addWidget(self.table_view, 1)
        middle.addLayout(side)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.renew_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cards_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        checks = QHBoxLayout()
        checks.addWidget(self.close_round, 1)
        checks.addWidget(self.beamer_check)
        layout.addLayout(checks)
        layout.addWidget(self.result)

    def showEvent(self, event: QShowEvent) -> None:
        # Listed when seen, not when the event opens: a hotspot switched on meanwhile shows up,
        # and an event that never shows the Live tab never asks the system for its networks.
        if not self._service.running:
            self.fill_addresses()
        super().showEvent(event)

    # --- on and off -----------------------------------------------------------------------------

    def fill_addresses(self) -> None:
        chosen = self.address_combo.currentData()
        remembered = str(chosen or QSettings().value(keys.ROOM_ADDRESS, ""))
        self.address_combo.clear()
        for interface in list_interfaces():
            name = interface.name or self.tr("netwerk")
            if interface.address.startswith("127."):
                name = self.tr("alleen deze laptop")
            self.address_combo.addItem(f"{interface.address} ({name})", interface.address)
        found = self.address_combo.findData(remembered)
        if found >= 0:
            self.address_combo.setCurrentIndex(found)

    def _switched(self, on: bool) -> None:
        if on == self._service.running:
            return
        if not on:
            self._service.stop()
            return
        host = str(self.address_combo.currentData() or "")
        try:
            self._service.start(host, self.port_spin.value())
        except ServerError as error:
            self._say(str(error), ERROR_STYLE)
            with contextlib.suppress(RuntimeError):
                self.switch.setChecked(False)
            self._update_state()
            return
        QSettings().setValue(keys.ROOM_ADDRESS, host)
        QSettings().setValue(keys.ROOM_PORT, self.port_spin.value())
        self._say("", ON_STYLE)
        if self.model.rowCount():
            self.table_view.selectRow(0)

    def _update_state(self) -> None:
        on = self._service.running
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)
        self.switch.setText(self.tr("Uitzetten") if on else self.tr("Aanzetten"))
        self.address_combo.setEnabled(not on)
        self.port_spin.setEnabled(not on)
        for widget in (
            self.copy_button,
            self.pause_button,
            self.renew_button,
            self.cards_button,
            self.beamer_check,
        ):
            widget.setEnabled(on)
        if not on:
            self.beamer_check.setChecked(False)
        address = self._service.address
        if on and address is not None:
            self.state_label.setStyleSheet(ON_STYLE)
            self.state_label.setText(
                self.tr(
                    "Aan op %1:%2. Tafelhosts openen de link van hun tafel of scannen de QR-code. Wat ze "
                    "typen is niet versleuteld: gebruik liefst de hotspot van deze laptop met een wachtwoord."
                )
                .replace("%1", address[0])
                .replace("%2", str(address[1]))
            )
        else:
            self.state_label.setStyleSheet(MUTED_STYLE)
            self.state_label.setText(
                self.tr(
                    "Uit: er staat geen poort open. Aan laten tafelhosts meeschrijven op hun eigen telefoon "
                    "of laptop, via het wifi van de zaal of de hotspot van deze laptop, zonder internet."
                )
            )
        self._refresh()

    # --- the tables -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        chosen = self._selected_table()
        self.model.set_statuses(self._service.statuses())
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table_view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_selected()
        self._update_beamer()

    def _update_beamer(self) -> None:
        """The tables' codes on the beamer while asked for and the server runs; else the stage."""
        links = [(s.name, s.link) for s in self.model.statuses if s.link]
        if not (self.beamer_check.isChecked() and self._service.running and links):
            self._on_beamer(None)
            return
        from erbij_desktop.report.join_cards import JoinCard

        self._on_beamer([JoinCard(name, link) for name, link in links])

    def _selected_table(self) -> int | None:
        index = self.table_view.currentIndex()
        value = self.model.data(self.model.index(index.row(), 0), ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _show_selected(self) -> None:
        status = self.model.status(self.table_view.currentIndex().row())
        if status is None or not status.link:
            self.qr_label.clear()
            self.qr_label.setText(self.tr("QR-code verschijnt als de server aan staat"))
            self.qr_label.setWordWrap(True)
            self.link_label.clear()
            self.pause_button.setText(self.tr("Tafel pauzeren"))
            return
        from erbij_desktop.report.qr import qr_png

        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(status.link, scale=4))
        self.qr_label.setPixmap(pixmap.scaled(QR_SIDE, QR_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
        self.qr_label.setAccessibleName(self.tr("QR-code voor %1").replace("%1", status.name))
        self.link_label.setText(status.link)
        self.link_label.setCursorPosition(0)
        self.pause_button.setText(self.tr("Tafel hervatten") if status.paused else self.tr("Tafel pauzeren"))

    def _copy_link(self) -> None:
        if self.link_label.text():
            QGuiApplication.clipboard().setText(self.link_label.text())
            self._say(self.tr("Link gekopieerd."), ON_STYLE)

    def _toggle_pause(self) -> None:
        status = self.model.status(self.table_view.currentIndex().row())
        if status is not None:
            self._service.set_paused(status.table_id, not status.paused)

    def _renew(self) -> None:
        status = self.model.status(self.table_view.currentIndex().row())
        if status is not None and self._service.renew_link(status.table_id) is not None:
            self._say(
                self.tr("%1 heeft een nieuwe link; de oude werkt niet meer.").replace("%1", status.name),
                ON_STYLE,
            )

    # --- the live round -------------------------------------------------------------------------

    def reload_facts(self) -> None:
        """Re-read the title, language and closed rounds (after a change to the event)."""
        self._facts = room_facts(self._controller.workspace)
        live = self._controller.current_round
        self.close_round.setEnabled(live is not None)
        self.close_round.setChecked(live is not None and live.id in self._facts.closed_rounds)
        if live is not None:
            self.close_round.setText(self.tr("Ronde gesloten voor de tafels (%1)").replace("%1", live.title))
        else:
            self.close_round.setText(self.tr("Ronde gesloten voor de tafels"))

    def _close_round_clicked(self, closed: bool) -> None:
        live = self._controller.current_round
        if live is None:
            return
        try:
            capture_actions.set_capture_closed(self._controller.workspace, live.id, closed)
        except DomainError as error:
            self._say(str(error), ERROR_STYLE)
        self.reload_facts()

    # --- join cards -----------------------------------------------------------------------------

    def ask_cards(self) -> QFileDialog | None:
        if not self._service.running:
            return None
        folder = last_folder(keys.EXPORT_DIRECTORY)
        name = self.tr("%1 - kaarten tafels schrijven mee.pdf").replace("%1", file_stem(self._facts.title))
        dialog = QFileDialog(
            self, self.tr("Opslaan als PDF"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: remember_folder(keys.EXPORT_DIRECTORY, path))
        dialog.fileSelected.connect(lambda path: self.write_cards(Path(path)))
        self._dialog = dialog
        dialog.open()
        return dialog

    def write_cards(self, target: Path) -> bool:
        from erbij_desktop.report.join_cards import JoinCard, build_join_cards

        cards = [JoinCard(s.name, s.link) for s in self._service.statuses() if s.link]
        try:
            build_join_cards(target, cards, language=self._facts.language, title=self._facts.title)
        except (OSError, StorageError, ValueError) as error:
            self._say(self.tr("Niet opgeslagen: %1").replace("%1", str(error)), ERROR_STYLE)
            return False
        self._say(self.tr("Opgeslagen: %1").replace("%1", str(target)), ON_STYLE)
        return True

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)
