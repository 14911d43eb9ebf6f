"""Section "Foto’s": the photo manager. Add, describe, place, order and remove the report's photos.

Photos are added from a file dialog (several at once). Each file is checked
by the domain before anything is stored (JPEG or PNG, not corrupt, not
enormous); a refused file is named with the reason in a message above the
list and nothing of it is stored, while the good files of the same choice
are added. The list shows thumbnails in report order and is reordered by
drag and drop, Alt+Up / Alt+Down or the buttons; Delete asks before removing.
objectNames: ``photoList``, ``photoAdd``, ``photoUp``, ``photoDown``,
``photoDelete``, ``photoMessage``, ``photoNote``, ``photoFileDialog``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.models import Event, Photo
from erbij_desktop.domain.photos import MAX_BYTES, add_photo, delete_photo, move_photo, photos
from erbij_desktop.ui.widgets.binding import AutoSave
from erbij_desktop.ui.widgets.confirm import confirm
from erbij_desktop.ui.widgets.message_banner import MessageBanner
from erbij_desktop.ui.widgets.style import MUTED_STYLE

from .photo_delegate import PhotoDelegate
from .photo_editor import PhotoEditor
from .photo_model import THUMB, PhotoListModel


class PhotosPage(QWidget):
    changed = Signal()

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.evt = event
        self.autosave = autosave
        self.model = PhotoListModel(self)
        self.model.mover = self._move_to
        self.list = QListView(self)
        self.list.setObjectName("photoList")
        self.list.setModel(self.model)
        self.list.setIconSize(THUMB)
        self.list.setSpacing(3)
        self.list.setItemDelegate(PhotoDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(self.tr("Foto’s in het verslag"))
        self.editor = PhotoEditor(session, event, autosave, self)
        self.message = MessageBanner("photoMessage", self, hide_after_ms=None)
        self.note = QLabel(self)
        self.note.setObjectName("photoNote")
        self.note.setStyleSheet(MUTED_STYLE)
        self.note.setWordWrap(True)
        self.add_button = self._button(self.tr("&Foto’s toevoegen…"), "photoAdd", self.choose_files)
        self.up_button = self._button(self.tr("Omhoog"), "photoUp", lambda: self.move_current(-1))
        self.down_button = self._button(self.tr("Omlaag"), "photoDown", lambda: self.move_current(1))
        self.delete_button = self._button(self.tr("Verw&ijderen…"), "photoDelete", self._delete_current)
        self.up_button.setToolTip(self.tr("Alt+Pijl omhoog"))  # literal, so lupdate finds it
        self.down_button.setToolTip(self.tr("Alt+Pijl omlaag"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.add_button)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        autosave.saved.connect(self._stored)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
            (QKeySequence.StandardKey.Delete, self._delete_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- content ------------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the photos again; keep (or move to) the photo with id ``select``."""
        current = self.current_photo()
        wanted = select if select is not None else (current.id if current is not None else None)
        places = self.editor.load_places()
        self.model.set_photos(photos(self.session, self.evt), places)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._current_changed()
        self._update_note()

    def current_photo(self) -> Photo | None:
        index = self.list.currentIndex()
        return (
            self.model.photos[index.row()]
            if index.isValid() and index.row() < len(self.model.photos)
            else None
        )

    def _current_changed(self) -> None:
        photo = self.current_photo()
        self.editor.show_photo(photo)
        row = self.list.currentIndex().row() if photo is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.delete_button.setEnabled(photo is not None)

    def _update_note(self) -> None:
        count = len(self.model.photos)
        hidden = sum(1 for p in self.model.photos if not p.consent)
        if not count:
            text = self.tr("Nog geen foto’s.")
        else:
            text = self.tr("1 foto") if count == 1 else self.tr("%1 foto’s").replace("%1", str(count))
        if hidden:
            text += " · " + self.tr("%1 zonder toestemming (niet in het verslag)").replace("%1", str(hidden))
        self.note.setText(text)

    def _stored(self) -> None:
        photo = self.current_photo()
        if photo is not None:
            self.model.refresh(photo)
        self.editor.stored()
        self._update_note()

    # --- adding -------------------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Foto’s toevoegen"))
        dialog.setObjectName("photoFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Foto’s (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        dialog.filesSelected.connect(self.add_files)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_files(self, paths: list[str]) -> int:
        """Add each file; refused ones are listed with the reason. Returns how many were added."""
        problems: list[str] = []
        added: list[int] = []
        for path in map(Path, paths):
            try:
                with path.open("rb") as file:
                    data = file.read(MAX_BYTES + 1)  # one byte over is enough to refuse a huge file
                photo = add_photo(self.session, self.evt, data, path.name)
            except ValidationError as error:
                if self.session.new or self.session.dirty or self.session.deleted:
                    self.session.rollback()
                problems.append(
                    self.tr("‘%1’ is niet toegevoegd: %2").replace("%1", path.name).replace("%2", str(error))
                )
            except OSError as error:
                problems.append(
                    self.tr("‘%1’ kon niet worden gelezen: %2")
                    .replace("%1", path.name)
                    .replace("%2", error.strerror or str(error))
                )
            else:
                added.append(photo.id)
        if problems:
            self.message.show_message("\n".join(problems))
        else:
            self.message.hide()
        if added:
            self.reload(select=added[-1])
            self.autosave.saved.emit()
            self.changed.emit()
        return len(added)

    # --- order and removal --------------------------------------------------------------------------

    def _move_to(self, photo: Photo, index: int) -> bool:
        return self.autosave.run(lambda: move_photo(self.session, photo, index))

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        if self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0)):
            self.list.setCurrentIndex(self.model.index(target))

    def _delete_current(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        confirm(
            self,
            self.tr("Foto verwijderen"),
            self.tr("‘%1’ uit het verslag en uit dit evenement verwijderen?").replace(
                "%1", photo.caption.split("\n")[0] or photo.filename
            ),
            lambda: self.delete(photo),
        )

    def delete(self, photo: Photo) -> None:
        row = self.model.photos.index(photo) if photo in self.model.photos else 0
        if self.autosave.run(lambda: delete_photo(self.session, photo)):
            remaining = self.model.photos[:row] + self.model.photos[row + 1 :]
            self.reload(select=remaining[min(row, len(remaining) - 1)].id if remaining else None)

    def flush(self) -> None:
        self.editor.flush()
