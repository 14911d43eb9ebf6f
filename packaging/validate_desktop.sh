#!/usr/bin/env bash
# Validate the Linux desktop integration files with the distribution's own validators:
#   desktop-file-validate  packaging/io.github.erbijdesktop.ErbijDesktop.desktop
#   appstreamcli validate  packaging/io.github.erbijdesktop.ErbijDesktop.metainfo.xml
# When a validator is missing and we are root on a system with apt-get, it is installed
# (desktop-file-utils, appstream); otherwise that check is skipped with a clear line.
# A validator that runs and finds an error fails the script.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DESKTOP="$ROOT/packaging/io.github.erbijdesktop.ErbijDesktop.desktop"
METAINFO="$ROOT/packaging/io.github.erbijdesktop.ErbijDesktop.metainfo.xml"

log() { printf '[desktop] %s\n' "$*"; }

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing ${missing[*]} with apt-get"
        if ! { timeout 300 apt-get update -qq && \
               DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends \
                   "${missing[@]}" >/dev/null; }; then
            log "could not install ${missing[*]} (no network or no package); the checks they do are skipped"
        fi
    else
        log "cannot install ${missing[*]} (needs root and apt-get); the checks they do are skipped"
    fi
fi

if command -v desktop-file-validate >/dev/null; then
    log "desktop-file-validate $(basename "$DESKTOP")"
    desktop-file-validate "$DESKTOP"
    log "desktop file: valid"
else
    log "SKIPPED: desktop-file-validate is not available"
fi

if command -v appstreamcli >/dev/null; then
    log "appstreamcli $(appstreamcli --version | head -n1): validate --no-net $(basename "$METAINFO")"
    appstreamcli validate --no-net "$METAINFO" | sed 's/^/[desktop]   /'
    log "metainfo: valid"
else
    log "SKIPPED: appstreamcli is not available"
fi
