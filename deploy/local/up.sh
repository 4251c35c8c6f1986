#!/usr/bin/env bash
# Brings the platform up on this machine: PostgreSQL and RabbitMQ (installed and started when
# missing), the database with one schema and role per service, a Release build, the schema
# migrations (deploy/local/migrate.sh, a step of their own), the services and the gateway; then
# seeds a demo program.
# Re-runnable: what already runs is left alone, and the seed only adds what is missing.
#
#   deploy/local/up.sh [--no-seed] [--no-build] [--replicas N]
#     --no-seed     start without demo data
#     --no-build    use the existing Release build (e.g. right after test.sh built it)
#     --replicas N  N processes of every service (ports 51xx, 52xx, ...), the gateway balancing across them
# Stop with deploy/local/down.sh. Logs: .local/logs/<name>.log.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"

seed=1 build=1 count=1
while (( $# )); do
  arg=$1; shift
  case $arg in
    --no-seed) seed=0 ;;
    --no-build) build=0 ;;
    --replicas) count=${1:-}; shift || true; [[ $count =~ ^[1-9]$ ]] || die "--replicas takes 1 to 9" ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $arg (try --help)" ;;
  esac
done
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-180}   # seconds per service (first start migrates)

ensure_infra
ensure_database

if (( build )); then
  sln=$(solution)
  step "build ${sln#"$ROOT"/} (Release)"
  dotnet build "$sln" -c Release -nologo -v q -nodeReuse:false || die "build failed"
fi

"$HERE/migrate.sh"

step "services ($count replica(s) each)"
mkdir -p "$LOCAL_DIR"; echo "$count" >"$LOCAL_DIR/replicas"
started=()
for line in "${SERVICES[@]}"; do
  read -r name _ <<<"$line"
  for (( k = 0; k < count; k++ )); do
    start_replica "$name" "$k" && started+=("$(replica_name "$name" "$k") $(replica_port "$name" "$k")")
  done
done
((${#started[@]})) || die "no service is built: nothing to start"
for s in "${started[@]}"; do
  read -r name port <<<"$s"
  wait_healthy "$name" "http://127.0.0.1:$port/health/ready" "$HEALTH_TIMEOUT" \
    || die "$name is not healthy (log: .local/logs/$name.log; stop everything with deploy/local/down.sh)"
done

step "gateway"
start_gateway
wait_healthy gateway "http://127.0.0.1:$GATEWAY_PORT/health/ready" "$HEALTH_TIMEOUT" \
  || die "gateway is not healthy (log: .local/logs/gateway.log; stop everything with deploy/local/down.sh)"

if (( seed )); then
  step "seed"
  "$HERE/seed.sh"
fi

step "platform up"
cat <<EOF
    gateway     http://127.0.0.1:$GATEWAY_PORT
EOF
for s in "${started[@]}"; do
  read -r name port <<<"$s"
  printf '    %-11s http://127.0.0.1:%s   (OpenAPI: /swagger)\n' "$name" "$port"
done
cat <<EOF
    rabbitmq    http://127.0.0.1:15672  (guest / guest)
    postgres    $PG_ADMIN
    logs        .local/logs/   stop: deploy/local/down.sh

A ChannelManager token:
  TOKEN=\$(curl -s -X POST http://127.0.0.1:$GATEWAY_PORT/api/v1/auth/dev-token -H 'content-type: application/json' -d '{"role":"ChannelManager","name":"me"}' | jq -r .accessToken)
  curl -s http://127.0.0.1:$GATEWAY_PORT/api/v1/partners -H "authorization: Bearer \$TOKEN" | jq
EOF
