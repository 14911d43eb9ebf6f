"""The test devices behave like the page: what the load and fault tests conclude rests on that.

A stand-in server on 127.0.0.1 answers the first try of each entry badly (busy, rate-limited, or it stores
the entry and drops the connection before answering, as a server killed mid-answer does); the device sends
again until it hears "saved", with the same id, so the entry is stored once.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import pytest
from aiohttp import web
from clients import DeviceClient, NotAcknowledged, api_base, new_session, run_apart, run_devices


class Flaky:
    """POST /api/t/tok/entries: the first try of each id fails in turn (503, 429, stored-and-dropped)."""

    def __init__(self, final: int | None = None) -> None:
        self.stored: Counter[str] = Counter()
        self.tries: Counter[str] = Counter()
        self.final = final  # answer every try with this status instead

    async def post(self, request: web.Request) -> web.StreamResponse:
        body: dict[str, Any] = await request.json()
        uid = body["id"]
        self.tries[uid] += 1
        if self.final is not None:
            return web.json_response({"error": "ronde gesloten"}, status=self.final)
        if self.tries[uid] == 1:
            trouble = len(self.tries) % 3
            if trouble == 0:
                return web.json_response({"error": "bezet"}, status=503)
            if trouble == 1:
                return web.json_response({"error": "te snel"}, status=429)
            self.stored[uid] += 1  # committed, then the answer is lost
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        known = uid in self.stored
        if not known:
            self.stored[uid] += 1
        return web.json_response({"id": uid, "status": "saved"}, status=200 if known else 201)


async def serving(flaky: Flaky) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_post("/api/t/{token}/entries", flaky.post)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}/t/tok"


def test_every_entry_is_sent_until_saved_and_stored_once() -> None:
    flaky = Flaky()

    async def run() -> list[DeviceClient]:
        runner, link = await serving(flaky)
        try:
            async with new_session() as session:
                devices = [DeviceClient(session, link) for _ in range(3)]
                await run_devices(devices, 10, time.perf_counter() + 60)
                return devices
        finally:
            await runner.cleanup()

    devices = run_apart(run())
    entries = [e for d in devices for e in d.sent]
    assert len(entries) == 30 and all(e.saved for e in entries)
    assert all(e.attempts == 2 for e in entries)  # one bad first try each, then saved
    assert flaky.stored == Counter({e.id: 1 for e in entries})  # the retry after a lost answer stored nothing
    assert len({e.id for e in entries}) == 30 and len({d.device for d in devices}) == 3
    assert sum(d.retries for d in devices) == 30
    assert [e.text for e in devices[1].sent] == [f"Bijdrage 1 {n}" for n in range(10)]  # in typing order


def test_a_refusal_is_final_and_a_deadline_bounds_the_retries() -> None:
    async def run(status: int, seconds: float) -> DeviceClient:
        runner, link = await serving(Flaky(final=status))
        try:
            async with new_session() as session:
                device = DeviceClient(session, link)
                device.write("Tekst")
                await device.flush(time.perf_counter() + seconds)
                return device
        finally:
            await runner.cleanup()

    refused = run_apart(run(409, 10))
    assert refused.sent[0].status == 409 and not refused.sent[0].saved and refused.sent[0].attempts == 1
    with pytest.raises(NotAcknowledged):
        run_apart(run(503, 0.5))


def test_only_loopback_links() -> None:
    assert api_base("http://127.0.0.1:8080/t/abc") == "http://127.0.0.1:8080/api/t/abc"
    with pytest.raises(ValueError, match="loopback"):
        api_base("http://192.168.1.20:8080/t/abc")
