#!/usr/bin/env bash
# shellcheck disable=SC2034
# Helpers of the fault suite (tests/faults/run.sh). Source it after deploy/local/lib.sh.
FAULTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GW=http://127.0.0.1:$GATEWAY_PORT
WORK=$LOCAL_DIR/faults
mkdir -p "$WORK"
FAILED=0

psql_db() { PGPASSWORD=$PG_PASSWORD psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB_NAME" -v ON_ERROR_STOP=1 -Atc "$1"; }

# token ROLE [PARTNER_ID]
token() {
  local body
  body=$(jq -nc --arg r "$1" --arg p "${2:-}" '{role:$r, name:"fault suite"} + (if $p == "" then {} else {partnerId:$p} end)')
  curl -sf -X POST "$GW/api/v1/auth/dev-token" -H 'content-type: application/json' -d "$body" | jq -r .accessToken
}

# api METHOD PATH TOKEN [JSON]: prints the body; fails on a non-2xx answer
api() {
  local args=(-sf -X "$1" "$GW$2" -H "authorization: Bearer $3")
  [[ -n ${4:-} ]] && args+=(-H 'content-type: application/json' -d "$4")
  curl "${args[@]}"
}

# load KIND COUNT OUT [extra load.mjs args...]: runs commands through the gateway (see load.mjs)
load() {
  local kind=$1 count=$2 out=$3; shift 3
  : >"$out"
  node "$FAULTS_DIR/load.mjs" --gw "$GW" --token "$MANAGER" --kind "$kind" --count "$count" --out "$out" "$@"
}

ok_ids() { jq -r 'select(.status >= 200 and .status < 300) | .id // empty' "$1"; }
count_ok() { jq -s '[.[] | select(.status >= 200 and .status < 300)] | length' "$1"; }
count_500() { jq -s '[.[] | select(.status >= 500 and .status != 503)] | length' "$1"; }

# --- RabbitMQ management API (the tap is a durable queue another team would own)
mgmt() { curl -sf -H 'content-type: application/json' "$@"; }

tap() { # tap QUEUE EXCHANGE: a fresh durable queue bound to the exchange
  mgmt -X DELETE "$RABBIT_API/queues/%2F/$1" >/dev/null 2>&1 || true
  mgmt -X PUT "$RABBIT_API/queues/%2F/$1" -d '{"durable":true}' >/dev/null
  mgmt -X POST "$RABBIT_API/bindings/%2F/e/$2/q/$1" -d '{"routing_key":""}' >/dev/null
}

tap_depth() { mgmt "$RABBIT_API/queues/%2F/$1" | jq '.messages // 0'; }

# tap_partner_ids QUEUE: the partnerId of every message in the tap (one per line, duplicates kept); empties the tap
tap_partner_ids() {
  local n
  while n=$(tap_depth "$1") && (( n > 0 )); do
    mgmt -X POST "$RABBIT_API/queues/%2F/$1/get" -d '{"count":5000,"ackmode":"ack_requeue_false","encoding":"auto"}' \
      | jq -r '.[].payload | fromjson | .message.partnerId'
  done
}

RABBIT_API=$RABBIT_MGMT/api

# --- the platform
service_port() { local port; read -r port _ <<<"$(service_line "$1")"; echo "$port"; }

# ready_in SINCE NAME...: seconds (one decimal) from SINCE (epoch seconds, fractional) until every named service
# answers /health/ready (fails after 60 s)
ready_in() {
  local since=$1 name; shift
  for name in "$@"; do
    until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$(service_port "$name")/health/ready"; do
      awk -v s="$since" -v n="$(date +%s.%N)" 'BEGIN { exit !(n - s < 60) }' || return 1
      sleep 0.1
    done
  done
  awk -v s="$since" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }'
}

dead_rows() {
  psql_db "SELECT (SELECT count(*) FROM partner.outbox_messages WHERE dead_at IS NOT NULL)
    + (SELECT count(*) FROM dealreg.outbox_messages WHERE dead_at IS NOT NULL)
    + (SELECT count(*) FROM enablement.outbox_messages WHERE dead_at IS NOT NULL)
    + (SELECT count(*) FROM revenue.outbox_messages WHERE dead_at IS NOT NULL)"
}

# An active Reseller at 20 % margin (so a won deal is booked with compensation), printed as its id.
active_reseller() {
  local id ag u=$RANDOM$RANDOM
  id=$(api POST /api/v1/partners "$MANAGER" "{\"name\":\"Fault reseller $u\",\"type\":\"Reseller\",\"website\":\"https://fault-reseller-$u.example\",\"region\":\"Emea\",\"country\":\"DE\",\"salesTeamSize\":10}" | jq -r .id)
  api POST "/api/v1/partners/$id/evaluation" "$MANAGER" '{"marketReach":5,"technicalCapability":5,"salesCapacity":5,"strategicAlignment":5,"customerBase":5}' >/dev/null
  ag=$(api POST "/api/v1/partners/$id/agreements" "$MANAGER" "{\"effectiveFrom\":\"$(( $(date +%Y) - 1 ))-01-01\",\"termMonths\":60,\"marginPercent\":20}" | jq -r .id)
  api POST "/api/v1/partners/$id/agreements/$ag/sign" "$MANAGER" '{"signedBy":"fault suite"}' >/dev/null \
    || die "could not activate a reseller (partner $id, agreement $ag)"
  echo "$id"
}

# approved_deals PARTNER COUNT FILE: registers (as the partner) and approves COUNT deals; their ids into FILE
approved_deals() {
  local partner_token registered=$WORK/registered.jsonl approved=$WORK/approved.jsonl
  partner_token=$(token Partner "$1")
  for _ in {1..60}; do # DealRegistration learns of the activation through an event
    api POST /api/v1/deals "$partner_token" "{\"partnerId\":\"$1\",\"customer\":{\"companyName\":\"Probe $RANDOM\",\"country\":\"DE\"},\"products\":[\"Probe-$RANDOM\"],\"estimatedValue\":1,\"currency\":\"USD\",\"expectedCloseDate\":\"2099-12-31\"}" >/dev/null 2>&1 && break
    sleep 0.5
  done
  node "$FAULTS_DIR/load.mjs" --gw "$GW" --token "$partner_token" --kind register-deal --partner "$1" --count "$2" --out "$registered" --concurrency 8
  ok_ids "$registered" >"$WORK/registered.ids"
  load approve-deal "$(wc -l <"$WORK/registered.ids")" "$approved" --input "$WORK/registered.ids" --concurrency 8
  jq -r 'select(.status == 200) | .id' "$approved" >"$3"
}

# booked PARTNER: "bookings distinct_deals compensation_sum amount_sum" in Revenue for the partner's won deals
booked() {
  psql_db "SELECT count(*), count(DISTINCT deal_id),
             (SELECT coalesce(sum(amount), 0) FROM revenue.compensation_lines WHERE partner_id = '$1'), coalesce(sum(amount), 0)
           FROM revenue.bookings WHERE partner_id = '$1'" | tr '|' ' '
}

# partner_revenue PARTNER: "entries amount_sum" Partner counts for its tier evaluation
partner_revenue() { psql_db "SELECT count(*), coalesce(sum(amount), 0) FROM partner.revenue_entries WHERE partner_id = '$1'" | tr '|' ' '; }

# settle_bookings PARTNER EXPECTED: waits for Revenue and Partner to agree, then sets BOOKED_ROWS, BOOKED_DEALS,
# ENTRY_ROWS and COMPENSATION_OFF (1 when compensation is not exactly 20 % of the booked amount).
settle_bookings() {
  local t0=$SECONDS rows deals comp amount entries entry_sum
  while true; do
    read -r rows deals comp amount <<<"$(booked "$1")"
    read -r entries entry_sum <<<"$(partner_revenue "$1")"
    (( deals >= $2 && entries >= rows )) && break
    (( SECONDS - t0 < 60 )) || break
    sleep 1
  done
  BOOKED_ROWS=$rows BOOKED_DEALS=$deals ENTRY_ROWS=$entries
  COMPENSATION_OFF=$(awk -v c="$comp" -v a="$amount" -v e="$entry_sum" 'BEGIN { print (c - a * 0.2 > 0.005 || a * 0.2 - c > 0.005 || e != a) ? 1 : 0 }')
}

# wait_for WHAT SECONDS CONDITION: evaluates CONDITION until true or the time is up (then carries on: the figures tell)
wait_for() {
  local t0=$SECONDS
  until eval "$3"; do
    (( SECONDS - t0 < $2 )) || { warn "timed out waiting for: $1"; return 0; }
    sleep 1
  done
}

# report NAME TEXT LOST TWICE FIVE_HUNDREDS: one line; any loss, double application or 500 fails the suite
report() {
  local verdict=ok
  if (( $3 != 0 || $4 != 0 || $5 != 0 )); then verdict=FAILED; FAILED=1; fi
  printf '%-18s %s — %s lost, %s applied twice, %s answered 500 [%s]\n' "$1:" "$2" "$3" "$4" "$5" "$verdict"
}
