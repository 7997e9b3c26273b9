#!/usr/bin/env bash
# profile.sh STORE_DIR PATH [ACCEPT] - newsgraph under JFR while wrk loads one URL for 30 s; prints the
# hottest top frames and the hottest org.newsgraph frames of the CPU samples. JFR file in $WORK/profile.jfr.
source "$(dirname "$0")/common.sh"
source "$REPO/bench/wrk-lib.sh"
store=$1 path=$2 accept=${3:-text/html}
trap '"$REPO"/bench/newsgraph.sh stop' EXIT
JAVA_OPTS="$JAVA_OPTS -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$WORK/profile.jfr,settings=profile,dumponexit=true" \
    "$REPO"/bench/newsgraph.sh start "$store"
url=http://127.0.0.1:$NG_PORT$path
WRK_DURATION=20s run_wrk warm 0 /dev/null "$url" -H "Accept: $accept"
WRK_DURATION=30s run_wrk profile 1 /dev/null "$url" -H "Accept: $accept"
"$REPO"/bench/newsgraph.sh stop
jfr print --events jdk.ExecutionSample "$WORK/profile.jfr" > "$WORK/profile.txt"
echo "# top frames (self time), share of CPU samples"
awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/line:.*/, ""); top[$0]++; n++ } END { for (f in top) printf "%5.1f%% %s\n", 100 * top[f] / n, f }' "$WORK/profile.txt" | sort -rn | head -15
echo "# org.newsgraph frames on the stack (inclusive), share of CPU samples"
awk '/stackTrace = \[/ { delete seen; inside = 1; n++; next } inside && /^ *\]/ { inside = 0 }
     inside && /org\.newsgraph/ { f = $0; sub(/^ +/, "", f); sub(/line:.*/, "", f); if (!(f in seen)) { seen[f] = 1; incl[f]++ } }
     END { for (f in incl) printf "%5.1f%% %s\n", 100 * incl[f] / n, f }' "$WORK/profile.txt" | sort -rn | head -15
