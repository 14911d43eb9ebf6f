"""Where events are kept: the database file, its migrations, backups and archives.

No Qt here (a test enforces it), so the CLI and tests work without a display.
"""
