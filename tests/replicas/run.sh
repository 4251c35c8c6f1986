#!/usr/bin/env bash
# Replicas cooperate: the whole demo scenario (deploy/local/seed.sh: recruit, certify, register, approve, win, book,
# pay out, MDF) runs through the gateway against 2 replicas of every service, while the second replica of each is
# killed with SIGKILL mid-run (and started again); then the time-driven jobs (deal SLA sweep, certification expiry,
# MDF claim windows) are given work and run on both replicas at once. Checks: every figure exact, every event
# applied once, every job's event published exactly once across replicas.
#   tests/replicas/run.sh        (its own database channel_replicas; stops what it started)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DB_NAME=channel_replicas
# Short job intervals, so both replicas' jobs compete within seconds.
export PLATFORM_SETTINGS="Sweep__Interval=00:00:02 Expiry__Interval=00:00:02 MdfClaimWindows__Interval=00:00:02"
source "$HERE/../../deploy/local/lib.sh"
source "$HERE/../faults/lib.sh"
source "$HERE/checks.sh"

step "replicas: a fresh database $DB_NAME, 2 replicas of every service"
bash "$ROOT/deploy/local/down.sh" >/dev/null
ensure_infra >/dev/null
psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null
trap 'bash "$ROOT/deploy/local/down.sh" >/dev/null 2>&1 || true' EXIT
bash "$ROOT/deploy/local/up.sh" --no-seed --no-build --replicas 2 | grep -E '^==>|healthy' | tail -n 4
MANAGER=$(token ChannelManager)
for exchange in dealreg.deal-sla-at-risk dealreg.deal-sla-breached enablement.certification-expired; do tap "replicas.tap.$exchange" "$exchange"; done

step "the demo scenario, killing the second replica of every service along the way"
bash "$ROOT/deploy/local/seed.sh" >"$WORK/replica-seed.log" 2>&1 & seeding=$!
for name in partner dealreg enablement revenue webhooks; do
  sleep 3
  stop_service "$(replica_name "$name" 1)" KILL
  info "killed $(replica_name "$name" 1) (SIGKILL)"
  (sleep 4; start_replica "$name" 1 >/dev/null) &
done
wait "$seeding" || { tail -n 20 "$WORK/replica-seed.log"; die "the demo seed failed against the replicas"; }
wait
info "seed done: $(grep -c '' "$WORK/replica-seed.log") lines of log, every request 2xx (retried through the gateway when a replica died)"

check_figures
check_jobs_once
exit "$FAILED"
