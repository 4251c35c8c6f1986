#!/usr/bin/env bash
# shellcheck disable=SC2034  # settings read by bench/run.sh
# Helpers of bench/run.sh. Source it after deploy/local/lib.sh.

BENCH_DIR=$ROOT/bench
WORK=$LOCAL_DIR/bench                      # scratch: the rows of the table, probe names, raw tool output
ROWS=$WORK/rows.tsv
FLOORS_DLL=bench/Floors/bin/Release/net10.0/Floors.dll
DRIVER_DLL=bench/Driver/bin/Release/net10.0/Driver.dll
NOOP_PORT=5190
HOP_PORT=5191
GW=http://127.0.0.1:$GATEWAY_PORT

# ---------------------------------------------------------------------------------------------
# Small helpers

psql_bench() { psql_admin -d "$DB_NAME" -Atc "$1"; }
# shellcheck disable=SC2153  # PG_PASSWORD is deploy/local/lib.sh's
bench_connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=$DB_NAME"; }
driver() { dotnet "$ROOT/$DRIVER_DLL" "$@"; }
now() { date +%s.%N; }
since() { awk -v s="$1" -v n="$(now)" 'BEGIN { printf "%.1f", n - s }'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
number() { [[ ${1:-} =~ ^[0-9]+([.][0-9]+)?$ ]]; }
grouped() { sed -E ':a; s/([0-9])([0-9]{3})( |$)/\1 \2\3/; ta' <<<"$1"; }   # 1000000 -> 1 000 000

# ratio A B: A / B to two decimals ("n/a" when either is missing)
ratio() {
  if number "${1:-}" && number "${2:-}" && [[ $2 != 0 && $2 != 0.0 ]]; then
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
  else
    echo "n/a"
  fi
}

# met A OP B: ✔ when the comparison holds, ✘ when it does not or a figure is missing
met() {
  if ! number "${1:-}" || ! number "${3:-}"; then echo "✘ (no figure)"; return; fi
  if awk -v a="$1" -v b="$3" "BEGIN { exit !(a $2 b) }"; then echo "✔"; else echo "✘"; fi
}

# row ID MEASUREMENT RESULT FLOOR RATIO TARGET MET: one line of the table (also echoed as progress)
row() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$ROWS"
  info "$1 $2: $3${4:+ (floor: $4)}"
}

# ---------------------------------------------------------------------------------------------
# wrk

# wrk_measure URL [WRK OPTION...]: a discarded warm-up (JIT, pools), then the measured run. Sets RPS, P50, P99 (ms),
# ERRORS (non-2xx answers and socket errors) and REQUESTS. --timeout 10s: wrk leaves slower requests out of its
# latency figures, and the slowest submissions are what P3 is about.
wrk_measure() {
  local url=$1 out
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "$@" "$url" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@" "$url")
  printf '### %s %s\n%s\n\n' "$url" "$*" "$out" >>"$WORK/wrk.log"
  read -r RPS P50 P99 ERRORS REQUESTS <<<"$(parse_wrk <<<"$out")"
}

parse_wrk() {
  awk 'function ms(v) {
         if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /[0-9]s$/) return v * 1000
         if (v ~ /m$/) return v * 60000; return v }
       /Requests\/sec:/ { rps = $2 }
       $1 == "50%" { p50 = ms($2) }
       $1 == "99%" { p99 = ms($2) }
       / requests in / { n = $1 }
       /Non-2xx or 3xx responses:/ { errors += $NF }
       /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
       END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, errors, n }'
}

# throughput: the last wrk_measure as the table shows it
throughput() {
  local text="$RPS req/s (p50 $P50 ms, p99 $P99 ms)"
  (( ERRORS == 0 )) || text+=" — $ERRORS of $REQUESTS failed"
  echo "$text"
}

# ---------------------------------------------------------------------------------------------
# Floors

start_floors() {
  start_service floor-noop "$FLOORS_DLL" "$NOOP_PORT" "FLOORS=noop http://127.0.0.1:$NOOP_PORT" >/dev/null
  start_service floor-hop "$FLOORS_DLL" "$HOP_PORT" "FLOORS=hop http://127.0.0.1:$HOP_PORT http://127.0.0.1:$NOOP_PORT" >/dev/null
  wait_healthy floor-noop "http://127.0.0.1:$NOOP_PORT/" 60 >/dev/null
  wait_healthy floor-hop "http://127.0.0.1:$HOP_PORT/" 60 >/dev/null
}

stop_floors() { stop_service floor-noop; stop_service floor-hop; }

# pgbench_tps: TPC-B (pgbench's built-in script), 8 clients, on a scratch database of its own (scale 10: more
# branches than clients, so the clients do not all queue on one row), dropped afterwards
pgbench_tps() {
  local db=${DB_NAME}_pgbench log=$WORK/pgbench.log
  export PGPASSWORD=$PG_PASSWORD
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 10 -q "$db" >>"$log" 2>&1
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 8 -j 2 -T "$PGBENCH_SECONDS" "$db" 2>>"$log" >"$WORK/pgbench.out"
  awk '/^tps/ { printf "%.0f", $3; exit }' "$WORK/pgbench.out"
  psql_admin -d postgres -c "DROP DATABASE $db" >/dev/null
}

# ---------------------------------------------------------------------------------------------
# The platform

# token ROLE [PARTNER_ID]: a development token from the gateway
token() {
  curl -sf -X POST "$GW/api/v1/auth/dev-token" -H 'content-type: application/json' \
    -d "$(jq -nc --arg r "$1" --arg p "${2:-}" '{role:$r, name:"bench"} + (if $p == "" then {} else {partnerId:$p} end)')" \
    | jq -r .accessToken
}

# manager_api METHOD PATH [JSON]: a ChannelManager's call through the gateway; the body, or a failure on non-2xx
manager_api() {
  local args=(-sf -X "$1" "$GW$2" -H "authorization: Bearer $MANAGER")
  [[ -z ${3:-} ]] || args+=(-H 'content-type: application/json' -d "$3")
  curl "${args[@]}"
}

# active_partner: a Reseller created, evaluated and activated (signed agreement, 20 % margin); prints its id once
# DealRegistration and Revenue know it (they learn it from events)
active_partner() {
  local id agreement u=$RANDOM$RANDOM
  id=$(manager_api POST /api/v1/partners "$(jq -nc --arg u "$u" '{name:("Bench reseller " + $u), type:"Reseller",
    website:("https://bench-reseller-" + $u + ".example"), region:"Emea", country:"DE", salesTeamSize:10}')" | jq -r .id)
  manager_api POST "/api/v1/partners/$id/evaluation" \
    '{"marketReach":5,"technicalCapability":5,"salesCapacity":5,"strategicAlignment":5,"customerBase":5}' >/dev/null
  agreement=$(manager_api POST "/api/v1/partners/$id/agreements" \
    "{\"effectiveFrom\":\"$(( $(date +%Y) - 1 ))-01-01\",\"termMonths\":60,\"marginPercent\":20}" | jq -r .id)
  manager_api POST "/api/v1/partners/$id/agreements/$agreement/sign" '{"signedBy":"bench"}' >/dev/null \
    || die "could not activate a reseller (partner $id)"
  local deadline=$((SECONDS + 60))
  until [[ $(psql_bench "SELECT (SELECT count(*) FROM dealreg.partners WHERE partner_id = '$id' AND status = 'Active')
                           + (SELECT count(*) FROM revenue.agreements WHERE partner_id = '$id')") == 2 ]]; do
    (( SECONDS < deadline )) || die "DealRegistration or Revenue did not learn of partner $id within 60 s"
    sleep 0.5
  done
  echo "$id"
}

# seed_open SIZE: dealreg.deals topped up to SIZE open registrations, every row with its match keys
seed_open() {
  local result
  result=$(driver seed-deals --db "$(bench_connection)" --open "$1") || die "seeding $1 open registrations failed: $result"
  info "dealreg.deals: $(jq -r '"\(.open) open registrations (\(.seeded) added in \(.seconds) s),
    \(.without_keys) without match keys"' <<<"$result" | tr -s '\n ' ' ')"
}

# seed_revenue SIZE: Revenue's view of SIZE partner deals approved this quarter, a third of them won and booked
# (the KPI endpoint sums bookings and approved pipeline of the period). Plain SQL: no keys to compute there.
seed_revenue() {
  psql_bench "
    WITH quarter AS (SELECT date_trunc('quarter', current_date)::date AS first,
                            current_date - date_trunc('quarter', current_date)::date + 1 AS days),
    deals AS (
      INSERT INTO revenue.pipeline_deals (deal_id, partner_id, estimated_value, currency, expected_close_date, approved_on, status,
                                          closed_on, won_value)
      SELECT gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((i % 50)::text, 12, '0'))::uuid, 10000 + i % 90000, 'USD',
             DATE '2027-06-30', q.first + i % q.days, CASE WHEN i % 3 = 0 THEN 'Won' ELSE 'Open' END,
             CASE WHEN i % 3 = 0 THEN q.first + i % q.days END, CASE WHEN i % 3 = 0 THEN 10000 + i % 90000 END
      FROM generate_series(1, $1) i, quarter q
      RETURNING deal_id, partner_id, won_value, closed_on, status)
    INSERT INTO revenue.bookings (id, kind, partner_id, deal_id, amount, original_amount, currency, booked_on, quarter_start, region,
      compensation_basis, compensation_percent, tier_bonus_percent, compensation_amount, created_at, version)
    SELECT gen_random_uuid(), 'Partner', partner_id, deal_id, won_value, won_value, 'USD', closed_on,
           date_trunc('quarter', closed_on)::date,
           (ARRAY['NorthAmerica', 'Emea', 'LatinAmerica', 'Apac'])[1 + abs(hashtext(deal_id::text)) % 4],
           'Margin', 20, 0, won_value * 0.2, now(), 1
    FROM deals WHERE status = 'Won'" >/dev/null
  psql_bench "ANALYZE revenue.pipeline_deals; ANALYZE revenue.bookings" >/dev/null
}

# rss_mb NAME: resident set of a running service (MB), from /proc
rss_mb() {
  local pid
  pid=$(service_pid "$1") || { echo "n/a"; return; }
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"
}

# ready_seconds NAME: stops a service, starts it again as up.sh does, and times process start → /health/ready 200
ready_seconds() {
  local name=$1 port url t0
  if [[ $name == gateway ]]; then port=$GATEWAY_PORT; else read -r port _ <<<"$(service_line "$name")"; fi
  url=http://127.0.0.1:$port/health/ready
  stop_service "$name"
  t0=$(now)
  if [[ $name == gateway ]]; then start_gateway >/dev/null; else start_platform_service "$name" >/dev/null; fi
  until curl -sf -o /dev/null --max-time 2 "$url"; do
    awk -v s="$t0" -v n="$(now)" 'BEGIN { exit !(n - s < 120) }' || { echo "n/a"; return; }
    sleep 0.1
  done
  since "$t0"
}
