#!/usr/bin/env bash
# Runs every test against real PostgreSQL and RabbitMQ; validates the Kubernetes manifests and the compose file;
# then starts the platform and runs the shared contract smoke (../shared/contract-smoke/partner.sh, as is), the
# demo seed (twice), the short fault suite (tests/faults/run.sh) and the replica test (tests/replicas/run.sh).
# CI runs it as `bash .ci/run`, with no input.
#
# PostgreSQL and RabbitMQ: installed and started on this machine when missing (lib.sh), unless
# CHANNEL_TEST_POSTGRES and CHANNEL_TEST_RABBITMQ are already set, in which case they are used.
# The tests read:
#   CHANNEL_TEST_POSTGRES             admin connection string (each test class makes its database)
#   CHANNEL_TEST_RABBITMQ             AMQP URI
#   CHANNEL_TEST_RABBITMQ_MANAGEMENT  management API base URL (user:password in it)
#   CHANNEL_TEST_SIGNING_KEY          HMAC key for the tests' JWTs
# Results: .local/test-results/*.trx. Ends with the line "N passed, N failed[, N skipped]".
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"

RESULTS=$LOCAL_DIR/test-results
SMOKE=../shared/contract-smoke/partner.sh   # relative to the repo root
platform_up=0

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if (( platform_up )); then bash "$HERE/down.sh" || true; fi
  # In CI no compiler server may outlive the run (it would hold the log pipe open).
  if [[ -n ${CI:-} ]]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# trx_counts DIR: prints "PASSED FAILED SKIPPED" over every .trx file under DIR.
trx_counts() {
  local files=()
  mapfile -t files < <(find "$1" -type f -name '*.trx')
  if ((${#files[@]} == 0)); then echo "0 0 0"; return 0; fi
  cat "${files[@]}" | tr '\r\n' '  ' | { grep -o '<UnitTestResult [^>]*>' || true; } \
    | { grep -o ' outcome="[A-Za-z]*"' || true; } | cut -d'"' -f2 \
    | awk '$1 == "Passed" { p++; next }
           $1 == "NotExecuted" || $1 == "Inconclusive" { s++; next }
           { f++ }
           END { printf "%d %d %d\n", p, f, s }'
}

if [[ -n ${CHANNEL_TEST_POSTGRES:-} && -n ${CHANNEL_TEST_RABBITMQ:-} ]]; then
  step "infrastructure from CHANNEL_TEST_POSTGRES and CHANNEL_TEST_RABBITMQ"
else
  ensure_infra
fi
export CHANNEL_TEST_POSTGRES=${CHANNEL_TEST_POSTGRES:-$PG_ADMIN}
export CHANNEL_TEST_RABBITMQ=${CHANNEL_TEST_RABBITMQ:-$AMQP_URL}
export CHANNEL_TEST_RABBITMQ_MANAGEMENT=${CHANNEL_TEST_RABBITMQ_MANAGEMENT:-$RABBIT_MGMT}
export CHANNEL_TEST_SIGNING_KEY=${CHANNEL_TEST_SIGNING_KEY:-$DEV_SIGNING_KEY}

sln=$(solution)
step "build ${sln#"$ROOT"/} (Release)"
dotnet build "$sln" -c Release -nologo -nodeReuse:false || die "build failed"

step "test"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
test_rc=0
dotnet test "$sln" -c Release --no-build -nodeReuse:false \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$RESULTS" \
  --blame-hang-timeout 15m --blame-hang-dump-type none \
  || test_rc=$?
read -r passed failed skipped < <(trx_counts "$RESULTS")
summary="$passed passed, $failed failed"
(( skipped == 0 )) || summary+=", $skipped skipped"
echo "$summary"

step "OpenAPI: redocly lint and a strict TypeScript client (deploy/api/lint.sh)"
api_rc=0
bash "$ROOT/deploy/api/lint.sh" --no-build || api_rc=$?

step "deployment manifests: kustomize overlays and docker-compose"
manifests_rc=0
bash "$ROOT/deploy/k8s/validate.sh" || manifests_rc=$?
bash "$ROOT/deploy/docker/validate-compose.sh" || manifests_rc=$?

smoke_rc=0 seed_rc=0 faults_rc=0 replicas_rc=0
if [[ -f $ROOT/$SMOKE ]]; then
  step "contract smoke: $SMOKE"
  platform_up=1
  # Services left running from an earlier up.sh would be older builds: restart them.
  bash "$HERE/down.sh" >/dev/null
  if bash "$HERE/up.sh" --no-seed --no-build; then
    (cd "$ROOT" && bash "$SMOKE") || smoke_rc=$?
    # The demo data of up.sh, through the same public API: it must seed every service, twice (idempotent).
    step "demo seed (twice)"
    { bash "$HERE/seed.sh" && bash "$HERE/seed.sh"; } || seed_rc=$?
    step "fault suite (short; tests/faults/run.sh --long for the full sizes)"
    bash "$ROOT/tests/faults/run.sh" || faults_rc=$?
  else
    smoke_rc=1
    warn "up.sh failed: the contract smoke did not run"
  fi
  bash "$HERE/down.sh" || true
  step "replicas: the demo scenario on 2 replicas of every service, one of each killed (tests/replicas/run.sh)"
  bash "$ROOT/tests/replicas/run.sh" || replicas_rc=$?
  platform_up=0
fi

step "summary"
status=0
if (( passed + failed == 0 )); then warn "no test ran"; status=1; fi
if (( test_rc != 0 )); then warn "dotnet test exited with $test_rc"; status=1; fi
if (( failed != 0 )); then status=1; fi
if (( manifests_rc == 0 )); then info "deployment manifests: valid"; else warn "deployment manifests: INVALID"; status=1; fi
if (( api_rc == 0 )); then info "OpenAPI lint and client: passed"; else warn "OpenAPI lint or client: FAILED"; status=1; fi
if [[ -f $ROOT/$SMOKE ]]; then
  if (( smoke_rc == 0 )); then info "contract smoke: passed"; else warn "contract smoke: FAILED"; status=1; fi
  if (( seed_rc == 0 )); then info "demo seed: passed"; else warn "demo seed: FAILED"; status=1; fi
  if (( faults_rc == 0 )); then info "fault suite: passed"; else warn "fault suite: FAILED"; status=1; fi
  if (( replicas_rc == 0 )); then info "replicas: passed"; else warn "replicas: FAILED"; status=1; fi
fi
info "trx files: ${RESULTS#"$ROOT"/}/   total time: ${SECONDS} s"
echo "$summary"
exit "$status"
