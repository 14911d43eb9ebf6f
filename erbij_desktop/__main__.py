"""Entry point: ``erbij-desktop`` / ``python -m erbij_desktop``.

Without a subcommand the GUI opens; subcommands run headless (see erbij_desktop.cli).
"""

from __future__ import annotations

import gc
import sys

# Loading the app makes some 90,000 objects that live as long as it runs; the cycle collector
# would walk them again and again while they are made (a tenth of the start-up). It is off until
# the app is loaded: the GUI turns it back on once the work its first paint starts (the ORM) is
# done, freezing what start-up made so later collections stay short while the facilitator types;
# a command turns it on before it runs.
gc.disable()

from erbij_desktop import cli  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(argv)
    if getattr(args, "command", None) is None:
        from erbij_desktop.ui.app import run_gui  # Qt only when the GUI is wanted

        return run_gui(args.database)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
