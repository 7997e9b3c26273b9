#!/usr/bin/env bash
# page-latency.sh STORE_DIR [N] - one client, one request at a time (no concurrency): N sequential GETs of
# each page and data document after N warm-up GETs, with curl pinned to $CLIENT_CPU; for stores where a
# page takes seconds and wrk would only time out. Also GET /health (which counts the store's statements).
source "$(dirname "$0")/common.sh"
store=$1 n=${2:-5}
trap '"$REPO"/bench/newsgraph.sh stop' EXIT
"$REPO"/bench/newsgraph.sh start "$store"
ng=http://127.0.0.1:$NG_PORT
for path in /page/person/vladimir-putin /page/country/russia /data/country/russia.ttl /data/person/vladimir-putin.ttl /health; do
    for ((i = 0; i < n; i++)); do curl -s -o /dev/null --max-time 120 "$ng$path"; done
    times=$(for ((i = 0; i < n; i++)); do
        taskset -c "$CLIENT_CPU" curl -s -o /dev/null --max-time 120 -w '%{time_total}\n' "$ng$path"; done | sort -n)
    echo "$path  $(curl -s -o /dev/null -w '%{size_download}' "$ng$path") bytes  seconds: median $(echo "$times" | sed -n "$(( (n + 1) / 2 ))p") (min $(echo "$times" | head -1) max $(echo "$times" | tail -1)) of $n"
done
