#!/usr/bin/env bash
# Install a built bundle for the current user, with its menu entry and icon; or remove it again.
#
#   packaging/install_linux.sh BUNDLE_DIR            # BUNDLE_DIR: the dist/erbij-desktop folder
#   packaging/install_linux.sh --uninstall
#   PREFIX=/some/where packaging/install_linux.sh …  # default PREFIX: ~/.local
#
# Puts the program in PREFIX/lib/erbij-desktop, a link in PREFIX/bin, the .desktop file in
# PREFIX/share/applications (its Exec pointing at the installed program), the icons in
# PREFIX/share/icons/hicolor and the AppStream metainfo in PREFIX/share/metainfo.
# The user's events and backups are never touched, not even by --uninstall.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_ID="io.github.erbijdesktop.ErbijDesktop"
NAME="erbij-desktop"
SIZES="16 24 32 48 64 128 256 512"

log() { printf '[install] %s\n' "$*"; }

uninstall() {
    rm -rf "${PREFIX:?}/lib/$NAME"
    rm -f "$PREFIX/bin/$NAME" "$PREFIX/share/applications/$APP_ID.desktop" \
        "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" "$PREFIX/share/icons/hicolor/scalable/apps/$NAME.svg"
    for size in $SIZES; do
        rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
    done
    log "removed Erbij Desktop from $PREFIX (your events and backups are still there)"
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
BUNDLE="${1:?usage: install_linux.sh BUNDLE_DIR | --uninstall}"
[ -x "$BUNDLE/$NAME" ] || { echo "no $NAME executable in $BUNDLE" >&2; exit 1; }

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "${PREFIX:?}/lib/$NAME"
cp -a "$BUNDLE" "$PREFIX/lib/$NAME"
ln -sfn "$PREFIX/lib/$NAME/$NAME" "$PREFIX/bin/$NAME"
sed "s|^Exec=$NAME|Exec=$PREFIX/bin/$NAME|" "$HERE/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
cp "$ROOT/resources/icons/$NAME.svg" "$PREFIX/share/icons/hicolor/scalable/apps/"
for size in $SIZES; do
    mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    cp "$ROOT/resources/icons/$NAME-$size.png" "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
log "installed in $PREFIX: start it from the menu (Erbij Desktop) or with $PREFIX/bin/$NAME"
