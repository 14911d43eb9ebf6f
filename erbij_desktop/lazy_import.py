"""Import a module when it is first used rather than now.

The GUI paints its first window before SQLAlchemy's ORM and the data model
are loaded (what that costs: tests/benchmarks/README.md). A module that only needs
them once the facilitator acts (say, the undoable commands behind Enter)
names them with ``lazy_import``: the module object exists at once, its code
runs at the first attribute access. Standard library only
(``importlib.util.LazyLoader``); a module imported before is returned as is.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_import(name: str) -> ModuleType:
    """The module ``name``, executed on first attribute access."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
