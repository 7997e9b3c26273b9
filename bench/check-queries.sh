#!/usr/bin/env bash
# check-queries.sh - runs each bench/queries/*.rq once against newsgraph and Fuseki (both running) and prints
# the number of result rows of each, so that the benchmark compares the same answers.
source "$(dirname "$0")/common.sh"
for q in "$REPO"/bench/queries/*.rq; do
    n=$(curl -sS --max-time 120 -H 'Accept: application/sparql-results+json' --data-urlencode "query@$q" \
        "http://127.0.0.1:$NG_PORT/sparql" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]["bindings"]))')
    f=$(curl -sS --max-time 120 -H 'Accept: application/sparql-results+json' --data-urlencode "query@$q" \
        "http://127.0.0.1:$FUSEKI_PORT/ds/sparql" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]["bindings"]))')
    echo "$(basename "$q")  newsgraph=$n rows  fuseki=$f rows  $([[ $n == "$f" ]] && echo same || echo DIFFERENT)"
done
