"""What is on the beamer: a live preview, what to show, which round, and the presentation itself.

The preview is the very same stage view the beamer shows, only smaller, so
the facilitator sees what the room sees without turning round.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.ui.presenter.launcher import PresenterLauncher
from erbij_desktop.ui.presenter.stage import StageView

from .controller import DisplayMode, LiveController
from .texts import round_label


class StageBox(QGroupBox):
    def __init__(
        self, controller: LiveController, launcher: PresenterLauncher, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Op het scherm"), parent)
        self._controller = controller
        self._launcher = launcher
        self.preview = StageView(controller)
        self.preview.setMinimumSize(352, 198)
        self.preview.setToolTip(self.tr("Zo ziet de zaal het scherm"))
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for mode, label in (
            (DisplayMode.ROUND, self.tr("Vraag van de ronde")),
            (DisplayMode.ITEM, self.tr("Op het podium")),
            (DisplayMode.WELCOME, self.tr("Welkom")),
        ):
            button = QRadioButton(label)
            button.setProperty("mode", mode.value)
            self.modes.addButton(button)
            mode_row.addWidget(button)
        mode_row.addStretch(1)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("liveRoundCombo")
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("liveScreenCombo")
        self.present_button = QPushButton()
        self.present_button.setObjectName("livePresentButton")

        form = QFormLayout()
        form.addRow(self.tr("Tonen:"), mode_row)
        form.addRow(self.tr("Ronde:"), self.round_combo)
        screen_row = QHBoxLayout()
        screen_row.addWidget(self.screen_combo, 1)
        screen_row.addWidget(self.present_button)
        form.addRow(self.tr("Beamer:"), screen_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)

        self.modes.buttonClicked.connect(lambda b: controller.set_mode(DisplayMode(b.property("mode"))))
        self.round_combo.activated.connect(self._on_round_chosen)
        self.screen_combo.activated.connect(self._on_screen_chosen)
        self.present_button.clicked.connect(launcher.toggle)
        controller.event_changed.connect(self._fill_rounds)
        controller.programme_changed.connect(self._fill_rounds)
        controller.content_changed.connect(self._show_state)
        launcher.running_changed.connect(self._show_presenting)
        launcher.screens_changed.connect(self._fill_screens)
        self._fill_rounds()
        self._fill_screens()
        self._show_presenting(launcher.running)

    def _fill_rounds(self) -> None:
        snapshot = self._controller.snapshot
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("— geen ronde —"), None)
        for round_ in snapshot.rounds if snapshot is not None else ():
            self.round_combo.addItem(round_label(round_.number, round_.title), round_.id)
        self.round_combo.blockSignals(False)
        self._show_state()

    def _show_state(self) -> None:
        current = self._controller.current_round
        index = self.round_combo.findData(current.id if current is not None else None)
        if index >= 0 and index != self.round_combo.currentIndex():
            self.round_combo.setCurrentIndex(index)
        mode = self._controller.mode.value
        for button in self.modes.buttons():
            if button.property("mode") == mode and not button.isChecked():
                button.setChecked(True)
        self.modes.buttons()[0].setEnabled(current is not None)
        self.modes.buttons()[1].setEnabled(self._controller.item_on_stage is not None)

    def _on_round_chosen(self, index: int) -> None:
        self._controller.set_round(self.round_combo.itemData(index))

    def _fill_screens(self) -> None:
        chosen = self._launcher.chosen_screen()
        self.screen_combo.clear()
        for name, label in self._launcher.screen_labels():
            self.screen_combo.addItem(label, name)
        if chosen is not None:
            self.screen_combo.setCurrentIndex(max(0, self.screen_combo.findData(chosen.name())))
        single = self._launcher.is_preview()
        self.screen_combo.setToolTip(
            self.tr(
                "Er is maar één scherm: de presentatie opent als venster dat u kunt verslepen en vergroten."
            )
            if single
            else self.tr("Het scherm waarop de presentatie schermvullend verschijnt")
        )

    def _on_screen_chosen(self, index: int) -> None:
        self._launcher.choose_screen(str(self.screen_combo.itemData(index)))

    def _show_presenting(self, running: bool) -> None:
        if running:
            self.present_button.setText(self.tr("Presentatie stoppen (Shift+F5)"))
        else:
            self.present_button.setText(self.tr("Presentatie starten (F5)"))
