"""A small asyncio client of the room server's HTTP contract (notes: room_protocol.md), behaving like the
table page: every entry gets its id on the device (uuid4) before it is sent, waits in an outbox, and is sent
again until the server acknowledges it (201, or 200 for an id it already has). Used by the load and fault
tests and the benchmark; it only ever talks to the loopback address the test's server is bound to.

A dropped connection, a 5xx or a 429 (rate limit) is retried after a short, growing pause, as the page does
on bad Wi-Fi; any other answer is final and recorded on the entry. Every wait is bounded by a deadline.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

import aiohttp

T = TypeVar("T")


def run_apart(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` in a thread of its own: a test session's browser (sync Playwright) keeps an
    event loop running in the main thread, where ``asyncio.run`` refuses to start another."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="devices") as pool:
        return pool.submit(asyncio.run, coroutine).result()


# Answers that mean "try again later" (the server is busy, restarting or limiting this token).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
FIRST_PAUSE = 0.05
LONGEST_PAUSE = 1.0


class NotAcknowledged(Exception):
    """The deadline passed before the server acknowledged an entry."""


@dataclass
class Entry:
    """One entry as the device keeps it: made here, sent until acknowledged."""

    id: str
    text: str
    person: str = ""
    organisation: str = ""
    consent: bool = False
    status: int | None = None  # the final HTTP status, None while unacknowledged
    answer: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    # time.perf_counter() when it was queued and when it was acknowledged (the send → saved latency).
    queued: float = 0.0
    acknowledged: float | None = None

    @property
    def saved(self) -> bool:
        return self.status in (200, 201) and self.answer.get("status") == "saved"


def api_base(link: str) -> str:
    """``http://HOST:PORT/t/TOKEN`` → ``http://HOST:PORT/api/t/TOKEN``; refuses anything but loopback."""
    parts = urlsplit(link)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1") or not parts.path.startswith("/t/"):
        raise ValueError(f"not a loopback table link: {link!r}")
    return f"{parts.scheme}://{parts.netloc}/api{parts.path}"


class DeviceClient:
    """One phone or laptop at one table: its own device id, its own outbox, entries sent in order."""

    def __init__(self, session: aiohttp.ClientSession, link: str, device: str | None = None) -> None:
        self.session = session
        self.base = api_base(link)
        self.device = device or uuid.uuid4().hex
        self.outbox: list[Entry] = []
        self.sent: list[Entry] = []  # acknowledged or refused for good, in the order it happened
        self.retries = 0

    def write(self, text: str, *, person: str = "", organisation: str = "", consent: bool = False) -> Entry:
        """Type an entry: it gets its id now and waits in the outbox (nothing is sent yet)."""
        entry = Entry(str(uuid.uuid4()), text, person, organisation, consent, queued=time.perf_counter())
        self.outbox.append(entry)
        return entry

    async def flush(self, deadline: float) -> None:
        """Send the outbox in order, each until answered for good; ``deadline`` as time.perf_counter()."""
        while self.outbox:
            entry = self.outbox[0]
            await self.deliver(entry, deadline)
            self.outbox.pop(0)
            self.sent.append(entry)

    async def deliver(self, entry: Entry, deadline: float) -> Entry:
        """POST ``entry`` until the server gives a final answer (retrying what the page retries)."""
        body = {
            "id": entry.id,
            "device": self.device,
            "text": entry.text,
            "person": entry.person,
            "organisation": entry.organisation,
            "consent": entry.consent,
        }
        pause = FIRST_PAUSE
        while True:
            entry.attempts += 1
            try:
                async with self.session.post(f"{self.base}/entries", json=body) as response:
                    answer = await response.json(content_type=None)
                    if response.status not in RETRY_STATUSES:
                        entry.status = response.status
                        entry.answer = answer if isinstance(answer, dict) else {}
                        entry.acknowledged = time.perf_counter()
                        return entry
            except (TimeoutError, aiohttp.ClientError, ValueError):
                pass  # connection refused or reset, server gone mid-answer, a cut-off body: try again
            self.retries += 1
            now = time.perf_counter()
            if now + pause > deadline:
                raise NotAcknowledged(f"entry {entry.id} not acknowledged after {entry.attempts} attempts")
            await asyncio.sleep(pause * random.uniform(0.5, 1.0))
            pause = min(pause * 2, LONGEST_PAUSE)

    async def entries(self) -> list[dict[str, Any]]:
        """This device's entries at this table, as the server lists them."""
        async with self.session.get(f"{self.base}/entries", params={"device": self.device}) as response:
            response.raise_for_status()
            answer = await response.json()
        listed: list[dict[str, Any]] = answer["entries"]
        return listed

    async def state(self) -> dict[str, Any]:
        """The table's state (no long poll)."""
        async with self.session.get(f"{self.base}/state") as response:
            response.raise_for_status()
            state: dict[str, Any] = await response.json()
        return state


def new_session(*, timeout: float = 10.0) -> aiohttp.ClientSession:
    """A client session for many simulated devices: no connection cap, no cookies, a per-request timeout."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=0, force_close=False),
        cookie_jar=aiohttp.DummyCookieJar(),
        timeout=aiohttp.ClientTimeout(total=timeout),
    )


async def run_devices(
    devices: list[DeviceClient], per_device: int, deadline: float, *, text: str = "Bijdrage {device} {n}"
) -> None:
    """Every device types ``per_device`` entries, one after the other as a host would, all devices at once."""

    async def one(index: int, device: DeviceClient) -> None:
        for n in range(per_device):
            device.write(text.format(device=index, n=n))
            await device.flush(deadline)

    await asyncio.gather(*(one(index, device) for index, device in enumerate(devices)))


def main() -> int:
    """``python clients.py PER_DEVICE DEVICES_PER_TABLE SECONDS``, the tables' links as a JSON list on
    stdin: runs the devices in this process (so their work does not share the measured app's interpreter) and
    prints every entry as JSON: ``[{"link", "device", "id", "text", "status", "attempts"}, …]``."""
    import json
    import sys

    per_device, per_table, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    links: list[str] = json.loads(sys.stdin.read())

    async def run() -> list[dict[str, Any]]:
        async with new_session() as session:
            devices = [DeviceClient(session, link) for link in links for _ in range(per_table)]
            print("started", flush=True)
            failed = ""
            try:
                await run_devices(devices, per_device, time.perf_counter() + seconds)
            except NotAcknowledged as error:
                failed = str(error)
            return [
                {"link": link, "device": d.device, "id": e.id, "text": e.text, "status": e.status,
                 "saved": e.saved, "attempts": e.attempts, "failed": failed}
                for d, link in ((d, links[i // per_table]) for i, d in enumerate(devices))
                for e in (*d.sent, *d.outbox)
            ]  # fmt: skip

    print(json.dumps(asyncio.run(run())), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
