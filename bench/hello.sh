#!/usr/bin/env bash
# hello.sh start|stop - the bare Spark hello-world (src/test/java/org/newsgraph/bench/HelloSpark.java) on
# 127.0.0.1:$HELLO_PORT, pinned to $SERVER_CPU. Needs `mvn -B -q -o test-compile` first.
source "$(dirname "$0")/common.sh"
case $1 in
    start)
        [[ -f $WORK/test-cp.txt ]] || (cd "$REPO" && mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-cp.txt")
        # shellcheck disable=SC2086
        taskset -c "$SERVER_CPU" java $JAVA_OPTS -cp "$REPO/target/test-classes:$(cat "$WORK/test-cp.txt")" \
            org.newsgraph.bench.HelloSpark "$HELLO_PORT" > "$WORK/hello.log" 2>&1 &
        echo $! > "$WORK/hello.pid"
        wait_http "http://127.0.0.1:$HELLO_PORT/hello" 120 ;;
    stop) stop_pid "$WORK/hello.pid" ;;
esac
