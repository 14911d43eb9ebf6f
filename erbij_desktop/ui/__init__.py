"""The PySide6 user interface: the only package that imports Qt.

Importing it also guards against a PySide6 6.12.0 reference-counting bug (see
``guard_refcounts``) before the first signal is emitted.
"""

from __future__ import annotations

import ctypes
import sys

# Far more references than a session can ever drop, far fewer than overflow a Py_ssize_t.
_RESERVE = 1 << 40


def guard_refcounts() -> bool:
    """Keep Python alive although PySide6 6.12.0 drops references to None and True.

    In PySide6 6.12.0 every call of a Qt method that returns nothing (``setText``,
    ``setObjectName``…) hands back None without taking a reference, and every
    ``Signal.emit()`` does the same with True. On Python 3.11, where None and
    True are ordinary objects, each such call costs them one reference; after
    some thousands (a morning of capturing, an hour of the live timer) the
    interpreter dies with "Fatal Python error: none_dealloc" or "bool_dealloc".
    The bug is measured, not assumed: only when probe calls lose references do
    None, True and False get a reserve that cannot run out. Python 3.12+ makes
    them immortal, and a fixed PySide6 loses nothing, so then this does nothing.
    Returns whether the reserve was added.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    singletons = (None, True, False)
    before = [sys.getrefcount(value) for value in singletons]
    for number in range(16):
        probe.ping.emit()
        probe.setObjectName(str(number))
    after = [sys.getrefcount(value) for value in singletons]
    if all(a >= b for a, b in zip(after, before, strict=True)):
        return False
    for value in singletons:
        ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    return True


REFCOUNTS_GUARDED = guard_refcounts()
