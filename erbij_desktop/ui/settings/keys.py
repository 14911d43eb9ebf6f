"""Every QSettings key the app uses, in one place.

QSettings lives in the user's configuration folder (``Erbij/erbij-desktop.conf``
on Linux) and only holds preferences and window state; events live in the
database, the backup policy in ``backups.json`` (erbij_desktop.storage.backups).
A test (tests/ui/settings/test_keys.py) fails when UI code spells a key itself.
"""

from __future__ import annotations

# --- preferences (the settings dialog) -------------------------------------------------------------
LANGUAGE = "ui/language"  # "nl" or "en"; applied at the next start (ui/app.py)
PRESENTER_SCREEN = "presenter/screen"  # QScreen.name() of the beamer; empty: the first non-main screen
DEFAULT_ROUND_MINUTES = "prepare/defaultRoundMinutes"  # pre-filled length of a new round
REPORT_APPENDIX = "report/appendix"  # export the report with the appendix by default
REPORT_LOGO = "report/defaultLogo"  # file (in the config folder) whose logo new events get
DATABASE_URL = "database/serverUrl"  # an organisation's PostgreSQL (never with a password); empty: the file

# --- remembered state ------------------------------------------------------------------------------
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_EVENT = "events/last"
WORKSPACE_TAB = "workspace/tab"
EXPORT_DIRECTORY = "export/lastDirectory"
PHOTOS_DIRECTORY = "files/photos_dir"  # where photos were last added from
LOGO_DIRECTORY = "files/logo_dir"  # where a logo was last chosen from
ARCHIVE_DIRECTORY = "archive/lastDirectory"  # where .erbij files were last exported or imported
PREPARE_SECTION = "prepare/section"
PREPARE_PEOPLE_SPLITTER = "prepare/peopleSplitter"
PREPARE_ROUNDS_SPLITTER = "prepare/roundsSplitter"
PREPARE_PROGRAMME_SPLITTER = "prepare/programmeSplitter"
CURATION_SPLITTER = "curation/splitter"
CURATION_SECTION = "curation/section"
CURATION_CONTRIBUTIONS_SPLITTER = "curation/contributionsSplitter"
LIVE_AUTO_START = "live/auto_start"  # start the round timer when a round is put on the beamer
ROOM_ADDRESS = "room/address"  # the address the tables' capture server last listened on
ROOM_PORT = "room/port"  # and its port
LIVE_STATE = "live/state"  # JSON: the live round, its countdown and the message, to carry on after a restart
CAPTURE_GROUP = "capture"  # capture/<uid>/round, /table: where typing resumes (/draft/<field>: old drafts)
