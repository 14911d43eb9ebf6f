"""The Verslag tab inside the real main window, on the demo event."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.widgets.text_area import TextArea


def open_report_tab(qtbot: QtBot, db: Database, event: Event) -> tuple[MainWindow, ReportTab]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(event.id)
    assert window.tabs is not None
    tab = window.tabs.tab_by_name("reportTab")
    assert isinstance(tab, ReportTab)
    return window, tab


def all_text(tab: ReportTab) -> str:
    pane = tab.preview
    return " ".join(pane.document.getAllText(p).text() for p in range(pane.page_count()))


def test_report_tab_renders_only_when_shown_and_picks_up_other_tabs(
    qtbot: QtBot, db: Database, demo_event: Event
) -> None:
    window, tab = open_report_tab(qtbot, db, demo_event)
    workspace = window.tabs
    assert workspace is not None
    assert workspace.tabText(workspace.indexOf(tab)) == "Ve&rslag"
    assert tab.preview.renderer.generation == 0  # hidden: nothing rendered yet
    with qtbot.waitSignal(tab.preview.rendered, timeout=20_000):
        workspace.setCurrentWidget(tab)
    assert "Eenzaamheid is van ons allemaal" in all_text(tab)
    assert tab.contributions.selection_count.text() == "In het verslag: 5 bijdragen"

    # A lead typed under Voorbereiden shows in the preview when the tab is shown again.
    workspace.setCurrentWidget(workspace.prepare)
    workspace.prepare.show_section(1)
    lead = workspace.prepare.findChild(TextArea, "reportLead")
    assert lead is not None
    lead.setPlainText("Een geheel nieuwe inleiding voor het verslag.")
    lead.editingFinished.emit()
    with qtbot.waitSignal(tab.preview.rendered, timeout=20_000):
        workspace.setCurrentWidget(tab)
    assert "Een geheel nieuwe inleiding voor het verslag." in all_text(tab)
    texts = tab.texts
    assert texts is not None
    own_lead = texts.findChild(TextArea, "reportLead")
    assert own_lead is not None and own_lead.toPlainText() == "Een geheel nieuwe inleiding voor het verslag."
    window.close()


def test_choosing_the_headline_changes_the_report_head(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    window, tab = open_report_tab(qtbot, db, demo_event)
    assert window.tabs is not None
    with qtbot.waitSignal(tab.preview.rendered, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    assert (
        "‘Eenzaamheid is van ons allemaal’"
        in tab.preview.document.getAllText(0).text().split("Op 20 februari")[0]
    )
    tab.sections.setCurrentWidget(tab.texts)
    combo = tab.texts.findChild(QComboBox, "reportHeadline") if tab.texts else None
    assert combo is not None
    wanted = next(i for i in range(combo.count()) if "Het mag nooit meer gebeuren" in combo.itemText(i))
    with qtbot.waitSignal(tab.preview.rendered, timeout=20_000):
        combo.setCurrentIndex(wanted)
        combo.activated.emit(wanted)
    head = tab.preview.document.getAllText(0).text()
    assert "Het mag nooit meer gebeuren" in head.split("Op 20 februari")[0]  # in the title, above the lead
    assert "‘Eenzaamheid is van ons allemaal’" not in head.split("Op 20 februari")[0]
    window.close()


def test_draft_status_shows_the_watermark_in_the_preview(
    qtbot: QtBot, db: Database, demo_event: Event
) -> None:
    window, tab = open_report_tab(qtbot, db, demo_event)
    assert window.tabs is not None
    with qtbot.waitSignal(tab.preview.rendered, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    assert "CONCEPT" not in all_text(tab)
    tab.show_section(2)
    status = tab.texts.findChild(QComboBox, "reportStatus") if tab.texts else None
    assert status is not None
    draft = status.findText("Concept")
    with qtbot.waitSignal(tab.preview.rendered, timeout=20_000):
        status.setCurrentIndex(draft)
    assert "CONCEPT" in tab.preview.document.getAllText(0).text()
    window.close()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _visible_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) for every Alt+letter on screen: menus, tab bars, buttons, labels with a buddy."""
    found = [(m, a.text()) for a in window.menuBar().actions() if (m := _mnemonic(a.text()))]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        found.extend((m, text) for text in texts if (m := _mnemonic(text)))
    return found


def test_no_two_visible_mnemonics_share_a_letter(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    window, tab = open_report_tab(qtbot, db, demo_event)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(tab)
    for section in range(tab.sections.count()):
        tab.show_section(section)
        letters = _visible_mnemonics(window)
        clashes = {m: [t for letter, t in letters if letter == m] for m, _ in letters}
        assert {m: t for m, t in clashes.items() if len(t) > 1} == {}, tab.sections.tabText(section)
        assert len(letters) > 10
    window.close()
