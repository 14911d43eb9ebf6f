"""The secret in each table's link: who holds it may write for that table, nobody else.

A token is ``secrets.token_urlsafe(24)`` (192 bits), one per table of the
event, made when the server starts (or first asked for a table added later).
Renewing a table's token forgets the old one at once. The book lives in the
server's memory only, so every token dies with the server, unless the caller
hands the same tokens to a new server on purpose (``RoomServer(tokens=…)``:
the same links after a restart, for the fault and browser tests and for
``serve --tokens``).
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Mapping

from .errors import ServerError

TOKEN_BYTES = 24
# A token handed in from outside must carry at least 128 bits: 22 URL-safe characters.
_VALID = re.compile(r"[A-Za-z0-9_-]{22,128}")


def valid_token(token: str) -> bool:
    return _VALID.fullmatch(token) is not None


class TokenBook:
    """Table id ↔ token; safe to use from the GUI thread and the server thread at once."""

    def __init__(self, given: Mapping[int, str] | None = None) -> None:
        self._lock = threading.Lock()
        self._by_table: dict[int, str] = {}
        self._by_token: dict[str, int] = {}
        for table_id, token in (given or {}).items():
            if not valid_token(token) or token in self._by_token:
                raise ServerError("Een meegegeven toegangscode is ongeldig (te kort of dubbel).")
            self._set(int(table_id), token)

    def token(self, table_id: int) -> str:
        """The table's token (a new one when it has none yet)."""
        with self._lock:
            return self._by_table.get(table_id) or self._set(table_id, secrets.token_urlsafe(TOKEN_BYTES))

    def renew(self, table_id: int) -> str:
        with self._lock:
            return self._set(table_id, secrets.token_urlsafe(TOKEN_BYTES))

    def table_of(self, token: str) -> int | None:
        """The table whose token this is, or None (unknown, renewed, or the server stopped)."""
        with self._lock:
            return self._by_token.get(token)

    def as_dict(self) -> dict[int, str]:
        with self._lock:
            return dict(self._by_table)

    def forget_all(self) -> None:
        with self._lock:
            self._by_table.clear()
            self._by_token.clear()

    def _set(self, table_id: int, token: str) -> str:
        old = self._by_table.get(table_id)
        if old is not None:
            del self._by_token[old]
        self._by_table[table_id] = token
        self._by_token[token] = table_id
        return token
