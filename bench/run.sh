#!/usr/bin/env bash
# Issue 12's harness: the platform's figures beside the floors of the machine they run on, measured in one run, as
# one table (printed, and written to bench/results/<date>-<time>.md). bench/README.md explains every row.
#   bench/run.sh [--quick] [--no-build] [--keep] [--clean]
#     --quick     without the 1 000 000-registration step (P3's target is then not judged): about 8 minutes
#     --no-build  use the existing Release build of the platform (the two bench tools are always built)
#     --keep      leave the bench platform up afterwards (inspect it; then bench/run.sh --clean)
#     --clean     only tear down what a --keep run left: the bench platform, its database and virtual host
# Needs the local PostgreSQL and RabbitMQ (deploy/local/up.sh installs and starts them) and about 15 minutes.
# The run has a platform of its own: this checkout's services on their usual ports, but on a database and a RabbitMQ
# virtual host of the run's own (channel_bench), dropped at the end; a platform this checkout was running is
# stopped first and started again afterwards (on its own database, without the seed).
# Settings (environment, defaults in brackets): DURATION [15s] and WARMUP [3s] per wrk run (FIRST_WARMUP [10s] before
#   the first submission run), CONNECTIONS [8], THREADS [2], PGBENCH_SECONDS [20], WIN_RATE [20] wins/s for
#   WIN_SECONDS [30] over WIN_PARTNERS [4] partners after WIN_WARMUP [40] wins not counted (row P4w),
#   ROUNDTRIP_COUNT [1000] at ROUNDTRIP_RATE [100]/s,
#   SETTLE_SECONDS [20] before the idle RSS.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

export DB_NAME=${BENCH_DB:-channel_bench}
BENCH_VHOST=${BENCH_VHOST:-channel_bench}
export AMQP_URL=amqp://guest:guest@127.0.0.1:5672/$BENCH_VHOST
# The per-caller rate limit is for partners' integrations, not for a load test of the platform itself.
export GATEWAY_PERMITS_PER_MINUTE=1000000000
# shellcheck source-path=SCRIPTDIR source=../deploy/local/lib.sh
source "$HERE/../deploy/local/lib.sh"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$HERE/lib.sh"

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-3s}
FIRST_WARMUP=${FIRST_WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
WIN_RATE=${WIN_RATE:-20}
WIN_SECONDS=${WIN_SECONDS:-30}
WIN_PARTNERS=${WIN_PARTNERS:-4}
WIN_WARMUP=${WIN_WARMUP:-40}
ROUNDTRIP_COUNT=${ROUNDTRIP_COUNT:-1000}
ROUNDTRIP_RATE=${ROUNDTRIP_RATE:-100}
SETTLE_SECONDS=${SETTLE_SECONDS:-20}
PROCESSES=(partner dealreg enablement revenue webhooks gateway)

quick=0 build_platform=1 keep=0 clean_only=0
declare -A IDLE_RSS=() SUBMIT_P99=()
RESTORE=""

parse_args() {
  local arg
  for arg in "$@"; do
    case $arg in
      --quick) quick=1 ;;
      --no-build) build_platform=0 ;;
      --keep) keep=1 ;;
      --clean) clean_only=1 ;;
      -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown option: $arg (try --help)" ;;
    esac
  done
  # Everything named here is dropped at the end: never a database or vhost the run did not create for itself.
  [[ $DB_NAME == *bench* && $BENCH_VHOST == *bench* ]] || die "BENCH_DB and BENCH_VHOST must contain 'bench' (both are dropped)"
}

preflight() {
  local tool
  command -v wrk >/dev/null || apt_install wrk
  for tool in pgbench psql jq curl dotnet; do command -v "$tool" >/dev/null || die "$tool is needed"; done
  pg_login_ok || die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT: run deploy/local/up.sh once first"
  rabbit_mgmt_ok || die "RabbitMQ's management API does not answer: run deploy/local/up.sh once first"
}

# take_over_platform: a platform this checkout runs is stopped for the run and noted for finish to start again;
# a port held by anything else (another checkout's platform) stops the run before it changes anything.
take_over_platform() {
  local pid environ port
  if pid=$(service_pid dealreg) || pid=$(service_pid partner); then
    environ=$(tr '\0' '\n' <"/proc/$pid/environ")
    RESTORE="$(sed -n 's/^ConnectionStrings__Service=.*Database=\([^;]*\).*/\1/p' <<<"$environ")"
    RESTORE+=" $(sed -n 's/^ConnectionStrings__RabbitMq=//p' <<<"$environ") $(replicas)"
    if [[ ${RESTORE%% *} == "$DB_NAME" ]]; then
      RESTORE="" # a bench platform a --keep run left: its database goes at the end
      step "a bench platform left by --keep runs: stopped"
    else
      step "this checkout's platform runs (database ${RESTORE%% *}): stopped for the run, started again at the end"
    fi
    "$ROOT/deploy/local/down.sh" >/dev/null
  fi
  for port in "$GATEWAY_PORT" 5101 5102 5103 5104 5105 "$NOOP_PORT" "$HOP_PORT"; do
    ! port_open 127.0.0.1 "$port" || die "port $port is taken by a process this checkout did not start (another platform?)"
  done
}

build() {
  local dll unbuilt=0
  for dll in "$GATEWAY_DLL" $(printf '%s\n' "${SERVICES[@]}" | awk '{ print $5 }'); do [[ -f $ROOT/$dll ]] || unbuilt=1; done
  if (( build_platform || unbuilt )); then
    step "build the platform (Release)"
    dotnet build "$(solution)" -c Release -nologo -v q -nodeReuse:false >"$WORK/build.log" 2>&1 \
      || { tail -n 30 "$WORK/build.log" >&2; die "build failed"; }
  fi
  step "build the bench tools (bench/Floors, bench/Driver)"
  for dll in Floors Driver; do
    dotnet build "$BENCH_DIR/$dll" -c Release -nologo -v q -nodeReuse:false >>"$WORK/build.log" 2>&1 \
      || { tail -n 30 "$WORK/build.log" >&2; die "bench/$dll does not build"; }
  done
}

# drop_bench_data: the run's database, pgbench's and the virtual host, if a run left them
drop_bench_data() {
  PGOPTIONS='-c client_min_messages=warning' psql_admin -d postgres >/dev/null \
    -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "DROP DATABASE IF EXISTS ${DB_NAME}_pgbench WITH (FORCE)"
  curl -s -o /dev/null -X DELETE "$RABBIT_MGMT/api/vhosts/$BENCH_VHOST"
}

platform_up() {
  step "bench platform: database $DB_NAME, virtual host $BENCH_VHOST, gateway rate limit lifted"
  drop_bench_data
  curl -sf -X PUT "$RABBIT_MGMT/api/vhosts/$BENCH_VHOST" >/dev/null
  curl -sf -X PUT -H 'content-type: application/json' "$RABBIT_MGMT/api/permissions/$BENCH_VHOST/guest" \
    -d '{"configure":".*","write":".*","read":".*"}' >/dev/null
  "$ROOT/deploy/local/up.sh" --no-build --no-seed >"$WORK/up.log" 2>&1 \
    || { tail -n 30 "$WORK/up.log" >&2; die "deploy/local/up.sh failed"; }
  info "up; settling ${SETTLE_SECONDS} s before the idle RSS"
  sleep "$SETTLE_SECONDS"
  local name
  for name in "${PROCESSES[@]}"; do IDLE_RSS[$name]=$(rss_mb "$name"); done
}

floors() {
  step "floors: pgbench TPC-B, a no-op endpoint, one YARP hop, a MassTransit round trip"
  TPCB=$(pgbench_tps)
  row F1 "pgbench TPC-B, 8 clients, scale 10" "$TPCB tps" "" "" "" ""
  start_floors
  wrk_measure "http://127.0.0.1:$NOOP_PORT/"
  NOOP=$RPS
  row F2 "ASP.NET Core endpoint doing nothing (Floors noop)" "$(throughput)" "" "" "" ""
  wrk_measure "http://127.0.0.1:$HOP_PORT/"
  HOP=$RPS
  row F3 "the same through one YARP hop (Floors hop)" "$(throughput)" "F2 $NOOP req/s" "$(ratio "$HOP" "$NOOP")" "" ""
  stop_floors
  wrk_measure "http://127.0.0.1:5102/health/live"
  row F4 "DealRegistration /health/live, direct (its middleware, no work)" "$(throughput)" "F2 $NOOP req/s" "$(ratio "$RPS" "$NOOP")" "" ""
  local trip
  trip=$(dotnet "$ROOT/$FLOORS_DLL" roundtrip "$AMQP_URL" "$ROUNDTRIP_COUNT" "$ROUNDTRIP_RATE" 2>>"$WORK/roundtrip.log")
  RT_P50=$(jq -r .p50_ms <<<"$trip") RT_P99=$(jq -r .p99_ms <<<"$trip")
  row F5 "MassTransit publish → consume, quorum queue, ${ROUNDTRIP_RATE}/s" \
    "p50 $RT_P50 ms, p99 $RT_P99 ms ($(jq -r .received <<<"$trip") of $ROUNDTRIP_COUNT)" "" "" "" ""
}

actors() {
  step "a manager, $WIN_PARTNERS active resellers, probe names"
  MANAGER=$(token ChannelManager)
  [[ -n $MANAGER ]] || die "no dev token from $GW"
  PARTNERS=()
  local i
  for (( i = 0; i < WIN_PARTNERS; i++ )); do PARTNERS+=("$(active_partner)"); done
  SUBMITTER=${PARTNERS[0]}
  export BENCH_TOKEN BENCH_PROBES=$WORK/probes.tsv
  BENCH_TOKEN=$(token Partner "$SUBMITTER")
  driver probes --count 20000 --out "$BENCH_PROBES"
}

# submission SIZE: POST /api/v1/deals through the gateway at SIZE open registrations (P3; P1 at 100 000). The
# first run warms up longer: the registering path (EF model, matcher, JIT) is cold until then.
submission() {
  local size=$1 started conflicted label result warmup=$WARMUP
  step "submission at $(grouped "$size") open registrations"
  seed_open "$size"
  (( ${#SUBMIT_P99[@]} > 0 )) || warmup=$FIRST_WARMUP
  started=$(psql_bench "SELECT now()")
  WARMUP=$warmup wrk_measure "$GW" -s "$BENCH_DIR/submit.lua"
  SUBMIT_P99[$size]=$P99
  conflicted=$(psql_bench "SELECT coalesce(round(100 * avg((jsonb_array_length(conflicts) > 0)::int)), 0)
    FROM dealreg.deals WHERE partner_id = '$SUBMITTER' AND submitted_at >= '$started'")
  label=$(grouped "$size")
  result="p50 $P50 ms, p99 $P99 ms ($RPS req/s, $conflicted % found conflicts)"
  if (( size == 100000 )); then
    row P1 "POST /api/v1/deals, gateway, $label open registrations" "$(throughput)" \
      "F1 $TPCB tps" "$(ratio "$RPS" "$TPCB")" "≥ 0.30 × F1" "$(met "$(ratio "$RPS" "$TPCB")" '>=' 0.30)"
  fi
  if (( size == 10000 )); then
    row P3 "submission at $label open registrations" "$result" "" "" "" ""
  else
    local target="" verdict=""
    if (( size == 1000000 )); then target="p99 ≤ 1.5 × at 10 000"; verdict=$(met "$(ratio "$P99" "${SUBMIT_P99[10000]}")" '<=' 1.5); fi
    row P3 "submission at $label open registrations" "$result" \
      "p99 at 10 000: ${SUBMIT_P99[10000]} ms" "$(ratio "$P99" "${SUBMIT_P99[10000]}")" "$target" "$verdict"
  fi
}

# reads: P2 and the list and KPI endpoints, at 100 000 deals (dealreg) and 100 000 more in Revenue's pipeline
reads() {
  step "reads at 100 000 deals"
  seed_revenue 100000
  local deal auth="authorization: Bearer $MANAGER"
  deal=$(psql_bench "SELECT id FROM dealreg.deals WHERE partner_id = '$SUBMITTER' ORDER BY submitted_at DESC LIMIT 1")
  wrk_measure "$GW/api/v1/deals/$deal" -H "$auth"
  row P2 "GET /api/v1/deals/{id}, gateway" "$(throughput)" "F3 $HOP req/s" "$(ratio "$RPS" "$HOP")" "≥ 0.5 × F3" \
    "$(met "$(ratio "$RPS" "$HOP")" '>=' 0.5)"
  wrk_measure "http://127.0.0.1:5102/api/v1/deals/$deal" -H "$auth"
  row P2 "GET /api/v1/deals/{id}, direct" "$(throughput)" "F2 $NOOP req/s" "$(ratio "$RPS" "$NOOP")" "" ""
  wrk_measure "$GW/api/v1/partners/$SUBMITTER" -H "$auth"
  row P2 "GET /api/v1/partners/{id}, gateway" "$(throughput)" "F3 $HOP req/s" "$(ratio "$RPS" "$HOP")" "≥ 0.5 × F3" \
    "$(met "$(ratio "$RPS" "$HOP")" '>=' 0.5)"
  wrk_measure "http://127.0.0.1:5101/api/v1/partners/$SUBMITTER" -H "$auth"
  row P2 "GET /api/v1/partners/{id}, direct" "$(throughput)" "F2 $NOOP req/s" "$(ratio "$RPS" "$NOOP")" "" ""
  wrk_measure "$GW/api/v1/deals?limit=50" -H "$auth"
  local deals
  deals=$(grouped "$(psql_bench "SELECT count(*) FROM dealreg.deals")")
  row L "GET /api/v1/deals?limit=50, gateway, $deals deals" "$(throughput)" \
    "F3 $HOP req/s" "$(ratio "$RPS" "$HOP")" "" ""
  wrk_measure "$GW/api/v1/revenue/kpis" -H "$auth"
  deals=$(grouped "$(psql_bench "SELECT count(*) FROM revenue.pipeline_deals")")
  row K "GET /api/v1/revenue/kpis, gateway, $deals deals" "$(throughput)" \
    "F3 $HOP req/s" "$(ratio "$RPS" "$HOP")" "" ""
}

# wins: P4, a steady load of wins through the gateway, then booking visible in Revenue (bench/Driver/Wins)
wins() {
  local count=$((WIN_RATE * WIN_SECONDS)) result
  step "deal won → booking visible: $WIN_WARMUP wins to warm up, then $count at $WIN_RATE/s over $WIN_PARTNERS partners"
  result=$(driver wins --gw "$GW" --db "$(bench_connection)" --partners "$(IFS=,; echo "${PARTNERS[*]}")" \
    --count "$count" --rate "$WIN_RATE" --warmup "$WIN_WARMUP") || die "the wins driver failed: $result"
  jq .report <<<"$result" >"$WORK/wins.json"
  jq .warmup <<<"$result" >"$WORK/wins-warmup.json"
  local p99
  p99=$(p answer_to_visible p99_ms)
  row P4 "win answered → booking visible ($(jq -r '"\(.bookings_seen) of \(.wins_ok)"' "$WORK/wins.json") wins)" \
    "p50 $(p answer_to_visible p50_ms) ms, p99 $p99 ms" "" "" "p99 < 250 ms" "$(met "$p99" '<' 250)"
  row P4 "the same against the raw round trip" "p99 $p99 ms" "F5 p99 $RT_P99 ms" "$(ratio "$p99" "$RT_P99")" "≤ 3 × F5" \
    "$(met "$(ratio "$p99" "$RT_P99")" '<=' 3)"
  row P4a "  the win request itself" "p50 $(p win_request p50_ms) ms, p99 $(p win_request p99_ms) ms" "" "" "" ""
  row P4b "  outbox row created → dispatched (confirmed)" "p50 $(p outbox_wait p50_ms) ms, p99 $(p outbox_wait p99_ms) ms" "" "" "" ""
  row P4c "  dispatched → Revenue inbox row" "p50 $(p broker_hop p50_ms) ms, p99 $(p broker_hop p99_ms) ms" "" "" "" ""
  row P4d "  inbox row → booking row created" "p50 $(p inbox_to_booking p50_ms) ms, p99 $(p inbox_to_booking p99_ms) ms" "" "" "" ""
  row P4e "  booking created → visible (commit; poll ≤ 5 ms)" \
    "p50 $(p booking_to_visible p50_ms) ms, p99 $(p booking_to_visible p99_ms) ms" "" "" "" ""
  row P4w "  not counted above: the first $WIN_WARMUP wins after start-up (cold path)" \
    "$(jq -r '"p50 \(.answer_to_visible.p50_ms) ms, p99 \(.answer_to_visible.p99_ms) ms"' "$WORK/wins-warmup.json")" "" "" "" ""
}

# p LEG PERCENTILE: a figure of the last wins run
p() { jq -r ".$1.$2" "$WORK/wins.json"; }

after_load() {
  step "memory after the load, then each process restarted: start → /health/ready"
  local name ready
  declare -A after_rss=()
  for name in "${PROCESSES[@]}"; do after_rss[$name]=$(rss_mb "$name"); done
  for name in "${PROCESSES[@]}"; do
    ready=$(ready_seconds "$name")
    row P5 "$name RSS idle → after the load" "${IDLE_RSS[$name]} MB → ${after_rss[$name]} MB" "" "" "< 200 MB idle" \
      "$(met "${IDLE_RSS[$name]}" '<' 200)"
    row P5 "$name start → /health/ready" "$ready s" "" "" "< 10 s" "$(met "$ready" '<' 10)"
  done
}

# report: the machine, the settings and the table, printed and written to bench/results/
report() {
  local out
  out=$BENCH_DIR/results/$(date -u +%Y-%m-%d-%H%M).md
  mkdir -p "$BENCH_DIR/results"
  {
    echo "# bench/run.sh $(date -u +%FT%TZ)"
    echo
    echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo))," \
      "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
    echo "- load average (1, 5, 15 min): before $LOAD_BEFORE, after $(loadavg)"
    echo "- commit: $(commit)"
    echo "- tools: $(versions)"
    echo "- settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION after a $WARMUP warm-up; pgbench ${PGBENCH_SECONDS} s;" \
      "wins $WIN_RATE/s for $WIN_SECONDS s over $WIN_PARTNERS partners; round trip $ROUNDTRIP_COUNT at $ROUNDTRIP_RATE/s" \
      "$( ((quick)) && echo '; --quick (no 1 000 000 step)')"
    echo "- run time: $((SECONDS / 60)) min $((SECONDS % 60)) s"
    echo
    echo "| id | measurement | result | floor | ratio | target | met |"
    echo "|---|---|---|---|---|---|---|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$ROWS"
  } >"$out"
  echo
  cat "$out"
  echo
  info "written to ${out#"$ROOT"/}"
}

commit() {
  local dirty=""
  git -C "$ROOT" diff --quiet HEAD 2>/dev/null || dirty=" + uncommitted changes"
  echo "$(git -C "$ROOT" rev-parse --short HEAD)$dirty ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD))"
}

versions() {
  printf '%s, pgbench %s, PostgreSQL %s, RabbitMQ %s, .NET %s' \
    "$( (wrk --version 2>&1 || true) | awk 'NR == 1 { print $1, $2 }')" \
    "$(pgbench --version | awk '{ print $3 }')" \
    "$(psql_admin -d postgres -Atc 'SHOW server_version' | awk '{ print $1 }')" \
    "$(curl -sf "$RABBIT_MGMT/api/overview" | jq -r .rabbitmq_version)" \
    "$(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }')"
}

# finish: on any exit, the bench platform and its data go, and a platform this checkout ran before comes back
finish() {
  local status=$?
  set +e
  if (( keep )); then
    step "--keep: the bench platform stays up on $DB_NAME (bench/run.sh --clean tears it down)"
  else
    step "tear down: bench platform, database $DB_NAME, virtual host $BENCH_VHOST"
    "$ROOT/deploy/local/down.sh" >/dev/null
    drop_bench_data
  fi
  if [[ -n $RESTORE && $keep == 0 ]]; then
    local db amqp count
    read -r db amqp count <<<"$RESTORE"
    step "starting this checkout's platform again (database $db)"
    env -u GATEWAY_PERMITS_PER_MINUTE DB_NAME="$db" AMQP_URL="$amqp" "$ROOT/deploy/local/up.sh" --no-build --no-seed --replicas "$count" \
      >"$WORK/restore.log" 2>&1 || warn "could not start it again: see ${WORK#"$ROOT"/}/restore.log"
  fi
  (( status == 0 )) || warn "the run failed (exit $status); raw output in ${WORK#"$ROOT"/}/"
  exit "$status"
}

main() {
  parse_args "$@"
  mkdir -p "$WORK"
  if (( clean_only )); then
    step "tear down: bench platform, database $DB_NAME, virtual host $BENCH_VHOST"
    "$ROOT/deploy/local/down.sh" >/dev/null
    drop_bench_data
    return 0
  fi
  preflight
  : >"$ROWS"
  : >"$WORK/wrk.log"
  LOAD_BEFORE=$(loadavg)
  step "bench/run.sh on $(nproc) cores, load average $LOAD_BEFORE"
  take_over_platform
  trap finish EXIT
  build
  platform_up
  floors
  actors
  submission 10000
  submission 100000
  reads
  wins
  (( quick )) || submission 1000000
  after_load
  report
}

main "$@"
