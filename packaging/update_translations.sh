#!/usr/bin/env bash
# Regenerate the Qt Linguist sources (resources/translations/*.ts) from the code and compile them (.qm).
#
#   packaging/update_translations.sh          # update .ts and .qm, list what still needs English
#   packaging/update_translations.sh check    # only check: exit 1 when a .ts is stale or unfinished
#
# Translate what it lists in erbij_desktop_en.ts (Qt Linguist: pyside6-linguist), then run it again
# so the .qm files follow. Uses the Python that runs it (PYTHON=..., default: python) and the
# pyside6-lupdate / pyside6-lrelease that come with PySide6. See packaging/translations.py.
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-python}" packaging/translations.py "${1:-update}"
