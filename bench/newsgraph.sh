#!/usr/bin/env bash
# newsgraph.sh start STORE_DIR | stop - newsgraph serve on 127.0.0.1:$NG_PORT, pinned to $SERVER_CPU.
source "$(dirname "$0")/common.sh"
case $1 in
    start)
        # shellcheck disable=SC2086
        taskset -c "$SERVER_CPU" java $JAVA_OPTS -jar "$JAR" serve --store "$2" --port "$NG_PORT" --base-uri "$BASE" --data "$REPO/data" \
            > "$WORK/newsgraph.log" 2>&1 &
        echo $! > "$WORK/newsgraph.pid"
        wait_http "http://127.0.0.1:$NG_PORT/health" 600 ;;
    stop) stop_pid "$WORK/newsgraph.pid" ;;
esac
