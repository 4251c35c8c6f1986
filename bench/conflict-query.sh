#!/usr/bin/env bash
# The deal-registration conflict query on its own: p50/p99 latency (both round trips: key counts + advisory locks,
# then the candidate lookup; scoring included) at 10 000, 100 000 and 1 000 000 open registrations of realistic names.
# It runs DealRegistration.IntegrationTests' ConflictQueryBenchmark, whose fixture creates a scratch database of its
# own on the local PostgreSQL (dealreg_<guid>, dropped afterwards; never channel_platform) and fills it by binary COPY.
#   bench/conflict-query.sh [SIZES...]     default: 10000 100000 1000000
# Prints a table and whether p99 at the largest size is within 1.5 × p99 at the smallest (issue 16's target).
# Takes about 10 minutes for the default sizes on 2 cores; needs the local PostgreSQL and RabbitMQ (the fixture starts the service).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CHANNEL_TEST_POSTGRES=${CHANNEL_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres"}
export CHANNEL_TEST_RABBITMQ=${CHANNEL_TEST_RABBITMQ:-amqp://guest:guest@127.0.0.1:5672/}
export CHANNEL_TEST_RABBITMQ_MANAGEMENT=${CHANNEL_TEST_RABBITMQ_MANAGEMENT:-http://guest:guest@127.0.0.1:15672}
export CHANNEL_TEST_SIGNING_KEY=${CHANNEL_TEST_SIGNING_KEY:-dev-only-signing-key-for-local-runs-and-tests-NOT-A-SECRET-never-use-in-production}
export CHANNEL_BENCH=1
export CONFLICT_BENCH_SIZES="${*:-10000 100000 1000000}"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
export CONFLICT_BENCH_OUT=$out

dotnet test "$ROOT/tests/DealRegistration.IntegrationTests" -c Release \
  --filter "FullyQualifiedName~ConflictQueryBenchmark" --logger "console;verbosity=normal" >&2
[[ -s $out ]] || { echo "the benchmark wrote no table" >&2; exit 1; }

echo "Conflict query latency (ms):"
cat "$out"
awk -F'|' 'NR == 2 { first = $3 + 0 } NR > 1 { last = $3 + 0 }
  END { ratio = last / first; printf "p99 largest / smallest = %.2f (target <= 1.50): %s\n", ratio, (ratio <= 1.5 ? "flat" : "NOT flat") }' "$out"
