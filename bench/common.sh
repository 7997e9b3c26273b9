# Shared settings for the bench/ scripts. Sourced, not run.
# Everything lives under $WORK (outside the repo); all traffic goes to 127.0.0.1.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${WORK:-/tmp/newsgraph-bench}
JAR=$REPO/target/newsgraph.jar
FUSEKI_JAR=${FUSEKI_JAR:-$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/5.6.0/jena-fuseki-server-5.6.0.jar}
BASE=${BASE:-http://localhost:18080/}  # the base of every minted IRI (the queries in bench/queries use it)
NG_PORT=${NG_PORT:-28080}        # newsgraph serves here (with --base-uri $BASE)
HELLO_PORT=${HELLO_PORT:-28081}  # bare Spark hello-world
FUSEKI_PORT=${FUSEKI_PORT:-28082}
TRIFID_PORT=${TRIFID_PORT:-28083}
COPIES=${COPIES:-200}
SERVER_CPU=${SERVER_CPU:-0}      # servers are pinned here
CLIENT_CPU=${CLIENT_CPU:-1}      # wrk / curl pinned here
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
mkdir -p "$WORK"

# Waits (bounded) until URL answers 2xx/3xx.
wait_http() {
    local url=$1 limit=${2:-180} start=$SECONDS
    until curl -sf -o /dev/null "$url"; do
        (( SECONDS - start > limit )) && { echo "timeout waiting for $url" >&2; return 1; }
        sleep 1
    done
}

machine() {
    echo "nproc=$(nproc); cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); mem=$(free -g | awk '/Mem:/{print $2}') GiB; java=$(java -version 2>&1 | head -1)"
}

# Stops a process this harness started (pid file), waiting (bounded) until it is gone.
stop_pid() {
    local file=$1 pid
    [[ -f $file ]] || return 0
    pid=$(cat "$file"); rm -f "$file"
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
}
