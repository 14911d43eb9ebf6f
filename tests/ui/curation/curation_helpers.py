"""Helpers for the Verslag tab tests: the stand-in main window and reading what the report prints."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow
from sqlalchemy.orm import Session

from erbij_desktop.app.errors import UndoConflict
from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.privacy import public_view
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.tab import ReportTab


@dataclass
class CurationEvent:
    event_id: int
    round1: int
    round2: int
    ids: list[int]  # round 1, in capture order
    other: list[int]  # round 2
    quotes: list[int]
    items: list[int]


class Host(QMainWindow):
    """Stands in for the main window: the tab as central widget, Edit actions on the event's history."""

    def __init__(self, tab: ReportTab) -> None:
        super().__init__()
        self.tab = tab
        self.setCentralWidget(tab)
        edit = self.menuBar().addMenu("Bewerken")
        self.undo_action = edit.addAction("Ongedaan maken", lambda: self.step(undo=True))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = edit.addAction("Opnieuw", lambda: self.step(undo=False))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.resize(1280, 820)

    def step(self, *, undo: bool) -> None:
        """What the window's Edit menu does: store the typing, then undo or redo, saying why not."""
        self.tab.flush()
        workspace = self.tab.workspace
        try:
            workspace.undo() if undo else workspace.redo()
        except UndoConflict as error:
            self.statusBar().showMessage(str(error))


def report_bullets(db: Database, event_id: int, round_id: int) -> list[str]:
    """The bullets the report prints under the round, from the view the PDF is made of."""
    with db.transaction() as session:
        return _bullets(session, event_id, round_id)


def _bullets(session: Session, event_id: int, round_id: int) -> list[str]:
    view = public_view(session, get_event(session, event_id))
    found = next(r for r in view.rounds if r.id == round_id)
    return [c.text_for_report for c in found.highlights]


def drop_on(view: QAbstractItemView, pos: QPointF, data: QMimeData) -> bool:
    """What a drag ending on ``view`` at ``pos`` delivers: enter, move, drop. True when accepted."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = view.viewport()
    with warnings.catch_warnings():
        # PySide marks the only constructors these two events have as deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos.toPoint(), actions, data, buttons, keys)
        move = QDragMoveEvent(pos.toPoint(), actions, data, buttons, keys)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(pos, actions, data, buttons, keys)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def jpeg(width: int = 60, height: int = 40, color: str = "teal") -> bytes:
    image = Image.new("RGB", (width, height), color)
    out = io.BytesIO()
    image.save(out, format="JPEG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims these dimensions, with hardly any pixel data (a 'bomb')."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )
