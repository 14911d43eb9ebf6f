"""Item models for the photo manager: the event's photos with thumbnails, and who is pictured.

``PhotoListModel`` shows the photos (frozen ``PhotoRow``s, never ORM
objects) in report order with a thumbnail made once per image (scaled while
decoding, EXIF rotation applied; the bytes come from ``images`` when first
drawn) and a second line saying where the photo goes and whether it may be
published. Rows are reordered by drag and drop (QListView calls
``moveRows``) through ``mover``, a callable that stores the new place; the
model changes only when that succeeded. ``PeopleCheckModel`` lists the event's people with a
check box each; ticking one asks ``toggler`` to store it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImageReader, QPixmap

from erbij_desktop.app.photo_reads import PhotoRow

THUMB = QSize(112, 76)
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 40
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 41
TITLE_ROLE = Qt.ItemDataRole.UserRole + 42
NOTE_ROLE = Qt.ItemDataRole.UserRole + 43
NO_CONSENT_COLOUR = QColor("#8c1d18")

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhotoModels", text)


def thumbnail(data: bytes, size: QSize = THUMB) -> QPixmap:
    """A small pixmap of a JPEG/PNG, decoded at (about) the size shown."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size.width() * 2 or full.height() > size.height() * 2):
        reader.setScaledSize(full.scaled(size * 2, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(
        image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    )


class PhotoListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos: list[PhotoRow] = []
        self.places: dict[int | None, str] = {}
        self.mover: Callable[[PhotoRow, int], bool] | None = None
        self.images: Callable[[int], bytes | None] = lambda _photo_id: None
        self._icons: dict[str, QIcon] = {}

    def set_photos(self, photos: Sequence[PhotoRow], places: dict[int | None, str]) -> None:
        """Show these rows; the same photos in the same order update in place (selection kept)."""
        rows = list(photos)
        if [p.id for p in rows] == [p.id for p in self.photos]:
            self.photos = rows
            self.places = dict(places)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self.photos = rows
        self.places = dict(places)
        self.endResetModel()

    def row_of(self, photo_id: int) -> int | None:
        return next((n for n, p in enumerate(self.photos) if p.id == photo_id), None)

    def icon(self, photo: PhotoRow) -> QIcon:
        icon = self._icons.get(photo.sha256)
        if icon is None:
            data = self.images(photo.id)
            icon = QIcon(thumbnail(data)) if data else QIcon()
            self._icons[photo.sha256] = icon
        return icon

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.title(photo, index.row())}\n{self.note(photo)}"
        if role == TITLE_ROLE:
            return self.title(photo, index.row())
        if role == NOTE_ROLE:
            return self.note(photo)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.filename}\n{photo.width} × {photo.height} px"
        if role == Qt.ItemDataRole.ForegroundRole and not photo.consent:
            return NO_CONSENT_COLOUR
        if role == PHOTO_ID_ROLE:
            return photo.id
        return None

    def title(self, photo: PhotoRow, row: int) -> str:
        return photo.caption.split("\n")[0] or photo.filename or _tr("Foto %1").replace("%1", str(row + 1))

    def note(self, photo: PhotoRow) -> str:
        if not photo.consent:
            return _tr("Geen toestemming: niet in het verslag")
        return self.places.get(photo.after_item_id, "")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move one photo to before ``destination_child``; stored through ``mover`` first."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1 or self.mover is None:
            return False
        if not 0 <= source_row < len(self.photos) or not 0 <= destination_child <= len(self.photos):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        target = destination_child - (1 if destination_child > source_row else 0)
        photo = self.photos[source_row]
        if not self.mover(photo, target):
            return False
        self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination_child)
        self.photos.insert(target, self.photos.pop(source_row))
        self.endMoveRows()
        return True


@dataclass(frozen=True)
class PersonEntry:
    id: int
    name: str
    consent: bool


class PeopleCheckModel(QAbstractListModel):
    """The event's people, ticked when they are in the photo shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonEntry] = []
        self.checked: set[int] = set()
        self.toggler: Callable[[int, bool], bool] | None = None

    def set_people(self, people: Sequence[PersonEntry], checked: set[int]) -> None:
        """Show these people; the same people in the same order update in place."""
        rows = list(people)
        if [p.id for p in rows] == [p.id for p in self.people]:
            self.people = rows
            self.checked = set(checked)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self.people = list(people)
        self.checked = set(checked)
        self.endResetModel()

    def set_checked(self, checked: set[int]) -> None:
        """Tick these people (another photo, or the same one changed); the rows stay."""
        if checked != self.checked:
            self.checked = set(checked)
            if self.people:
                self.dataChanged.emit(
                    self.index(0), self.index(len(self.people) - 1), [Qt.ItemDataRole.CheckStateRole]
                )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if person.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and not person.consent:
            return _tr("Geen toestemming om genoemd te worden: het bijschrift noemt deze naam niet.")
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.toggler is not None else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.toggler is None:
            return False
        person = self.people[index.row()]
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted == (person.id in self.checked) or not self.toggler(person.id, wanted):
            return False
        if wanted:
            self.checked.add(person.id)
        else:
            self.checked.discard(person.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
