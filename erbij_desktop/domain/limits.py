"""Length limits of the fields that had none of their own: the database's, and one for long texts.

The one-line fields of an event (title, venue, city, the background box's
heading) and the names of people and organisations are as long as their
database columns; the long texts (the report's lead, conclusion and
background, a programme item's narrative, a round's introduction) stop at
:data:`LONG_TEXT_MAX`, a few dozen pages, far beyond any article but short of
what would freeze the report. The .erbij archive refuses longer values too
(storage.archive_limits).
"""

from __future__ import annotations

TITLE_MAX = 300
LINE_MAX = 300
CITY_MAX = 200
NAME_MAX = 300
LONG_TEXT_MAX = 100_000
