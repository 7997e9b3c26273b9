#!/usr/bin/env bash
# sparql.sh STORE_DIR FUSEKI_NAME - the query mix of bench/queries/*.rq, each POSTed as a form by wrk
# (bench/sparql-post.lua, JSON results) to newsgraph /sparql and to Fuseki /ds/sparql (TDB2, union default graph,
# 32 KB Jetty output buffer), both running at once, measured in interleaved rounds in the same run.
# Results: $WORK/sparql-results.tsv and the summary on stdout.
source "$(dirname "$0")/common.sh"
source "$REPO/bench/wrk-lib.sh"
store=$1 fuseki=$2
ROUNDS=${ROUNDS:-3}
results=$WORK/sparql-results.tsv; : > "$results"; : > "$WORK/warmup.log"
trap '"$REPO"/bench/newsgraph.sh stop; "$REPO"/bench/fuseki.sh stop' EXIT
"$REPO"/bench/newsgraph.sh start "$store"
"$REPO"/bench/fuseki.sh start "$fuseki"
{ echo "# $(machine)"; "$REPO"/bench/check-queries.sh | sed 's/^/# /'; } | tee "$WORK/sparql-info.txt"
endpoints=("ng|http://127.0.0.1:$NG_PORT/sparql" "fuseki|http://127.0.0.1:$FUSEKI_PORT/ds/sparql")
for e in "${endpoints[@]}"; do
    IFS='|' read -r name url <<< "$e"
    for q in "$REPO"/bench/queries/*.rq; do
        QUERY_FILE=$q WARM_MAX=${WARM_MAX:-3} warm "$name-$(basename "$q" .rq | cut -d- -f1)" "$url" -s "$REPO/bench/sparql-post.lua"
    done
done
for ((round = 1; round <= ROUNDS; round++)); do
    for q in "$REPO"/bench/queries/*.rq; do
        for e in "${endpoints[@]}"; do
            IFS='|' read -r name url <<< "$e"
            echo "# $(date +%T) load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/sparql-load.log"
            QUERY_FILE=$q run_wrk "$name-$(basename "$q" .rq | cut -d- -f1)" "$round" "$results" "$url" \
                -s "$REPO/bench/sparql-post.lua" > /dev/null
        done
    done
done
cat "$WORK/sparql-info.txt"
echo "# wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency -s bench/sparql-post.lua, $ROUNDS rounds, medians (min..max)"
summarize "$results"
