"""The PySide6 user interface: the only package that imports Qt.

Importing it also guards against a PySide6 6.12.0 reference-counting bug (see
``guard_refcounts``) before the first signal is emitted, and makes PySide6's
check of every imported module cheaper (``quicker_feature_check``), which
shortens the start-up by a tenth.
"""

from __future__ import annotations

import ctypes
import sys
from types import ModuleType

# Far more references than a session can ever drop, far fewer than overflow a Py_ssize_t.
_RESERVE = 1 << 40


def quicker_feature_check() -> bool:
    """Let PySide6 find out cheaply whether a module uses it.

    For its ``from __feature__ import ...`` switches PySide6 asks, of every
    module imported (the app loads some 600), whether its source mentions
    "PySide6", and reads that source through ``inspect.getsource``: tokenizing
    each file and keeping all of them in ``linecache``. Searching the file's
    bytes gives the same answer for a fraction of the time and no memory.
    Must run after ``import PySide6`` and before its first module is loaded
    (PySide6 checks every module already imported then). Anything unexpected
    (no such hook, a module without a ``.py`` file) is left to PySide6.
    Returns whether the check was replaced.
    """
    import PySide6  # noqa: F401  # loads the hook without running it

    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quick", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


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


FEATURE_CHECK_QUICKENED = quicker_feature_check()
REFCOUNTS_GUARDED = guard_refcounts()
