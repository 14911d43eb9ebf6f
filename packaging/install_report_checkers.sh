#!/usr/bin/env bash
# What the report tests check with, installed when missing (CI runs as root with apt-get):
#   Debian's poppler-utils (pdfinfo, pdffonts, pdftoppm), qpdf, zbar-tools (zbarimg) and chromium, and
#   axe-core from npm into a cache outside the checkout (ERBIJ_TEST_CACHE, default
#   ~/.cache/erbij-desktop-tests), where tests/report/browser.py finds it offline.
set -euo pipefail

log() { printf '[report-checkers] %s\n' "$*"; }
AXE_VERSION=4.14.1
CACHE="${ERBIJ_TEST_CACHE:-$HOME/.cache/erbij-desktop-tests}"

missing=()
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v chromium >/dev/null || missing+=(chromium)
command -v npm >/dev/null || missing+=(npm)
command -v zbarimg >/dev/null || missing+=(zbar-tools)  # reads back the join cards' QR codes
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing ${missing[*]} with apt-get"
        timeout 600 apt-get update -qq
        DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        log "missing ${missing[*]} (needs root and apt-get): the report tests that use them will fail"
    fi
fi

if [ ! -f "$CACHE/node_modules/axe-core/axe.min.js" ]; then
    log "installing axe-core $AXE_VERSION into $CACHE"
    mkdir -p "$CACHE"
    timeout 300 npm install --no-audit --no-fund --silent --prefix "$CACHE" "axe-core@$AXE_VERSION"
fi
log "pdfinfo $(pdfinfo -v 2>&1 | head -n1 | awk '{print $3}'), qpdf $(qpdf --version | head -n1 | awk '{print $3}'), $(chromium --version 2>/dev/null | head -n1), axe-core $AXE_VERSION"
