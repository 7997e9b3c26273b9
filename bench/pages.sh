#!/usr/bin/env bash
# pages.sh STORE_DIR FUSEKI_NAME - entity pages and data documents under concurrent load (wrk pinned to
# $CLIENT_CPU, servers to $SERVER_CPU): newsgraph vs a bare Spark hello-world (ceiling) vs Trifid over
# Fuseki (if installed), all running at once and measured in interleaved rounds in the same run.
# Results: $WORK/pages-results.tsv (one line per run) and the summary on stdout.
source "$(dirname "$0")/common.sh"
source "$REPO/bench/wrk-lib.sh"
store=$1 fuseki=$2
ROUNDS=${ROUNDS:-3}
results=$WORK/pages-results.tsv; : > "$results"; : > "$WORK/warmup.log"
trap '"$REPO"/bench/newsgraph.sh stop; "$REPO"/bench/hello.sh stop; "$REPO"/bench/trifid.sh stop; "$REPO"/bench/fuseki.sh stop' EXIT
"$REPO"/bench/newsgraph.sh start "$store"
"$REPO"/bench/hello.sh start
trifid=no
if "$REPO"/bench/fuseki.sh start "$fuseki" && "$REPO"/bench/trifid.sh start; then trifid=yes; fi
ng=http://127.0.0.1:$NG_PORT tr=http://127.0.0.1:$TRIFID_PORT
# label|url|Accept
targets=(
    "ng-page-person|$ng/page/person/vladimir-putin|text/html"
    "ng-page-country|$ng/page/country/russia|text/html"
    "ng-data-country-ttl|$ng/data/country/russia.ttl|text/turtle"
    "ng-data-person-ttl|$ng/data/person/vladimir-putin.ttl|text/turtle"
    "hello-spark|http://127.0.0.1:$HELLO_PORT/hello|text/plain"
)
[[ $trifid == yes ]] && targets+=(
    "trifid-html-person|$tr/id/person/vladimir-putin|text/html"
    "trifid-html-country|$tr/id/country/russia|text/html"
    "trifid-ttl-country|$tr/id/country/russia|text/turtle"
    "trifid-ttl-person|$tr/id/person/vladimir-putin|text/turtle"
)
{
    echo "# $(machine)"
    echo "# store $store: $(curl -s "$ng/sparql" -H 'Accept: application/sparql-results+json' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"]["bindings"][0]["n"]["value"])') statements in named graphs"
    for t in "${targets[@]}"; do
        IFS='|' read -r label url accept <<< "$t"
        echo "# $label $url ($accept): $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes %{content_type}' -H "Accept: $accept" "$url")"
    done
} | tee "$WORK/pages-info.txt"
for t in "${targets[@]}"; do
    IFS='|' read -r label url accept <<< "$t"
    warm "$label" "$url" -H "Accept: $accept"
done
for ((round = 1; round <= ROUNDS; round++)); do
    for t in "${targets[@]}"; do
        IFS='|' read -r label url accept <<< "$t"
        echo "# $(date +%T) load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/pages-load.log"
        run_wrk "$label" "$round" "$results" "$url" -H "Accept: $accept" > /dev/null
    done
done
cat "$WORK/pages-info.txt"
echo "# wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency, $ROUNDS rounds, medians (min..max); warm-up in $WORK/warmup.log"
summarize "$results"
