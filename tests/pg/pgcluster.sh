#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The throw-away PostgreSQL server of the test suite (CTest fixture "pg"):
#
#   pgcluster.sh start DIR   initdb in a temporary folder, start the server on a
#                            Unix socket in that folder (no TCP), create the roles
#                            alice and bob; write DIR/conninfo for the tests
#   pgcluster.sh stop DIR    stop it and remove its folder
#
# PostgreSQL refuses to run as root: as root the server runs as the
# unprivileged user postgres. Where PostgreSQL is not installed at all,
# start succeeds and DIR/conninfo says "unavailable: why", which the tests
# that need a server report as their reason to skip.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?the folder for conninfo}
info="$dir/conninfo"
mkdir -p "$dir"

bindir() {
    if [ -n "${REFTEL_PG_BINDIR:-}" ]; then
        printf '%s\n' "$REFTEL_PG_BINDIR"
        return
    fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then
        printf '%s\n' "$d"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_old() {
    [ -f "$dir/cluster" ] || return 0
    local old bin
    old=$(cat "$dir/cluster")
    bin=$(bindir)
    if [ -n "$bin" ] && [ -f "$old/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" stop -D "$old/data" -m immediate -s >/dev/null 2>&1 || true
    fi
    case "$old" in /tmp/reftel-pg.*) rm -rf "$old" ;; esac
    rm -f "$dir/cluster"
}

unavailable() {
    printf 'unavailable: %s\n' "$*" >"$info"
    printf 'pgcluster: %s; the tests that need a server are skipped\n' "$*" >&2
    exit 0
}

case "$action" in
start)
    stop_old
    rm -f "$info"
    bin=$(bindir)
    [ -n "$bin" ] || unavailable "PostgreSQL is not installed (no initdb found)"
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        unavailable "running as root and there is no postgres user to run the server as"
    fi
    # A short path: a Unix socket's name must fit in about 100 bytes.
    cluster=$(mktemp -d /tmp/reftel-pg.XXXXXX)
    printf '%s\n' "$cluster" >"$dir/cluster"
    [ "$(id -u)" = 0 ] && chown postgres: "$cluster"
    chmod 700 "$cluster"
    as_server "$bin/initdb" -D "$cluster/data" -U reftel_admin --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$cluster/initdb.log" 2>&1 || {
        cat "$cluster/initdb.log" >&2
        exit 1
    }
    # Durability does not matter for a throw-away cluster; speed does.
    as_server "$bin/pg_ctl" start -D "$cluster/data" -w -t 60 -l "$cluster/server.log" -s \
        -o "-c listen_addresses='' -c unix_socket_directories='$cluster' -c fsync=off -c full_page_writes=off \
-c max_connections=200 -c shared_buffers=64MB" || {
        cat "$cluster/server.log" >&2
        exit 1
    }
    # Everyone may reach the socket folder (the tests may run as another user).
    chmod 755 "$cluster"
    "$bin/psql" -h "$cluster" -U reftel_admin -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE alice LOGIN" -c "CREATE ROLE bob LOGIN"
    printf 'host=%s user=reftel_admin\n' "$cluster" >"$info"
    ;;
stop)
    stop_old
    rm -f "$info"
    ;;
*)
    echo "pgcluster.sh: start or stop, not $action" >&2
    exit 2
    ;;
esac
