"""A long session of Qt calls must not wear down None and True (PySide6 6.12.0 bug, guarded)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import erbij_desktop.ui as ui


class _Emitter(QObject):
    ping = Signal()
    value = Signal(object, object)


def test_a_long_session_of_calls_and_emits_keeps_none_and_true_alive() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(lambda a, _b: received.append(a))
    # More calls than None or True have references in a fresh interpreter: unguarded on an
    # affected PySide6 this kills the whole test process.
    for number in range(120_000):
        emitter.setObjectName("x")
        if number % 6 == 0:
            emitter.ping.emit()
            emitter.value.emit(number, None)
    assert len(received) == 20_000
    assert min(sys.getrefcount(value) for value in (None, True, False)) > 1_000


def test_the_guard_is_measured_not_assumed() -> None:
    assert isinstance(ui.REFCOUNTS_GUARDED, bool)
    if sys.version_info >= (3, 12):
        assert ui.REFCOUNTS_GUARDED is False  # immortal singletons: nothing to guard
