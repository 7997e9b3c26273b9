# wrk helpers, sourced after common.sh.
# run_wrk LABEL ROUND RESULTS URL [wrk args...] - one pinned wrk run; appends
#   "label round req/s p50_ms p99_ms errors" to RESULTS (errors = non-2xx/3xx + socket errors).
WRK_THREADS=${WRK_THREADS:-1}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-8}
WRK_DURATION=${WRK_DURATION:-10s}
run_wrk() {
    local label=$1 round=$2 results=$3 url=$4; shift 4
    local out
    out=$(taskset -c "$CLIENT_CPU" timeout 120 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" \
        --timeout 10s --latency "$@" "$url")
    echo "$out" > "$WORK/wrk-last-$label.txt"
    echo "$out" | awk -v label="$label" -v round="$round" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Requests\/sec/ { rps = $2 }
        /Non-2xx/ { err += $NF }
        /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
        END { printf "%s\t%s\t%.1f\t%.2f\t%.2f\t%d\n", label, round, rps, p50, p99, err }' | tee -a "$results"
}
# summarize RESULTS [PEER_LABEL_PAIRS...] - medians and min..max per label.
summarize() {
    local results=$1
    sort -k1,1 -k3,3n "$results" | awk -F'\t' '
        { n[$1]++; rps[$1, n[$1]] = $3; p50[$1, n[$1]] = $4; p99[$1, n[$1]] = $5; err[$1] += $6 }
        function med(a, l, k,   v, i, j, t, m) { for (i = 1; i <= k; i++) v[i] = a[l, i]
            for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
            m = (k % 2) ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2; lo = v[1]; hi = v[k]; return m }
        END { printf "%-28s %5s %10s %16s %9s %16s %9s %16s %6s\n", "target", "runs", "req/s", "(min..max)", "p50 ms", "(min..max)", "p99 ms", "(min..max)", "errors"
            for (l in n) { k = n[l]
                r = med(rps, l, k); rl = lo; rh = hi; a = med(p50, l, k); al = lo; ah = hi; b = med(p99, l, k); bl = lo; bh = hi
                printf "%-28s %5d %10.1f %16s %9.2f %16s %9.2f %16s %6d\n", l, k, r, sprintf("(%.0f..%.0f)", rl, rh), a, sprintf("(%.2f..%.2f)", al, ah), b, sprintf("(%.1f..%.1f)", bl, bh), err[l] } }' | sort
}
# warm LABEL URL [wrk args...] - 10 s wrk runs until two in a row are within 10 % of each other
# (at most WARM_MAX runs, default 6); the rates go to $WORK/warmup.log.
warm() {
    local label=$1 url=$2; shift 2
    local prev=0 rate i
    for ((i = 1; i <= ${WARM_MAX:-6}; i++)); do
        rate=$(WRK_DURATION=10s run_wrk "$label" "warm$i" /dev/null "$url" "$@" | cut -f3)
        echo "$(date +%T) warm-up $label run $i: $rate req/s" >> "$WORK/warmup.log"
        if awk -v a="$prev" -v b="$rate" 'BEGIN { exit !(a > 0 && (b - a) / a < 0.10 && (a - b) / a < 0.10) }'; then
            return 0
        fi
        prev=$rate
    done
}
