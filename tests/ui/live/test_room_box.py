"""The Live tab's "Tafels schrijven mee": off by default with no port open; on, a table host's send
lands in the event, the box shows the device, and pause, a new link, closing the round and the
facilitator's round switch reach the pages; closing the event closes the port."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from erbij_desktop.domain.models import Contribution, Event
from erbij_desktop.ui.live.tab import LiveTab
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEVICE = "testapparaat01"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def is_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def call(url: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        with error:  # its response is an open socket
            return error.code, {}


def api(link: str) -> str:
    return link.replace("/t/", "/api/t/")


def send(link: str, text: str) -> int:
    entry = {"id": str(uuid.uuid4()), "device": DEVICE, "text": text, "person": "", "organisation": "",
             "consent": False}  # fmt: skip
    return call(api(link) + "/entries", entry)[0]


@pytest.fixture
def live(demo_window: MainWindow) -> Iterator[LiveTab]:
    tabs = demo_window.tabs
    assert tabs is not None
    tab = tabs.tab_by_name("liveTab")
    assert isinstance(tab, LiveTab)
    tabs.setCurrentWidget(tab)
    yield tab
    demo_window.close_event()  # stops the server with the event


def switch_on(live: LiveTab, port: int) -> None:
    """Put the first round live (the pages write into it) and switch the server on."""
    live.controller.set_round(live.controller.snapshot.rounds[0].id)  # type: ignore[union-attr]
    box = live.room_box
    box.address_combo.setCurrentIndex(box.address_combo.findData("127.0.0.1"))
    box.port_spin.setValue(port)
    box.switch.click()


def test_off_by_default_and_no_port_open(live: LiveTab) -> None:
    box = live.room_box
    assert not live.room.running and not box.switch.isChecked()
    assert box.state_label.text().startswith("Uit: er staat geen poort open")
    assert box.model.rowCount() == 0 and not box.renew_button.isEnabled()
    assert not is_open(box.port_spin.value())


def test_a_table_hosts_send_lands_in_the_event_and_the_box_shows_the_device(
    live: LiveTab, qtbot: QtBot, demo_event: Event
) -> None:
    port = free_port()
    switch_on(live, port)
    box = live.room_box
    assert live.room.running and is_open(port) and box.switch.text() == "Uitzetten"
    assert box.model.rowCount() == 6 and all(
        s.link.startswith(f"http://127.0.0.1:{port}/t/") for s in box.model.statuses
    )
    assert box.qr_label.pixmap() is not None and not box.qr_label.pixmap().isNull()
    table = box.model.statuses[1]
    assert send(table.link, "Via de telefoon van tafel 2") == 201
    stored = live.context.workspace.read(
        lambda s: s.execute(
            select(Contribution.table_id, Contribution.source).where(
                Contribution.text.like("Via de telefoon%")
            )
        ).all()
    )
    assert stored == [(table.table_id, "device")]
    qtbot.waitUntil(lambda: box.model.statuses[1].devices == 1, timeout=5000)
    assert box.model.data(box.model.index(1, 2)) == "zojuist"


def test_pause_a_new_link_and_closing_the_round_reach_the_pages(live: LiveTab, qtbot: QtBot) -> None:
    switch_on(live, free_port())
    box = live.room_box
    box.table_view.selectRow(0)
    first = box.model.statuses[0]
    box.pause_button.click()
    assert box.model.statuses[0].paused and box.pause_button.text() == "Tafel hervatten"
    assert send(first.link, "Tijdens de pauze") == 423
    box.pause_button.click()
    assert send(first.link, "Na de pauze") == 201
    box.renew_button.click()
    renewed = box.model.statuses[0].link
    assert renewed != first.link and box.link_label.text() == renewed
    assert send(first.link, "Met de oude link") == 403
    # Closing the live round for the tables: an undoable step the pages show.
    box.close_round.click()
    assert live.context.workspace.history.undo_label == "Ronde sluiten voor tafels"
    status, state = call(api(renewed) + "/state")
    assert status == 200 and state["round"]["closed"] is True
    assert send(renewed, "Te laat") == 409


def test_the_pages_follow_the_round_the_facilitator_puts_live(live: LiveTab) -> None:
    switch_on(live, free_port())
    link = live.room_box.model.statuses[0].link
    rounds = live.controller.snapshot.rounds  # type: ignore[union-attr]
    for chosen in (rounds[1], rounds[0]):
        live.controller.set_round(chosen.id)
        status, state = call(api(link) + "/state")
        assert status == 200 and state["round"]["id"] == chosen.id
        assert state["round"]["question"] == chosen.question


def test_closing_the_event_closes_the_port(live: LiveTab, demo_window: MainWindow) -> None:
    port = free_port()
    switch_on(live, port)
    assert is_open(port)
    demo_window.close_event()
    assert not live.room.running and not is_open(port)


def test_a_port_in_use_is_refused_with_a_message_and_the_switch_stays_off(live: LiveTab) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        switch_on(live, taken.getsockname()[1])
        box = live.room_box
        assert not live.room.running and not box.switch.isChecked() and box.switch.text() == "Aanzetten"
        assert box.result.text() and "poort" in box.result.text().lower()


def test_join_cards_for_every_table(live: LiveTab, tmp_path: Path) -> None:
    switch_on(live, free_port())
    target = tmp_path / "kaarten.pdf"
    assert live.room_box.write_cards(target)
    assert target.read_bytes().startswith(b"%PDF") and "Opgeslagen" in live.room_box.result.text()
    from pypdf import PdfReader

    pages = PdfReader(target).pages
    assert len(pages) == 6 and "Tafel 3" in (pages[2].extract_text() or "")


def test_the_tables_codes_on_the_beamer_and_the_stage_back(live: LiveTab) -> None:
    switch_on(live, free_port())
    box = live.room_box
    window = live.live.launcher.start()
    assert not window.showing_join
    box.beamer_check.click()
    assert window.showing_join
    assert [c.table_name for c in window.join_board.cards] == [s.name for s in box.model.statuses]
    assert window.join_board.cards[0].link == box.model.statuses[0].link
    image = window.join_board.grab().toImage()
    light = sum(
        image.pixelColor(x, y).lightness() > 240
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert light > 200  # the codes' white quiet zones and light modules are painted
    box.switch.click()  # the server off: the links are dead, so the stage comes back
    assert not live.room.running and not window.showing_join and not box.beamer_check.isChecked()
