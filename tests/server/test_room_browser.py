"""The table page in a real browser (Debian's Chromium through Playwright), at phone size.

Join by link, send, edit, delete; the server goes away, three entries wait on the phone ("wacht op
verbinding", the page says it is offline), a server comes back on the same port with the same tokens,
and all three arrive once; the question follows the facilitator's round switch. Markup typed into the
page stays text, on the page and in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from room_http import Room

from erbij_desktop.app.live_actions import switch_round
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server.room import RoomServer

pytestmark = pytest.mark.slow
WAIT = 20_000  # ms: a bound for a busy machine, not a speed check


def _texts(ws: Workspace) -> list[str]:
    from sqlalchemy import select

    from erbij_desktop.domain.models import Contribution

    return ws.read(lambda s: list(s.scalars(select(Contribution.text).order_by(Contribution.id))))


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith("http://127.0.0.1:") else outside.append(r.url))
    try:
        yield page
    finally:
        context.close()
    assert outside == []  # the page asks nothing of anyone but the laptop


def _send(page: Any, text: str) -> None:
    page.fill("#text", text)
    page.click("#send")


def _entry(page: Any, text: str) -> Any:
    return page.locator("#entries li", has=page.locator(".entry-text", has_text=text))


def test_join_send_edit_delete_offline_and_back(phone: Any, ws: Workspace, room: Room) -> None:
    from playwright.sync_api import expect

    server = RoomServer(ws, host="127.0.0.1")
    server.start()
    port, tokens = server.address[1], server.tokens
    try:
        phone.goto(server.link(room.tables[1]))
        expect(phone.locator("#table")).to_have_text("Tafel 2")
        expect(phone.locator("#question")).to_have_text("Wat werkt in jullie wijk?", timeout=WAIT)

        _send(phone, "Buurtteams werken als ze dichtbij zijn")
        expect(_entry(phone, "Buurtteams").locator(".status")).to_have_text("opgeslagen", timeout=WAIT)
        assert _texts(ws) == ["Buurtteams werken als ze dichtbij zijn"]

        _entry(phone, "Buurtteams").get_by_role("button", name="Wijzig").click()
        phone.locator("#entries li textarea").fill("Buurtteams werken als ze om de hoek zitten")
        phone.get_by_role("button", name="Opslaan").click()
        expect(_entry(phone, "om de hoek").locator(".status")).to_have_text("opgeslagen", timeout=WAIT)
        assert _texts(ws) == ["Buurtteams werken als ze om de hoek zitten"]

        _entry(phone, "om de hoek").get_by_role("button", name="Verwijder").click()
        _entry(phone, "om de hoek").get_by_role("button", name="Echt verwijderen?").click()
        expect(_entry(phone, "om de hoek")).to_have_count(0, timeout=WAIT)
        _wait_for(lambda: _texts(ws) == [])

        server.stop()
        expect(phone.locator("#offline")).to_be_visible(timeout=WAIT)
        offline = ["Eén: vrijwilligers", "Twee: de huisarts", "Drie: het buurthuis"]
        for text in offline:
            _send(phone, text)
        for text in offline:
            expect(_entry(phone, text).locator(".status")).to_have_text("wacht op verbinding")
        assert _texts(ws) == []

        server = RoomServer(ws, host="127.0.0.1", port=port, tokens=tokens)
        server.start()
        for text in offline:
            expect(_entry(phone, text).locator(".status")).to_have_text("opgeslagen", timeout=WAIT)
        expect(phone.locator("#offline")).to_be_hidden()
        assert sorted(_texts(ws)) == sorted(offline)  # each once

        switch_round(ws, room.rounds[1])
        expect(phone.locator("#question")).to_have_text("Wat kan morgen al anders?", timeout=WAIT)
        expect(phone.locator("#round-title")).to_have_text("Ronde 2")
    finally:
        server.stop()
    assert sorted(_texts(ws)) == sorted(offline)


def test_typed_markup_stays_text(phone: Any, server: RoomServer, ws: Workspace, room: Room) -> None:
    from playwright.sync_api import expect

    markup = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>vet</b>'
    phone.goto(server.link(room.tables[0]))
    expect(phone.locator("#question")).to_have_text("Wat werkt in jullie wijk?", timeout=WAIT)
    _send(phone, markup)
    item = phone.locator("#entries li").first
    expect(item.locator(".status")).to_have_text("opgeslagen", timeout=WAIT)
    expect(item.locator(".entry-text")).to_have_text(markup)
    assert item.locator("img, script, b").count() == 0
    phone.reload()
    expect(phone.locator("#entries li .entry-text").first).to_have_text(markup, timeout=WAIT)
    assert phone.evaluate("() => window.pwned") is None
    assert _texts(ws) == [markup]  # stored as typed, as text


def test_the_page_speaks_english_for_an_english_event(phone: Any, ws: Workspace, room: Room) -> None:
    from playwright.sync_api import expect

    from erbij_desktop.domain.enums import ReportLanguage
    from erbij_desktop.domain.models import Event

    ws.run("Taal", lambda s: setattr(s.get(Event, ws.event_id), "report_language", ReportLanguage.EN))
    server = RoomServer(ws, host="127.0.0.1")
    server.start()
    try:
        phone.goto(server.link(room.tables[0]))
        expect(phone.locator("#send")).to_have_text("Send", timeout=WAIT)
        server.set_paused(room.tables[0], True)
        expect(phone.locator("#paused")).to_be_visible(timeout=WAIT)
        expect(phone.locator("#paused")).to_have_text(re.compile("^Table paused"))
        expect(phone.locator("#send")).to_be_disabled()
    finally:
        server.stop()


def _wait_for(condition: Any, tries: int = 200) -> None:
    import time

    for _ in range(tries):
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met")


def test_a_closed_round_says_so(phone: Any, server: RoomServer, ws: Workspace, room: Room) -> None:
    from playwright.sync_api import expect

    from erbij_desktop.app import capture_actions

    phone.goto(server.link(room.tables[0]))
    expect(phone.locator("#question")).to_have_text("Wat werkt in jullie wijk?", timeout=WAIT)
    _send(phone, "Nog net op tijd")
    expect(_entry(phone, "Nog net").locator(".status")).to_have_text("opgeslagen", timeout=WAIT)
    expect(_entry(phone, "Nog net").get_by_role("button", name="Wijzig")).to_be_visible()
    capture_actions.set_capture_closed(ws, room.rounds[0], True)
    expect(phone.locator("#round-state")).to_have_text(re.compile("^Ronde gesloten"), timeout=WAIT)
    expect(phone.locator("#send")).to_be_disabled()
    expect(_entry(phone, "Nog net").get_by_role("button")).to_have_count(0)


def test_the_table_page_passes_axe_wcag_21_aa(browser: Any, axe: str, server: RoomServer, room: Room) -> None:
    from browser import WCAG_21_AA, pretty
    from playwright.sync_api import expect

    # axe is injected as an inline script, which the page's own CSP (rightly) forbids: bypassed for axe only.
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(server.link(room.tables[0]))
        expect(page.locator("#question")).to_have_text("Wat werkt in jullie wijk?", timeout=WAIT)
        page.add_script_tag(content=axe)
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
        )
    finally:
        context.close()
    violations = [{"id": v["id"], "nodes": len(v["nodes"]), "help": v["help"]} for v in result["violations"]]
    assert violations == [], pretty(violations)


def test_a_listing_that_crosses_a_send_keeps_the_sent_entry(phone: Any, ws: Workspace, room: Room) -> None:
    """Back online, the page lists its entries and sends the waiting one at once; the listing was
    made before the laptop stored the entry but arrives after "saved": the entry stays listed."""
    import time

    from playwright.sync_api import expect

    server = RoomServer(ws, host="127.0.0.1")
    server.start()
    port, tokens = server.address[1], server.tokens
    crossed: dict[str, Any] = {"listing": None, "send": None, "done": False}

    def cross() -> None:  # whichever of the two arrives second lets the send through, then the listing
        crossed["send"].continue_()
        _wait_for(lambda: _texts(ws) == ["Tijdens de storing"])
        time.sleep(0.5)  # the page has read "saved" by now
        route, listing = crossed["listing"]
        route.fulfill(response=listing)
        crossed["done"] = True

    def hold(route: Any) -> None:
        if crossed["done"]:
            route.continue_()
        elif route.request.method == "GET":
            crossed["listing"] = (route, route.fetch())  # what the laptop holds now: not the entry yet
            if crossed["send"] is not None:
                cross()
        else:
            crossed["send"] = route
            if crossed["listing"] is not None:
                cross()

    try:
        phone.goto(server.link(room.tables[0]))
        expect(phone.locator("#question")).to_have_text("Wat werkt in jullie wijk?", timeout=WAIT)
        server.stop()
        expect(phone.locator("#offline")).to_be_visible(timeout=WAIT)
        _send(phone, "Tijdens de storing")
        expect(_entry(phone, "Tijdens").locator(".status")).to_have_text("wacht op verbinding")
        phone.route(re.compile(r"/api/t/[^/]+/entries(\?.*)?$"), hold)
        server = RoomServer(ws, host="127.0.0.1", port=port, tokens=tokens)
        server.start()
        expect(_entry(phone, "Tijdens").locator(".status")).to_have_text("opgeslagen", timeout=WAIT)
        for _ in range(100):
            if crossed["done"]:
                break
            phone.wait_for_timeout(100)
        assert crossed["done"]
        phone.wait_for_timeout(500)  # the late listing has been read
        expect(_entry(phone, "Tijdens")).to_have_count(1)
    finally:
        server.stop()
