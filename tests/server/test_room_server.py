"""RoomServer's life: it listens only between start and stop, on the one address given, with tokens
that are long, per table, renewable and gone with the server (unless a new server is handed them)."""

from __future__ import annotations

import socket
import threading

import pytest
from room_http import Room, call, token_of

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server.errors import ServerError
from erbij_desktop.server.interfaces import list_interfaces
from erbij_desktop.server.room import RoomServer


def _listening_ports() -> set[int]:
    """Ports with a socket in LISTEN state on this machine (IPv4 and IPv6), from /proc/net."""
    ports: set[int] = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(name, encoding="ascii") as table:
            for line in list(table)[1:]:
                fields = line.split()
                if fields[3] == "0A":  # TCP_LISTEN
                    ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def _connects(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_no_port_is_open_while_the_feature_is_off(ws: Workspace) -> None:
    before = _listening_ports()
    server = RoomServer(ws, host="127.0.0.1")
    assert not server.running
    assert _listening_ports() == before  # made, not started: nothing listens
    server.start()
    port = server.address[1]
    assert server.running and port in _listening_ports() - before and _connects(port)
    server.stop()
    assert not server.running
    assert _listening_ports() == before
    assert not _connects(port)
    server.stop()  # idempotent


def test_it_binds_only_the_address_given(server: RoomServer) -> None:
    host, port = server.address
    assert host == "127.0.0.1"
    with socket.socket() as probe:  # another loopback address of this machine is not served
        probe.settimeout(2)
        assert probe.connect_ex(("127.0.0.2", port)) != 0


def test_links_carry_a_long_token_per_table(server: RoomServer, room: Room) -> None:
    statuses = server.table_status()
    assert [s.table_id for s in statuses] == list(room.tables)
    assert [s.name for s in statuses] == ["Tafel 1", "Tafel 2", "Tafel 3"]
    host, port = server.address
    tokens = [token_of(s.link) for s in statuses]
    for status, token in zip(statuses, tokens, strict=True):
        assert status.link == f"http://{host}:{port}/t/{token}" == server.link(status.table_id)
        assert len(token) >= 32  # token_urlsafe(24): 192 bits
    assert len(set(tokens)) == len(tokens)


def test_a_renewed_token_locks_the_old_link_out(server: RoomServer, room: Room) -> None:
    table = room.tables[0]
    old = token_of(server.link(table))
    new_link = server.renew_token(table)
    new = token_of(new_link)
    assert new != old and new_link == server.link(table)
    assert call(server.address, "GET", f"/api/t/{old}/state").status == 403
    assert call(server.address, "GET", f"/api/t/{new}/state").status == 200
    assert call(server.address, "GET", f"/api/t/{token_of(server.link(room.tables[1]))}/state").status == 200


def test_tokens_die_with_the_server_unless_a_new_one_is_given_them(ws: Workspace, room: Room) -> None:
    first = RoomServer(ws, host="127.0.0.1")
    first.start()
    port = first.address[1]
    tokens = first.tokens
    first.stop()
    with pytest.raises(ServerError):
        first.link(room.tables[0])
    first.start()  # the same object again: new tokens
    try:
        assert set(first.tokens.values()).isdisjoint(tokens.values())
    finally:
        first.stop()
    again = RoomServer(ws, host="127.0.0.1", port=port, tokens=tokens)
    again.start()
    try:
        assert again.address == ("127.0.0.1", port)
        assert again.tokens == tokens
        assert call(again.address, "GET", f"/api/t/{tokens[room.tables[0]]}/state").status == 200
    finally:
        again.stop()


def test_pausing_a_table_shows_on_its_page_and_in_its_status(server: RoomServer, room: Room) -> None:
    table = room.tables[1]
    token = token_of(server.link(table))
    server.set_paused(table, True)
    assert call(server.address, "GET", f"/api/t/{token}/state").json()["paused"] is True
    assert [s.paused for s in server.table_status()] == [False, True, False]
    server.set_paused(table, False)
    assert call(server.address, "GET", f"/api/t/{token}/state").json()["paused"] is False


def test_status_counts_devices_and_tells_listeners(server: RoomServer, room: Room) -> None:
    heard = threading.Event()
    unsubscribe = server.on_status(heard.set)
    token = token_of(server.link(room.tables[2]))
    for device in ("phone-aaaaaaaa", "laptop-bbbbbbbb", "phone-aaaaaaaa"):
        assert call(server.address, "GET", f"/api/t/{token}/state?device={device}").status == 200
    assert heard.wait(5)
    status = {s.table_id: s for s in server.table_status()}
    assert status[room.tables[2]].devices == 2 and status[room.tables[2]].last_contact is not None
    assert status[room.tables[0]].devices == 0 and status[room.tables[0]].last_contact is None
    unsubscribe()


@pytest.mark.parametrize(
    ("host", "says"),
    [
        ("0.0.0.0", "niet alle netwerken"),
        ("localhost", "geen IP-adres"),
        ("::1", "IPv4"),
        ("192.0.2.123", "hoort niet bij deze computer"),
    ],
)
def test_a_wrong_address_is_refused_in_dutch(ws: Workspace, host: str, says: str) -> None:
    with pytest.raises(ServerError, match=says):
        RoomServer(ws, host=host).start()


def test_a_port_in_use_is_refused_in_dutch(server: RoomServer, ws: Workspace) -> None:
    second = RoomServer(ws, host="127.0.0.1", port=server.address[1])
    with pytest.raises(ServerError, match="al in gebruik"):
        second.start()
    assert not second.running


def test_bad_tokens_handed_in_are_refused(ws: Workspace, room: Room) -> None:
    with pytest.raises(ServerError, match="ongeldig"):
        RoomServer(ws, host="127.0.0.1", tokens={room.tables[0]: "short"})


def test_the_interfaces_list_ipv4_addresses_with_loopback_last() -> None:
    found = list_interfaces()
    assert found and found[-1].address.startswith("127.")
    for interface in found:
        socket.inet_aton(interface.address)  # a dotted IPv4 address


def test_a_table_of_another_event_has_no_link(server: RoomServer) -> None:
    with pytest.raises(ServerError, match="bestaat niet"):
        server.link(9999)
    with pytest.raises(ServerError, match="bestaat niet"):
        server.renew_token(9999)
    assert 9999 not in server.tokens
