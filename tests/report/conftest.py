"""Report tests: keep Hypothesis's cache out of the source tree.

Hypothesis writes a ``.hypothesis/`` folder into the working directory; with
this project's ``norecursedirs`` a later pytest run would then warn (an error
under ``filterwarnings = error``) while collecting. The sandboxed cache
directory of the root conftest takes it instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir

set_hypothesis_home_dir(Path(os.environ.get("XDG_CACHE_HOME", "/tmp")) / "hypothesis")
