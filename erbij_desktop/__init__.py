"""Erbij Desktop: prepare, run and report a praktijktafel on one laptop."""

__version__ = "0.1.0"
APP_NAME = "Erbij Desktop"
APP_ID = "erbij-desktop"
