#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle and prove it works on its own.
#
#   packaging/build_bundle.sh [OUTPUT_DIR]
#
# Uses the active Python (which must have PyInstaller and the app's dependencies).
# The bundle lands in OUTPUT_DIR/dist/erbij-desktop (default: a temporary directory that is
# removed afterwards; set ERBIJ_KEEP_BUNDLE=1 to keep it). Ship that folder: run its
# erbij-desktop executable; packaging/install_linux.sh adds it to the desktop menu.
# Then, from a directory outside the checkout, with a private home and a fresh
# database, the bundle's own executable must:
#   1. report that resources and migrations come from inside the bundle (--bundle-info);
#   2. import the demo event      (erbij-desktop demo);
#   3. write its report as a PDF  (erbij-desktop report <id> -o r.pdf);
#   4. open the main window offscreen on the demo event's Vastleggen tab, report its first paint
#      and the end of the work that paint starts, keep running 2 s (so the work done after the
#      first paint runs too: the ORM, the other tabs, the single-instance server) and quit
#      (ERBIJ_STARTUP_PROBE=<ms>, the start-up benchmark's hook in ui/app.py).
# Any failure stops the script with a non-zero exit code.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ge 1 ]; then
    OUT="$1"
else
    # A temporary place, removed at the end unless ERBIJ_KEEP_BUNDLE=1 (CI machines are thrown away anyway).
    OUT="$(mktemp -d -t erbij-bundle-XXXXXX)"
    [ "${ERBIJ_KEEP_BUNDLE:-0}" = 1 ] || trap 'rm -rf "$OUT"' EXIT
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
PYTHON="${PYTHON:-python}"
SHOWN_MARKER="erbij-desktop: window shown"  # erbij_desktop.ui.app.SHOWN_MARKER
READY_MARKER="erbij-desktop: ready"  # erbij_desktop.ui.app.READY_MARKER

log() { printf '[bundle] %s\n' "$*"; }
fail() { printf '[bundle] FAILED: %s\n' "$*" >&2; exit 1; }

case "$OUT/" in
    "$ROOT"/*) fail "output directory $OUT is inside the checkout; choose one outside it" ;;
esac

log "building with $("$PYTHON" -m PyInstaller --version 2>/dev/null || echo '?') into $OUT"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/build" "$ROOT/packaging/erbij-desktop.spec"
BUNDLE="$OUT/dist/erbij-desktop"
EXE="$BUNDLE/erbij-desktop"
[ -x "$EXE" ] || fail "no executable at $EXE"
rm -rf "$OUT/build"  # PyInstaller's intermediate files
log "built $EXE ($(du -sh "$BUNDLE" | cut -f1), $(( $(date +%s) - start )) s)"

# A clean world for the runs: outside the checkout, no Python path, a private home.
RUN="$OUT/run"
rm -rf "$RUN"
mkdir -p "$RUN/home"
cd "$RUN"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV ERBIJ_DATABASE_URL ERBIJ_LANGUAGE ERBIJ_STARTUP_PROBE
export HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/config" XDG_DATA_HOME="$RUN/home/data" \
    XDG_STATE_HOME="$RUN/home/state" XDG_CACHE_HOME="$RUN/home/cache" QT_QPA_PLATFORM=offscreen
DB="$RUN/smoke.sqlite"
export PATH="$BUNDLE:$PATH"  # `erbij-desktop` below is the bundle's executable
[ "$(command -v erbij-desktop)" = "$EXE" ] || fail "erbij-desktop on PATH is not the bundle's"

log "run 0/3: where the bundle finds its files (cwd $PWD)"
erbij-desktop --bundle-info | tee bundle-info.txt | sed 's/^/[bundle]   /'
resources=$(sed -n 's/^resources_dir: //p' bundle-info.txt)
migrations=$(sed -n 's/^migrations_dir: //p' bundle-info.txt)
for dir in "$resources" "$migrations"; do
    case "$dir" in
        "$BUNDLE"/*) ;;
        *) fail "'$dir' is not inside the bundle $BUNDLE" ;;
    esac
done
grep -q '^translations: [1-9]' bundle-info.txt || fail "no compiled translations (.qm) in the bundle"
grep -qx 'translation: &Bestand -> &File' bundle-info.txt || fail "the bundled English translation does not work"
grep -q '^migrations: [1-9]' bundle-info.txt || fail "no migrations in the bundle"
grep -qx 'lazy import: erbij_desktop.app.capture_actions -> add_contribution' bundle-info.txt \
    || fail "a lazily imported module does not load inside the bundle"
log "resources_dir=$resources (inside the bundle)"

log "run 1/3: erbij-desktop --database $DB demo"
erbij-desktop --database "$DB" demo | tee demo.txt | sed 's/^/[bundle]   /'
event_id=$(cut -f1 demo.txt | head -n1)
[[ "$event_id" =~ ^[0-9]+$ ]] || fail "demo did not print the new event's id"
[ -s "$DB" ] || fail "the database $DB was not created"
log "run 1/3 passed: demo event $event_id imported into a fresh database"

log "run 2/3: erbij-desktop --database $DB report $event_id -o r.pdf"
erbij-desktop --database "$DB" report "$event_id" -o r.pdf | sed 's/^/[bundle]   /'
[ "$(head -c 5 r.pdf)" = "%PDF-" ] || fail "r.pdf is not a PDF"
size=$(wc -c < r.pdf)
[ "$size" -gt 20000 ] || fail "r.pdf is suspiciously small ($size bytes)"
erbij-desktop --database "$DB" report "$event_id" -o r.docx | sed 's/^/[bundle]   /'
[ "$(head -c 2 r.docx)" = "PK" ] || fail "r.docx is not a Word file (python-docx's template missing?)"
erbij-desktop --database "$DB" report "$event_id" -o r.html | sed 's/^/[bundle]   /'
grep -q '<article>' r.html || fail "r.html holds no article"
log "run 2/3 passed: r.pdf ($size bytes), r.docx and r.html written"

log "run 3/3: the GUI, offscreen, the demo event left open on Vastleggen: the main window painted, then 2 s of running"
# As after a day of capturing: the window paints the event before it loads the ORM, then loads it.
mkdir -p "$XDG_CONFIG_HOME/Erbij"
printf '[events]\nlast=%s\n\n[workspace]\ntab=captureTab\n' "$event_id" > "$XDG_CONFIG_HOME/Erbij/erbij-desktop.conf"
ERBIJ_STARTUP_PROBE=2000 timeout 120 erbij-desktop --database "$DB" > gui.txt 2> gui-stderr.txt \
    || { cat gui.txt gui-stderr.txt >&2; fail "the GUI did not start and quit cleanly"; }
grep -qF "$SHOWN_MARKER" gui.txt || { cat gui.txt gui-stderr.txt >&2; fail "the window was never shown"; }
grep -qF "$READY_MARKER" gui.txt || { cat gui.txt gui-stderr.txt >&2; fail "the work after the first paint never finished"; }
# The capture view saves its splitter (section [capture]) when the window closes: it was built.
grep -q '^splitter=' "$XDG_CONFIG_HOME/Erbij/erbij-desktop.conf" \
    || { cat "$XDG_CONFIG_HOME/Erbij/erbij-desktop.conf" >&2; fail "the demo event was not open on Vastleggen"; }
if grep -qs "Traceback" gui-stderr.txt || grep -rqs " ERROR " "$XDG_STATE_HOME/erbij-desktop/log"; then
    cat gui-stderr.txt >&2
    cat "$XDG_STATE_HOME"/erbij-desktop/log/* >&2 2>/dev/null || true
    fail "the GUI ran into an error (see above)"
fi
log "run 3/3 passed: main window shown with the demo event open, ORM loaded after, closed"

log "install: packaging/install_linux.sh into a scratch prefix, then --uninstall"
PREFIX="$RUN/prefix" "$ROOT/packaging/install_linux.sh" "$BUNDLE" | sed 's/^/[bundle]   /'
entry="$RUN/prefix/share/applications/io.github.erbijdesktop.ErbijDesktop.desktop"
grep -qx "Exec=$RUN/prefix/bin/erbij-desktop" "$entry" || fail "the installed menu entry does not run the installed program"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
"$RUN/prefix/bin/erbij-desktop" --version | grep -q "^erbij-desktop " || fail "the installed program does not run"
PREFIX="$RUN/prefix" "$ROOT/packaging/install_linux.sh" --uninstall | sed 's/^/[bundle]   /'
[ ! -e "$RUN/prefix/bin/erbij-desktop" ] && [ ! -e "$entry" ] || fail "--uninstall left files behind"
log "install and uninstall passed"

log "all bundle checks passed ($(( $(date +%s) - start )) s in total)"
