"""Keeping the window responsive while Python work (a render, an export) runs on a worker thread.

Both threads share the GIL, which CPython hands over every 5 ms by default.
The UI thread lets go of it at each call into Qt and then may wait a whole
interval to get it back, so Python-heavy UI work (laying out a list of 1,000
rows) slows down while a report renders. A 1 ms switch interval while a
worker is busy bounds that wait. Measured with
tests/ui/preview/bench_responsiveness.py on a 3,000-contribution report (on
a shared, noisy 2-core machine): worst event-loop delay 76–157 ms with 1 ms
against 71–219 ms with the default, render time unchanged. The old interval
comes back when the last worker is done.

Called from the UI thread only (job start and end are handled there).
"""

from __future__ import annotations

import sys

BUSY_INTERVAL = 0.001

_busy = 0
_saved = sys.getswitchinterval()


def worker_started() -> None:
    global _busy, _saved
    if _busy == 0:
        _saved = sys.getswitchinterval()
        sys.setswitchinterval(min(_saved, BUSY_INTERVAL))
    _busy += 1


def worker_finished() -> None:
    global _busy
    if _busy == 0:
        return
    _busy -= 1
    if _busy == 0:
        sys.setswitchinterval(_saved)
