#!/usr/bin/env bash
# The tests start their own PostgreSQL from Debian's binaries (tests/postgres.py): installed here
# when missing (CI runs as root with apt-get). Only the binaries are needed: Debian's own cluster
# that the package creates is stopped again and never used by the tests.
set -euo pipefail

log() { printf '[postgres] %s\n' "$*"; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing postgresql with apt-get"
        timeout 600 apt-get update -qq
        DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
            postgresql >/dev/null
        # The package may start Debian's default cluster; the tests use one of their own.
        command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | while read -r version name _; do
            pg_ctlcluster "$version" "$name" stop 2>/dev/null || true
        done
    else
        log "missing postgresql (needs root and apt-get): the PostgreSQL tests will fail"
    fi
fi
log "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n1 || echo 'not installed')"
