#!/usr/bin/env bash
# trifid.sh start|stop - Trifid over the running Fuseki (bench/fuseki.sh start first), pinned to $SERVER_CPU.
# Trifid must be installed outside the repo: (mkdir -p $TRIFID_HOME && cd $TRIFID_HOME && npm install trifid)
source "$(dirname "$0")/common.sh"
TRIFID_HOME=${TRIFID_HOME:-/tmp/trifid}
case $1 in
    start)
        [[ -x $TRIFID_HOME/node_modules/.bin/trifid ]] || { echo "trifid not installed in $TRIFID_HOME" >&2; exit 1; }
        cd "$TRIFID_HOME"
        TRIFID_PORT=$TRIFID_PORT DATASET_BASE_URL="$BASE" SPARQL_ENDPOINT_URL="http://127.0.0.1:$FUSEKI_PORT/ds/sparql" \
            taskset -c "$SERVER_CPU" node node_modules/trifid/server.js -c "$REPO/bench/trifid-config.yaml" \
            > "$WORK/trifid.log" 2>&1 &
        echo $! > "$WORK/trifid.pid"
        wait_http "http://127.0.0.1:$TRIFID_PORT/id/country/russia" 120 ;;
    stop) stop_pid "$WORK/trifid.pid" ;;
esac
