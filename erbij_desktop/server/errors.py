"""What the capture server says when it cannot do something, to the facilitator and to a device.

``ServerError`` is for the facilitator (the Live tab, the ``serve`` command):
a Dutch sentence shown as-is. ``Refusal`` is an HTTP answer to a device: a
status code and a short text in the event's language; it never quotes what the
device sent, so nothing typed ends up in a log or in another answer.
"""

from __future__ import annotations


class ServerError(Exception):
    """The server could not start or do what was asked; the message is Dutch and shown as-is."""


# status -> (Dutch, English); the page shows its own words for most of them.
_TEXTS: dict[str, tuple[str, str]] = {
    "bad_request": ("Ongeldig verzoek.", "Invalid request."),
    "forbidden": ("Geen toegang.", "No access."),
    "not_found": ("Niet gevonden.", "Not found."),
    "closed": ("Ronde gesloten.", "Round closed."),
    "no_round": ("Er is nu geen ronde.", "There is no round now."),
    "too_large": ("Te lang.", "Too long."),
    "paused": ("Tafel gepauzeerd.", "Table paused."),
    "too_many": ("Even wachten: te veel verzoeken.", "Please wait: too many requests."),
    "method": ("Niet toegestaan.", "Not allowed."),
    "failed": ("Opslaan mislukt; probeer het opnieuw.", "Saving failed; please try again."),
}

STATUS = {
    "bad_request": 400,
    "forbidden": 403,
    "not_found": 404,
    "method": 405,
    "closed": 409,
    "no_round": 409,
    "too_large": 413,
    "paused": 423,
    "too_many": 429,
    "failed": 503,
}


class Refusal(Exception):
    """An answer that refuses a device's request: ``status`` and a short text (``text(language)``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = STATUS[reason]

    def text(self, language: str) -> str:
        dutch, english = _TEXTS[self.reason]
        return english if language == "en" else dutch
