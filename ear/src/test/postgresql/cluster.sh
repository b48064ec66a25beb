#!/usr/bin/env bash
# Starts or stops a private PostgreSQL cluster for the integration tests:
#   cluster.sh start STATE_DIR PORT   initdb in a fresh temporary directory, start on PORT,
#                                     create role and database "reviewdesk" (password "reviewdesk")
#   cluster.sh stop STATE_DIR         stop it and delete its files
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql). As root it runs
# the server as the "postgres" user, because PostgreSQL refuses to run as root.
set -euo pipefail

command=${1:?start or stop}
state=${2:?state directory}

bin_dir() {
    local candidate
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")"; do
        if [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/psql" ]; then
            echo "$candidate"
            return
        fi
    done
    echo "PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql), or skip these tests with -DskipPostgresql" >&2
    exit 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    if [ -f "$state/datadir" ]; then
        local data
        data=$(cat "$state/datadir")
        if [ -d "$data" ]; then
            as_owner "$(bin_dir)/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
            rm -rf "$(dirname "$data")"
        fi
        rm -f "$state/datadir"
    fi
}

case "$command" in
start)
    port=${3:?port}
    bin=$(bin_dir)
    stop_cluster
    mkdir -p "$state"
    root=$(mktemp -d /tmp/reviewdesk-pg.XXXXXX)
    chmod 755 "$root"
    data="$root/data"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$root"; fi
    echo "$data" > "$state/datadir"
    as_owner "$bin/initdb" -D "$data" -U postgres -A trust --encoding=UTF8 --locale=C >"$state/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
        -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off" start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE reviewdesk LOGIN PASSWORD 'reviewdesk'" \
        -c "CREATE DATABASE reviewdesk OWNER reviewdesk"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($data)"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: cluster.sh start STATE_DIR PORT | stop STATE_DIR" >&2
    exit 2
    ;;
esac
