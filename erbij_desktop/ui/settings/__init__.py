"""User settings: every QSettings key (keys.py), typed preferences (preferences.py) and the dialog.

The dialog is opened from the main window (Extra → Instellingen…, Ctrl+,).
"""
