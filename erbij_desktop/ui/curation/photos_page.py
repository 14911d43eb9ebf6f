"""Section "Foto’s": the photo manager. Add, describe, place, order and remove the report's photos.

Photos are added from a file dialog (several at once). Each file is checked
by the domain before anything is stored (JPEG or PNG, not corrupt, not
enormous); a refused file is named with the reason in a message above the
list and nothing of it is stored, while the good files of the same choice
are added. The list shows thumbnails in report order and is reordered by
drag and drop, Alt+Up / Alt+Down or the buttons; Delete asks before removing.
objectNames: ``photoList``, ``photoAdd``, ``photoUp``, ``photoDown``,
``photoDelete``, ``photoMessage``, ``photoNote``, ``photoFileDialog``.

The page works on the event's workspace: every stored change is one
``app.photo_actions`` action (one undo step), a refused file leaves data and
history as they were, and the page holds only frozen ``PhotoRow``s. It reads
again whenever the change feed says photos, people or programme items
changed, whoever changed them (this page, an undo from the Edit menu,
another tab). A change announced while the page is itself busy storing one
(a drop, a batch of files) is read once that is done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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

from erbij_desktop.app import photo_actions as actions
from erbij_desktop.app import photo_reads as reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.photo_reads import PhotoRow
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.photos import MAX_BYTES
from erbij_desktop.ui.events.context import EventContext
from erbij_desktop.ui.settings import keys as setting_keys
from erbij_desktop.ui.widgets.binding import AutoSave
from erbij_desktop.ui.widgets.confirm import confirm
from erbij_desktop.ui.widgets.files import last_folder, remember_folder
from erbij_desktop.ui.widgets.message_banner import MessageBanner
from erbij_desktop.ui.widgets.style import MUTED_STYLE

from .photo_delegate import PhotoDelegate
from .photo_editor import PhotoEditor
from .photo_model import THUMB, PhotoListModel


class PhotosPage(QWidget):
    # The photos shown changed (stored here or elsewhere, or undone).
    changed = Signal()
    # A change made on this page was stored (the status bar's "Opgeslagen").
    saved = Signal()
    # The feed's tables that change what this page shows.
    WATCHES = ("photo", "photo_person", "person", "programme_item")

    def __init__(self, context: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ws = context.workspace
        self.autosave = AutoSave(self)
        self._busy = False  # storing a change: the feed's news is read when it is done
        self._stale = False
        self._select: int | None = None
        self._reading = False
        self.model = PhotoListModel(self)
        self.model.mover = self._move_to
        self.model.images = lambda photo_id: reads.image(self.ws, photo_id)
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
        self.editor = PhotoEditor(context, self.autosave, self)
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
        self.list.selectionModel().currentChanged.connect(lambda *_: self._selection_moved())
        self.model.rowsMoved.connect(lambda *_: self._catch_up())
        self.autosave.saved.connect(self.saved)
        self.autosave.refused.connect(lambda error: self.message.show_message(str(error)))
        context.signals.changed.connect(self._feed_changed)
        self.reload()
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

    def _feed_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*self.WATCHES):
            self.reload()
            self.changed.emit()

    def reload(self, select: int | None = None) -> None:
        """Read the photos again; keep (or move to) the photo with id ``select``."""
        if select is not None:
            self._select = select
        if self._busy:
            self._stale = True
            return
        with self._working():
            wanted, self._select = self._select, None
            self._read(wanted)

    def _read(self, select: int | None) -> None:
        current = self.current_photo()
        wanted = select if select is not None else (current.id if current is not None else None)
        old_row = self.list.currentIndex().row()
        self._reading = True
        try:
            places = self.editor.load_places()
            self.editor.load_people()
            self.model.set_photos(reads.photo_rows(self.ws), places)
            row = self.model.row_of(wanted) if wanted is not None else None
            if row is None and self.model.rowCount():
                row = min(max(old_row, 0), self.model.rowCount() - 1)  # a removed photo's neighbour
            if row is not None:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self._reading = False
        self._current_changed()
        self._update_note()

    @contextmanager
    def _working(self) -> Iterator[None]:
        """Changes stored in this block are read (once) when it ends."""
        outer = not self._busy
        self._busy = True
        try:
            yield
        finally:
            if outer:
                self._busy = False
        if outer:
            self._catch_up()

    def _catch_up(self) -> None:
        if self._stale and not self._busy:
            self._stale = False
            self.reload()

    def current_photo(self) -> PhotoRow | None:
        index = self.list.currentIndex()
        return (
            self.model.photos[index.row()]
            if index.isValid() and index.row() < len(self.model.photos)
            else None
        )

    def _selection_moved(self) -> None:
        if not self._reading:
            with self._working():
                self._current_changed()

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

    # --- adding -------------------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Foto’s toevoegen"), last_folder(setting_keys.PHOTOS_DIRECTORY))
        dialog.setObjectName("photoFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Foto’s (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        dialog.filesSelected.connect(self.add_files)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_files(self, paths: list[str]) -> int:
        """Add each file; refused ones are listed with the reason. Returns how many were added."""
        if paths:
            remember_folder(setting_keys.PHOTOS_DIRECTORY, paths[0])
        problems: list[str] = []
        added: list[int] = []
        label = self.tr("Foto toevoegen")
        with self._working():
            for path in map(Path, paths):
                self._add_file(path, label, added, problems)
            if added:
                self.reload(select=added[-1])  # once the whole choice is in
        if problems:
            self.message.show_message("\n".join(problems))
        else:
            self.message.hide()
        if added:
            self.saved.emit()
        return len(added)

    def _add_file(self, path: Path, label: str, added: list[int], problems: list[str]) -> None:
        """Store one file as one action (one undo step); or say why not, storing nothing."""
        try:
            with path.open("rb") as file:
                data = file.read(MAX_BYTES + 1)  # one byte over is enough to refuse a huge file
            photo_id = actions.add_photo(self.ws, data, path.name, label=label)
        except ValidationError as error:
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
            added.append(photo_id)

    # --- order and removal --------------------------------------------------------------------------

    def _move_to(self, photo: PhotoRow, index: int) -> bool:
        """Store a new place; the model moves its row itself, then the feed's news is read."""
        label = self.tr("Foto verplaatsen")
        outer = not self._busy
        self._busy = True
        try:
            return self.autosave.run(lambda: actions.move_photo(self.ws, photo.id, index, label=label))
        finally:
            if outer:
                self._busy = False  # what the feed announced is read on rowsMoved, once the row moved

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

    def delete(self, photo: PhotoRow) -> None:
        label = self.tr("Foto verwijderen")
        self.autosave.run(lambda: actions.delete_photo(self.ws, photo.id, label=label))

    def flush(self) -> None:
        self.editor.flush()
