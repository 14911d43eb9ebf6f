"""PyInstaller entry script: the bundle's executable runs the normal CLI/GUI entry point."""

import sys

from erbij_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
