"""Foto’s: adding (refusals explained, nothing stored), details, placement, people, order, removal.

The page is built on its own, as the Verslag tab builds it: on the event's workspace, in a window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from curation_helpers import CurationEvent, jpeg, png_claiming
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from row_dump import dump
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erbij_desktop.app.prepare_actions import set_chair
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Photo
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.photo_model import TITLE_ROLE
from erbij_desktop.ui.curation.photos_page import PhotosPage
from erbij_desktop.ui.events.context import EventContext, open_context
from erbij_desktop.ui.widgets.text_area import TextArea


@pytest.fixture
def context(db: Database, curation_event: CurationEvent) -> Iterator[EventContext]:
    ctx = open_context(Workspace(db, curation_event.event_id))
    yield ctx
    ctx.close()


@pytest.fixture
def page(qtbot: QtBot, context: EventContext) -> Iterator[PhotosPage]:
    host = QMainWindow()  # stands in for the main window; the fixture keeps it alive
    widget = PhotosPage(context)
    host.setCentralWidget(widget)
    host.resize(1280, 820)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    assert widget.isVisible()
    yield widget
    widget.flush()


def stored(db: Database) -> list[Photo]:
    with db.transaction() as s:
        return list(s.scalars(select(Photo).order_by(Photo.position)))


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_a_corrupt_file_is_refused_with_a_message_and_nothing_is_stored(
    page: PhotosPage, context: EventContext, db: Database, tmp_path: Path
) -> None:
    broken = write(tmp_path, "kapot.jpg", jpeg()[:200])
    assert page.add_files([broken]) == 0
    assert page.message.isVisible()
    assert page.message.text() == (
        "‘kapot.jpg’ is niet toegevoegd: Dit bestand is geen leesbare foto (beschadigd of geen afbeelding)."
    )
    assert stored(db) == []
    assert page.model.rowCount() == 0
    assert page.note.text() == "Nog geen foto’s."
    assert not context.workspace.can_undo  # nothing happened, so nothing to undo


def test_good_files_go_in_and_refused_ones_are_each_explained(
    qtbot: QtBot, page: PhotosPage, context: EventContext, db: Database, tmp_path: Path
) -> None:
    files = [
        write(tmp_path, "zaal.jpg", jpeg(color="navy")),
        write(tmp_path, "enorm.png", png_claiming(30_000, 30_000)),
        write(tmp_path, "notities.png", b"geen plaatje"),
        write(tmp_path, "tafels.jpg", jpeg(color="orange")),
    ]
    with qtbot.waitSignal(page.saved):
        assert page.add_files(files) == 2
    lines = page.message.text().split("\n")
    assert len(lines) == 2
    assert lines[0].startswith(
        "‘enorm.png’ is niet toegevoegd: Deze afbeelding is te groot (30.000 × 30.000 pixels)."
    )
    assert lines[1].startswith("‘notities.png’ is niet toegevoegd:")
    assert [p.filename for p in stored(db)] == ["zaal.jpg", "tafels.jpg"]
    assert page.model.rowCount() == 2
    assert isinstance(page.model.data(page.model.index(0), Qt.ItemDataRole.DecorationRole), QIcon)
    assert (
        page.current_photo() is not None and page.current_photo().filename == "tafels.jpg"
    )  # the last added
    assert page.note.text() == "2 foto’s · 2 zonder toestemming (niet in het verslag)"
    assert context.workspace.history.undo_label == "Foto toevoegen"
    assert len(context.workspace.history) == 2  # one step per photo stored, none for the refused
    before = dump(db)
    page.add_files([files[0]])  # the same photo twice
    assert "al toegevoegd" in page.message.text()
    assert dump(db) == before
    assert len(context.workspace.history) == 2


def test_missing_file_is_explained(page: PhotosPage, context: EventContext, tmp_path: Path) -> None:
    assert page.add_files([str(tmp_path / "weg.jpg")]) == 0
    assert page.message.text().startswith("‘weg.jpg’ kon niet worden gelezen:")
    assert not context.workspace.can_undo


def test_details_are_stored_as_they_are_edited(
    qtbot: QtBot, page: PhotosPage, db: Database, curation_event: CurationEvent, tmp_path: Path
) -> None:
    with db.transaction() as s:
        ensure_person(s, get_event(s, curation_event.event_id), "Ricky Tol")
    page.add_files([write(tmp_path, "zaal.jpg", jpeg())])
    editor = page.editor
    assert editor.consent_note.isVisible()
    caption = editor.caption_row.field
    caption.setFocus()
    qtbot.keyClicks(caption, "Deelnemers aan tafel 3")
    credit = editor.credit_row.field
    assert isinstance(credit, QLineEdit)
    credit.setFocus()  # leaving the caption stores it
    qtbot.keyClicks(credit, "Foto: Jan Jansen")
    qtbot.keyClick(credit, Qt.Key.Key_Return)
    editor.consent_row.field.click()
    place = editor.place_row.field
    assert isinstance(place, QComboBox)
    assert [place.itemText(i) for i in range(place.count())] == [
        "Na ‘Rondetafelgesprekken’",
        "Aan het eind, vóór de conclusie",
    ]
    place.setCurrentIndex(0)
    people = editor.people_model
    assert [p.name for p in people.people] == ["Ricky Tol"]
    assert people.setData(people.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    [photo] = stored(db)
    with db.transaction() as s:
        fresh = s.get(Photo, photo.id)
        assert fresh is not None
        assert (fresh.caption, fresh.credit, fresh.consent) == (
            "Deelnemers aan tafel 3",
            "Foto: Jan Jansen",
            True,
        )
        assert fresh.after_item_id == curation_event.items[0]
        assert [p.name for p in fresh.people] == ["Ricky Tol"]
    assert not editor.consent_note.isVisible()
    first_line = page.model.data(page.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert first_line == "Deelnemers aan tafel 3\nNa ‘Rondetafelgesprekken’"


def test_reorder_by_keyboard_and_drag_and_delete_with_confirmation(
    qtbot: QtBot, page: PhotosPage, db: Database, tmp_path: Path
) -> None:
    page.add_files([write(tmp_path, f"{c}.jpg", jpeg(color=c)) for c in ("red", "green", "blue")])
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.filename for p in stored(db)] == ["green.jpg", "red.jpg", "blue.jpg"]
    assert page.current_photo() is not None and page.current_photo().filename == "red.jpg"
    # A drag inside the list: QListView asks the model to move the row.
    assert page.model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert [p.filename for p in stored(db)] == ["blue.jpg", "green.jpg", "red.jpg"]
    assert [p.filename for p in page.model.photos] == ["blue.jpg", "green.jpg", "red.jpg"]

    page.list.setCurrentIndex(page.model.index(1))
    page.delete_button.click()
    box = page.findChild(QMessageBox, "confirmDialog")
    assert box is not None and box.isVisible() and "green.jpg" in box.text()
    yes = box.findChild(QPushButton, "confirmYes")
    assert yes is not None
    yes.click()
    assert [p.filename for p in stored(db)] == ["blue.jpg", "red.jpg"]
    assert page.current_photo() is not None and page.current_photo().filename == "red.jpg"


def test_photo_models_pass_the_model_tester(
    page: PhotosPage, qtmodeltester: object, db: Database, tmp_path: Path
) -> None:
    page.add_files([write(tmp_path, "zaal.jpg", jpeg())])
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.editor.people_model)  # type: ignore[attr-defined]
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Photo)) == 1


def test_a_caption_edit_is_one_undo_step_and_the_page_follows_undo_and_redo(
    qtbot: QtBot, page: PhotosPage, context: EventContext, db: Database, tmp_path: Path
) -> None:
    ws = context.workspace
    page.add_files([write(tmp_path, "zaal.jpg", jpeg())])
    before = dump(db)
    caption = page.editor.caption_row.field
    caption.setFocus()
    qtbot.keyClicks(caption, "Deelnemers aan tafel 3")
    page.editor.credit_row.field.setFocus()  # leaving the caption stores it

    def shown() -> tuple[str, str]:
        assert isinstance(caption, TextArea)
        return caption.text(), page.model.data(page.model.index(0), TITLE_ROLE)

    assert [p.caption for p in stored(db)] == ["Deelnemers aan tafel 3"]
    assert shown() == ("Deelnemers aan tafel 3", "Deelnemers aan tafel 3")

    assert ws.undo() == "Bijschrift wijzigen"
    assert shown() == ("", "zaal.jpg")
    assert dump(db) == before
    assert ws.redo() == "Bijschrift wijzigen"
    assert shown() == ("Deelnemers aan tafel 3", "Deelnemers aan tafel 3")
    assert [p.caption for p in stored(db)] == ["Deelnemers aan tafel 3"]

    # Adding the photo was a step of its own: two undos and the photo is gone from the page.
    assert ws.undo() == "Bijschrift wijzigen"
    assert ws.undo() == "Foto toevoegen"
    assert not ws.can_undo
    assert page.model.rowCount() == 0 and page.current_photo() is None
    assert page.note.text() == "Nog geen foto’s."


def test_the_page_follows_people_and_programme_changes_and_an_undo_from_the_edit_menu(
    page: PhotosPage, context: EventContext, tmp_path: Path
) -> None:
    ws = context.workspace
    page.add_files([write(tmp_path, "zaal.jpg", jpeg())])
    place = page.editor.place_row.field
    assert isinstance(place, QComboBox)
    assert place.count() == 2

    def add_closing(session: Session) -> None:
        add_programme_item(session, get_event(session, ws.event_id), "Afsluiting")

    ws.run("Programmaonderdeel toevoegen", add_closing)  # as another tab would
    set_chair(ws, "Ricky Tol")  # a new person, made in Evenement
    assert [place.itemText(i) for i in range(place.count())] == [
        "Na ‘Rondetafelgesprekken’",
        "Na ‘Afsluiting’",
        "Aan het eind, vóór de conclusie",
    ]
    assert [p.name for p in page.editor.people_model.people] == ["Ricky Tol"]

    window = page.window()
    assert isinstance(window, QMainWindow)
    undo = QAction("Ongedaan maken", window)
    undo.triggered.connect(ws.undo)
    window.menuBar().addMenu("Bewerken").addAction(undo)
    undo.trigger()  # the chair, and with it the new person
    undo.trigger()  # the programme item
    assert place.count() == 2
    assert page.editor.people_model.people == []
    undo.trigger()  # the photo
    assert page.model.rowCount() == 0
    assert not page.editor.caption_row.field.isEnabled()


def test_the_photo_dialog_starts_where_photos_came_from_last(page: PhotosPage, tmp_path: Path) -> None:
    """Issue 16, item 8: file dialogs started in the app's current directory."""
    first = page.choose_files()
    assert Path(first.directory().absolutePath()) != Path.cwd()
    first.reject()
    folder = tmp_path / "fotos van de dag"
    folder.mkdir()
    page.add_files([write(folder, "zaal.jpg", jpeg())])
    again = page.choose_files()
    assert Path(again.directory().absolutePath()) == folder
    again.reject()
