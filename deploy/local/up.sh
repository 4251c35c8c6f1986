#!/usr/bin/env bash
# Brings the platform up on this machine: PostgreSQL and RabbitMQ (installed and started when
# missing), the database with one schema and role per service, a Release build, the services
# (each migrates its own schema at start-up) and the gateway; then seeds a demo program.
# Re-runnable: what already runs is left alone, and the seed only adds what is missing.
#
#   deploy/local/up.sh [--no-seed] [--no-build]
#     --no-seed   start without demo data
#     --no-build  use the existing Release build (e.g. right after test.sh built it)
# Stop with deploy/local/down.sh. Logs: .local/logs/<name>.log.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"

seed=1 build=1
for arg in "$@"; do
  case $arg in
    --no-seed) seed=0 ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

step "services"
started=()
for line in "${SERVICES[@]}"; do
  read -r name port _ role dll <<<"$line"
  if [[ ! -f $ROOT/$dll ]]; then
    warn "$name not started: $dll is not built"
    continue
  fi
  extra=()
  # Development: a partner's receiver on this machine (http to loopback) may get webhooks.
  [[ $name == webhooks ]] && extra=("Webhooks__AllowHttp=true" "Webhooks__AllowPrivateNetworks=true")
  start_service "$name" "$dll" "$port" \
    "ConnectionStrings__Service=Host=127.0.0.1;Port=5432;Database=$DB_NAME;Username=$role;Password=$role" \
    "ConnectionStrings__RabbitMq=$AMQP_URL" \
    "Auth__SigningKey=$DEV_SIGNING_KEY" \
    "Database__MigrateOnStartup=true" \
    "${extra[@]}"
  started+=("$name $port")
done
((${#started[@]})) || die "no service is built: nothing to start"
for s in "${started[@]}"; do
  read -r name port <<<"$s"
  wait_healthy "$name" "http://127.0.0.1:$port/health/ready" "$HEALTH_TIMEOUT" \
    || die "$name is not healthy (log: .local/logs/$name.log; stop everything with deploy/local/down.sh)"
done

step "gateway"
[[ -f $ROOT/$GATEWAY_DLL ]] || die "gateway is not built: $GATEWAY_DLL"
start_service gateway "$GATEWAY_DLL" "$GATEWAY_PORT" \
  "Auth__SigningKey=$DEV_SIGNING_KEY" \
  "Auth__DevTokens__Enabled=true" \
  "Services__Partner=http://127.0.0.1:5101" \
  "Services__DealRegistration=http://127.0.0.1:5102" \
  "Services__Enablement=http://127.0.0.1:5103" \
  "Services__Revenue=http://127.0.0.1:5104" \
  "Services__Webhooks=http://127.0.0.1:5105"
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
