"""Errors raised by domain operations when input cannot be accepted.

Messages are Dutch sentences a facilitator can act on; ``field`` names the
offending field so a form can show the reason next to it, and ``code`` lets a
translated UI choose its own wording.
"""

from __future__ import annotations


class DomainError(Exception):
    """An operation was refused; nothing was changed."""


class ValidationError(DomainError):
    def __init__(self, field: str, message: str, code: str = "invalid") -> None:
        self.field = field
        self.code = code
        super().__init__(message)


class NotFoundError(DomainError):
    pass


class AmbiguousError(DomainError):
    def __init__(self, message: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__(message)
