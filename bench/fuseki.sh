#!/usr/bin/env bash
# fuseki.sh start STORE_NAME   - starts Fuseki 5.6.0 (TDB2 at $WORK/fuseki-STORE_NAME, union default graph)
#                                on 127.0.0.1:$FUSEKI_PORT/ds, pinned to $SERVER_CPU, with bench/fuseki-jetty.xml
# fuseki.sh load STORE_NAME FILE.nq - starts it, POSTs the N-Quads into /ds (one transaction), stops it
# fuseki.sh stop
source "$(dirname "$0")/common.sh"
cmd=$1
start() {
    local name=$1 loc=$WORK/fuseki-$1
    mkdir -p "$loc"
    sed "s#@LOCATION@#$loc#" "$REPO/bench/fuseki-config.ttl" > "$WORK/fuseki-$name.ttl"
    # shellcheck disable=SC2086
    FUSEKI_BASE=$WORK/fuseki-run taskset -c "$SERVER_CPU" java $JAVA_OPTS -Dfuseki.port="$FUSEKI_PORT" -jar "$FUSEKI_JAR" \
        --jetty="$REPO/bench/fuseki-jetty.xml" --config="$WORK/fuseki-$name.ttl" \
        > "$WORK/fuseki.log" 2>&1 &
    echo $! > "$WORK/fuseki.pid"
    wait_http "http://127.0.0.1:$FUSEKI_PORT/\$/ping" 300
}
stop() { stop_pid "$WORK/fuseki.pid"; }
case $cmd in
    start) start "$2" ;;
    stop) stop ;;
    load)
        start "$2"
        curl -sS --max-time 1800 -X POST -H 'Content-Type: application/n-quads' \
            --data-binary @"$3" "http://127.0.0.1:$FUSEKI_PORT/ds"
        echo
        stop ;;
    *) echo "usage: $0 start|stop|load ..." >&2; exit 64 ;;
esac
