"""Entry point: ``erbij-desktop`` / ``python -m erbij_desktop``.

Without a subcommand the GUI opens; subcommands run headless (see erbij_desktop.cli).
"""

from __future__ import annotations

import sys

from erbij_desktop.cli import main as _cli_main


def main(argv: list[str] | None = None) -> int:
    return _cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
