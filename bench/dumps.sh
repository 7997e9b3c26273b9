#!/usr/bin/env bash
# dumps.sh STORE_DIR FUSEKI_NAME - whole-store N-Quads export, ROUNDS interleaved runs of each:
#   newsgraph dump --format nquads (to stdout > /dev/null), RDF4J RepositoryConnection.export of the same
#   native store to a counting handler and through RDF4J's N-Quads writer to /dev/null (ExportCount), and
#   Fuseki's GET /ds as N-Quads (curl > /dev/null; Fuseki running, pinned to $SERVER_CPU).
# The CLI runs are pinned to $SERVER_CPU and timed by /usr/bin/time -v (wall, peak RSS; JVM start included).
# Then newsgraph serve on a store without a dump cache: GET /dump.nq.gz cold (writes every dump format; 503
# with Retry-After until ready) vs later GETs (cached file).
source "$(dirname "$0")/common.sh"
store=$1 fuseki=$2
ROUNDS=${ROUNDS:-3}
results=$WORK/dumps-results.tsv; : > "$results"
trap '"$REPO"/bench/newsgraph.sh stop; "$REPO"/bench/fuseki.sh stop' EXIT
[[ -f $WORK/test-cp.txt ]] || (cd "$REPO" && mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-cp.txt")
cp="$REPO/target/test-classes:$(cat "$WORK/test-cp.txt")"
statements=$(java $JAVA_OPTS -jar "$JAR" dump --store "$store" --format nquads | wc -l)
echo "# $(machine)"
echo "# $store: $statements quads in newsgraph's N-Quads dump"
timed() { # LABEL ROUND command... ; appends label round wall_s peak_rss_MB statements/s
    local label=$1 round=$2; shift 2
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$WORK/out-$label.txt" 2>&1 || { echo "$label failed" >&2; cat "$WORK/out-$label.txt" >&2; }
    awk -v label="$label" -v round="$round" -v n="$statements" '
        /Elapsed \(wall clock\)/ { split($NF, t, ":"); s = (length(t) == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
        /Maximum resident set size/ { rss = $NF / 1024 }
        END { printf "%s\t%s\t%.2f\t%.0f\t%.0f\n", label, round, s, rss, n / s }' "$WORK/time.txt" | tee -a "$results"
}
"$REPO"/bench/fuseki.sh start "$fuseki"
fpid=$(cat "$WORK/fuseki.pid")
fuseki_get() { curl -sS --max-time 1800 -H 'Accept: application/n-quads' "http://127.0.0.1:$FUSEKI_PORT/ds" | wc -l > "$WORK/fuseki-lines.txt"; }
export -f fuseki_get; export WORK FUSEKI_PORT
timed fuseki-get-warmup 0 taskset -c "$CLIENT_CPU" bash -c fuseki_get
echo "# Fuseki GET returned $(cat "$WORK/fuseki-lines.txt") lines"
for ((round = 1; round <= ROUNDS; round++)); do
    # shellcheck disable=SC2086
    timed newsgraph-dump "$round" taskset -c "$SERVER_CPU" sh -c "java $JAVA_OPTS -jar '$JAR' dump --store '$store' --format nquads > /dev/null"
    # shellcheck disable=SC2086
    timed rdf4j-export-count "$round" taskset -c "$SERVER_CPU" java $JAVA_OPTS -cp "$cp" org.newsgraph.bench.ExportCount "$store" count
    grep -h 'statements in' "$WORK/out-rdf4j-export-count.txt" | sed "s/^/# round $round /"
    # shellcheck disable=SC2086
    timed rdf4j-export-nquads "$round" taskset -c "$SERVER_CPU" java $JAVA_OPTS -cp "$cp" org.newsgraph.bench.ExportCount "$store" nquads /dev/null
    grep -h 'statements in' "$WORK/out-rdf4j-export-nquads.txt" | sed "s/^/# round $round /"
    timed fuseki-get "$round" taskset -c "$CLIENT_CPU" bash -c fuseki_get
done
echo "# Fuseki server peak RSS (VmHWM, whole server): $(awk '/VmHWM/ {print $2 / 1024 " MB"}' "/proc/$fpid/status")"
"$REPO"/bench/fuseki.sh stop
echo "# label round wall_s peak_rss_MB statements/s  (medians (min..max) below)"
sort -k1,1 -k3,3n "$results" | awk -F'\t' '$2 > 0 { n[$1]++; w[$1, n[$1]] = $3; r[$1, n[$1]] = $4; s[$1, n[$1]] = $5 }
    END { for (l in n) { k = n[l]; m = int((k + 1) / 2)
        printf "%-22s runs %d  wall %.2f s (%.2f..%.2f)  statements/s %.0f  peak RSS %.0f MB\n", l, k, w[l, m], w[l, 1], w[l, k], s[l, m], r[l, m] } }' | sort

# HTTP dump: cold (no cache) vs cached.
rm -rf "$store/dumps"
"$REPO"/bench/newsgraph.sh start "$store"
url=http://127.0.0.1:$NG_PORT/dump.nq.gz
start=$(date +%s.%N) code=0
for ((i = 0; i < 600; i++)); do
    code=$(taskset -c "$CLIENT_CPU" curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$url")
    [[ $code == 200 ]] && break
    echo "# cold request $i: HTTP $code after $(echo "$(date +%s.%N) - $start" | bc) s"
    sleep 1
done
echo "# GET /dump.nq.gz cold: first 200 after $(echo "$(date +%s.%N) - $start" | bc) s (bytes $(curl -s "$url" | wc -c))"
for ((i = 1; i <= 5; i++)); do
    taskset -c "$CLIENT_CPU" curl -s -o /dev/null -w "# GET /dump.nq.gz cached $i: %{http_code} %{size_download} bytes in %{time_total} s\n" "$url"
done
echo "# newsgraph server peak RSS (VmHWM): $(awk '/VmHWM/ {print $2 / 1024 " MB"}' "/proc/$(cat "$WORK/newsgraph.pid")/status")"
