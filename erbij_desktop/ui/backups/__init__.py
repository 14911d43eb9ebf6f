"""Backups in the app: the timer that makes them while you work, and the dialog to restore one.

The logic (when a backup is due, which to keep, how to restore) lives in
erbij_desktop.storage.backups; this package only schedules and shows it.
"""
