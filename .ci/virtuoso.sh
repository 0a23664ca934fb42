#!/usr/bin/env bash
# A private Virtuoso Open Source instance for the integration test (tests/test_virtuoso.py).
#
#   .ci/virtuoso.sh install            install Debian's virtuoso-opensource when missing
#   .ci/virtuoso.sh start DIR PASSWORD  start an instance with its database in DIR
#   .ci/virtuoso.sh stop DIR            shut it down
#
# The instance listens on loopback only: SQL on $VIRTUOSO_SQL_PORT (1111), HTTP on
# $VIRTUOSO_HTTP_PORT (8890). It raises the three [SPARQL] limits that otherwise truncate
# results (ResultSetMaxRows: 10,000 rows) or refuse queries silently, sets the dba password
# and gives the user "dkg" (same password) the SPARQL_UPDATE role that the Graph Store
# endpoint /sparql-graph-crud-auth needs. The package's own service is never started: its
# post-install script cannot start it here, and its debconf password is not applied.
set -euo pipefail
SQL_PORT="${VIRTUOSO_SQL_PORT:-1111}"
HTTP_PORT="${VIRTUOSO_HTTP_PORT:-8890}"
DEFAULT_INI=/etc/virtuoso-opensource-7/virtuoso.ini

isql() { isql-vt "127.0.0.1:$SQL_PORT" dba "$1" "EXEC=$2" >/dev/null; }

case "${1:-}" in
install)
    if command -v virtuoso-t >/dev/null 2>&1; then exit 0; fi
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "virtuoso: not root or no apt-get; the Virtuoso test will be skipped" >&2
        exit 0
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq virtuoso-opensource >/dev/null || {
        echo "virtuoso: apt-get install failed; the Virtuoso test will be skipped" >&2
        exit 0
    }
    virtuoso-t +version 2>&1 | head -2 || true
    ;;
start)
    dir="${2:?usage: virtuoso.sh start DIR PASSWORD}"
    password="${3:?usage: virtuoso.sh start DIR PASSWORD}"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    ini="$dir/virtuoso.ini"
    sed -e "s|/var/lib/virtuoso-opensource-7/db/|$dir/|g" \
        -e "s|^ServerPort\( *\)= *1111|ServerPort\1= 127.0.0.1:$SQL_PORT|" \
        -e "s|^ServerPort\( *\)= *8890|ServerPort\1= 127.0.0.1:$HTTP_PORT|" \
        -e "s|^DirsAllowed\( *\)=.*|DirsAllowed\1= ., $dir, /usr/share/virtuoso-opensource-7/vad|" \
        -e "s|^ResultSetMaxRows\( *\)=.*|ResultSetMaxRows\1= 1000000|" \
        -e "s|^MaxQueryCostEstimationTime\( *\)=.*|MaxQueryCostEstimationTime\1= 0|" \
        -e "s|^MaxQueryExecutionTime\( *\)=.*|MaxQueryExecutionTime\1= 0|" \
        "$DEFAULT_INI" >"$ini"
    (cd "$dir" && exec virtuoso-t +foreground +configfile "$ini" >"$dir/stdout.log" 2>&1) &
    echo $! >"$dir/virtuoso.pid"
    for _ in $(seq 1 120); do
        if isql dba "SELECT 1;" 2>/dev/null; then break; fi
        if ! kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
            echo "virtuoso: the server exited; see $dir/virtuoso.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    isql dba "USER_SET_PASSWORD('dba', '$password');"
    isql "$password" "DB.DBA.USER_CREATE('dkg', '$password');"
    isql "$password" "GRANT SPARQL_UPDATE TO \"dkg\";"
    isql "$password" "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('dkg', 7);"
    echo "virtuoso: running (pid $(cat "$dir/virtuoso.pid")), http://127.0.0.1:$HTTP_PORT/sparql"
    ;;
stop)
    dir="${2:?usage: virtuoso.sh stop DIR}"
    pid="$(cat "$dir/virtuoso.pid" 2>/dev/null || true)"
    [ -n "$pid" ] || exit 0
    password="${3:-}"
    # a checkpoint-and-exit when the server listens; it can wait on a running query, so
    # it gets 20 s, then the process is stopped with signals
    if [ -n "$password" ]; then
        timeout 20 isql-vt "127.0.0.1:$SQL_PORT" dba "$password" "EXEC=shutdown;" \
            >/dev/null 2>&1 || true
    fi
    for signal in TERM KILL; do
        for _ in $(seq 1 40); do
            kill -0 "$pid" 2>/dev/null || exit 0
            sleep 0.25
        done
        kill "-$signal" "$pid" 2>/dev/null || true
    done
    ;;
*)
    echo "usage: $0 install | start DIR PASSWORD | stop DIR [PASSWORD]" >&2
    exit 2
    ;;
esac
