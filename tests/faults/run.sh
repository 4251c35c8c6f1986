#!/usr/bin/env bash
# The fault suite: real faults against the local platform, each printing one line of figures.
#   tests/faults/run.sh [--long] [broker] [sigkill] [postgres] [memory-alarm]      (default: all four)
# Short (the default, run by deploy/local/test.sh): minutes. --long: the sizes of issue 10 (10 000 commands
# through a 60 s broker outage, 1 000 wins per killed service, ...), tens of minutes.
# Needs the platform up (deploy/local/up.sh); stops and starts RabbitMQ, PostgreSQL and the services itself.
# Commands go through the gateway as a careful integrator sends them (Idempotency-Key, retried on 503/429 and
# dropped connections). A line reports what was accepted, lost (accepted but never delivered or applied),
# applied twice, and answered 500; the suite fails on any of those.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../../deploy/local/lib.sh"
source "$HERE/lib.sh"

long=0 faults=()
for arg in "$@"; do
  case $arg in
    --long) long=1 ;;
    broker|sigkill|postgres|memory-alarm) faults+=("$arg") ;;
    -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $arg (try --help)" ;;
  esac
done
((${#faults[@]})) || faults=(broker sigkill postgres memory-alarm)
command -v node >/dev/null || die "node is needed (the load generator)"
curl -sf -o /dev/null "$GW/health/ready" || die "the platform is not up at $GW: run deploy/local/up.sh first"

# The rate limit is for partners' integrations, not for a load test of the platform itself.
if ! grep -qa "Gateway__PermitsPerMinute=1000000" "/proc/$(service_pid gateway)/environ" 2>/dev/null; then
  stop_service gateway
  GATEWAY_PERMITS_PER_MINUTE=1000000 start_gateway >/dev/null
  wait_healthy gateway "$GW/health/ready" 60 >/dev/null
fi
MANAGER=$(token ChannelManager)
[[ -n $MANAGER ]] || die "no dev token from $GW"

for fault in "${faults[@]}"; do
  source "$HERE/$fault.sh"
  "fault_${fault//-/_}"
done
exit "$FAILED"
