"""Report-test fixtures shared across modules (the browser starts once per session)."""

from browser import axe, browser

__all__ = ["axe", "browser"]
