"""Parts of the app a build may leave out (the report needs ReportLab), and how to ask for them.

Asking whether a part is there never imports it: the main window asks while it
starts, and importing ReportLab is slow (tests/benchmarks/README.md).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any


def optional(module: str, name: str) -> Callable[..., Any] | None:
    """``module.name`` when that part of the app is installed, else None."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError as error:
        if error.name and module.startswith(error.name):
            return None
        raise


def installed(module: str) -> bool:
    """Whether a module is part of this build, without importing it (ReportLab is slow to import)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


REPORT_MODULE = "erbij_desktop.report.article"
DEMO_MODULE = "erbij_desktop.storage.archive_demo"


def report_writer() -> Callable[..., Any] | None:
    """``write_view(view, target, *, appendix)``: the report of a public view, written atomically."""
    return optional(REPORT_MODULE, "write_view")


def demo_importer() -> Callable[..., Any] | None:
    return optional(DEMO_MODULE, "import_demo")


def report_available() -> bool:
    return installed(REPORT_MODULE)


def demo_available() -> bool:
    return installed(DEMO_MODULE)
