#!/usr/bin/env bash
# shellcheck disable=SC2034  # the settings below are read by the scripts that source this file
# Helpers shared by deploy/local/{up,down,test,seed}.sh. Source it, do not run it.
#
# Local infrastructure is one PostgreSQL and one RabbitMQ on 127.0.0.1, installed from Debian's
# packages when missing and started without systemd. Services run from their Release build
# output; their logs are in .local/logs/<name>.log and their pids in .local/pids/<name>.pid.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL_DIR=$ROOT/.local
LOG_DIR=$LOCAL_DIR/logs
PID_DIR=$LOCAL_DIR/pids
export ROOT LOCAL_DIR LOG_DIR PID_DIR

# Connection defaults; each may be overridden from the environment (e.g. a second PostgreSQL cluster and RabbitMQ
# node for a fault run beside other work: PG_PORT, AMQP_URL, RABBIT_MGMT and RABBITMQ_NODE for rabbitmqctl).
PG_PORT=${PG_PORT:-5432}
export PG_ADMIN=${PG_ADMIN:-"Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Database=postgres"}
export AMQP_URL=${AMQP_URL:-amqp://guest:guest@127.0.0.1:5672/}
export RABBIT_MGMT=${RABBIT_MGMT:-http://guest:guest@127.0.0.1:15672}
# HMAC key for the JWTs of local runs and tests only. Never use it anywhere else.
export DEV_SIGNING_KEY=${DEV_SIGNING_KEY:-dev-only-signing-key-for-local-runs-and-tests-NOT-A-SECRET-never-use-in-production}

# What ensure_infra sets up and ensure_database / psql_admin talk to.
PG_PASSWORD=postgres
DB_NAME=${DB_NAME:-channel_platform}
RABBIT_HOME=/var/lib/rabbitmq
RABBIT_PID_FILE=/var/run/rabbitmq/pid

# The services up.sh starts: one line each.
#   name        port  schema      role (password = role)  assembly, relative to the repo root
SERVICES=(
  "partner      5101  partner     partner_svc     services/Partners/Partners.Api/bin/Release/net10.0/Partners.Api.dll"
  "dealreg      5102  dealreg     dealreg_svc     services/DealRegistration/DealRegistration.Api/bin/Release/net10.0/DealRegistration.Api.dll"
  "enablement   5103  enablement  enablement_svc  services/Enablement/Enablement.Api/bin/Release/net10.0/Enablement.Api.dll"
  "revenue      5104  revenue     revenue_svc     services/Revenue/Revenue.Api/bin/Release/net10.0/Revenue.Api.dll"
  "webhooks     5105  webhooks    webhooks_svc    services/Webhooks/Webhooks.Api/bin/Release/net10.0/Webhooks.Api.dll"
)
GATEWAY_PORT=5080
GATEWAY_DLL=services/Gateway/ChannelPlatform.Gateway/bin/Release/net10.0/ChannelPlatform.Gateway.dll

# Quiet, non-interactive .NET CLI; no MSBuild worker nodes left behind holding a caller's pipes.
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1
# pg_ctlcluster, rabbitmqctl and start-stop-daemon live in sbin folders.
export PATH=$PATH:/usr/sbin:/sbin

# ---------------------------------------------------------------------------------------------
# Output

step() { printf '==> %s  [%ss]\n' "$*" "$SECONDS"; }
info() { printf '    %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# rabbitmqctl against the node in use (RABBITMQ_NODE, else the default one).
rabbitmqctl_node() { rabbitmqctl ${RABBITMQ_NODE:+-n "$RABBITMQ_NODE"} "$@"; }

# ---------------------------------------------------------------------------------------------
# Small probes

# port_open HOST PORT: something accepts TCP connections there.
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# solution: prints the solution file of the repo (ChannelPlatform.sln, or .slnx).
solution() {
  local f
  for f in ChannelPlatform.sln ChannelPlatform.slnx; do
    [[ -f $ROOT/$f ]] && { echo "$ROOT/$f"; return 0; }
  done
  die "no ChannelPlatform.sln or ChannelPlatform.slnx in $ROOT"
}

psql_admin() {
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 \
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"
}

pg_login_ok() { psql_admin -d postgres -Atc 'select 1' >/dev/null 2>&1; }

rabbit_mgmt_ok() { curl -sf -o /dev/null --max-time 3 "$RABBIT_MGMT/api/overview"; }

# pg_server_version: newest PostgreSQL server major version installed (fails if none).
pg_server_version() {
  local d v best=""
  for d in /usr/lib/postgresql/*/bin/postgres; do
    [[ -x $d ]] || continue
    v=${d#/usr/lib/postgresql/}; v=${v%%/*}
    if [[ -z $best ]] || (( v > best )); then best=$v; fi
  done
  [[ -n $best ]] && echo "$best"
}

# pg_cluster: "VERSION NAME" of the local cluster on $PG_PORT (fails if none).
pg_cluster() {
  command -v pg_lsclusters >/dev/null || return 1
  pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print $1, $2; found = 1; exit } END { exit !found }'
}

rabbit_running() { pgrep -u rabbitmq -f 'beam.*rabbit' >/dev/null 2>&1; }

# apt_install PACKAGE...: installs Debian packages (the log goes to .local/logs/apt.log).
apt_install() {
  local log=$LOG_DIR/apt.log
  mkdir -p "$LOG_DIR"
  info "installing $* from Debian's packages (log: ${log#"$ROOT"/})"
  command -v apt-get >/dev/null || die "$* missing and no apt-get here: install them by hand"
  [[ $(id -u) == 0 ]] || die "$* missing: run as root (or install them by hand)"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
           -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"; } >"$log" 2>&1 </dev/null; then
    tail -n 30 "$log" >&2
    die "apt-get install $* failed"
  fi
}

# ---------------------------------------------------------------------------------------------
# Infrastructure

ensure_infra() {
  step "infrastructure: PostgreSQL and RabbitMQ"
  local missing=()
  if ! pg_login_ok && ! pg_server_version >/dev/null; then missing+=(postgresql postgresql-contrib); fi
  if ! rabbit_mgmt_ok && [[ ! -x /usr/sbin/rabbitmq-server ]]; then missing+=(rabbitmq-server); fi
  ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
  ensure_postgres
  ensure_rabbitmq
}

ensure_postgres() {
  if pg_login_ok; then info "PostgreSQL answers on 127.0.0.1:$PG_PORT"; return 0; fi
  local ver cluster name logf deadline
  ver=$(pg_server_version) || die "no PostgreSQL server installed"
  if ! cluster=$(pg_cluster); then
    info "creating PostgreSQL cluster $ver/main on port $PG_PORT"
    pg_createcluster --port "$PG_PORT" "$ver" main >/dev/null
    cluster="$ver main"
  fi
  read -r ver name <<<"$cluster"
  logf=/var/log/postgresql/postgresql-$ver-$name.log
  if ! pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
    info "starting PostgreSQL $ver/$name"
    # _SYSTEMCTL_SKIP_REDIRECT: never hand over to systemctl, whatever /run/systemd says.
    _SYSTEMCTL_SKIP_REDIRECT=1 pg_ctlcluster "$ver" "$name" start \
      || { tail -n 20 "$logf" >&2 2>/dev/null; die "pg_ctlcluster $ver $name start failed"; }
  fi
  deadline=$((SECONDS + 60))
  until pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; do
    (( SECONDS < deadline )) || { tail -n 20 "$logf" >&2 2>/dev/null; die "PostgreSQL not accepting connections on 127.0.0.1:$PG_PORT after 60 s"; }
    sleep 0.5
  done
  if ! pg_login_ok; then
    info "setting the password of the postgres superuser"
    (cd / && su postgres -s /bin/sh -c \
      "psql -X -q -v ON_ERROR_STOP=1 -p $PG_PORT -d postgres -c \"ALTER ROLE postgres PASSWORD '$PG_PASSWORD'\"") \
      || die "could not set the postgres password through the local socket"
  fi
  pg_login_ok || die "PostgreSQL runs but refuses Username=postgres;Password=$PG_PASSWORD over TCP (check pg_hba.conf)"
  info "PostgreSQL $ver/$name ready on 127.0.0.1:$PG_PORT"
}

ensure_rabbitmq() {
  if rabbit_mgmt_ok; then info "RabbitMQ management API answers on 127.0.0.1:15672"; return 0; fi
  [[ -x /usr/sbin/rabbitmq-server ]] || die "rabbitmq-server is not installed"
  local timeout=${RABBIT_START_TIMEOUT:-120} deadline
  if ! rabbit_running; then
    # Files left owned by root (a broker once started as root) keep the node from booting.
    install -d -o rabbitmq -g rabbitmq "$(dirname "$RABBIT_PID_FILE")" /var/log/rabbitmq
    chown -R rabbitmq:rabbitmq "$RABBIT_HOME" /var/log/rabbitmq
    [[ -f $RABBIT_HOME/.erlang.cookie ]] && chmod 400 "$RABBIT_HOME/.erlang.cookie"
    if ! grep -qs rabbitmq_management /etc/rabbitmq/enabled_plugins; then
      info "enabling the rabbitmq_management plugin"
      (cd "$RABBIT_HOME" && HOME=$RABBIT_HOME rabbitmq-plugins enable --offline rabbitmq_management >/dev/null)
    fi
    info "starting RabbitMQ"
    # As the init script does it, but without its 10-minute silent wait: runs as user rabbitmq
    # with HOME=/var/lib/rabbitmq, so the node and rabbitmqctl share one Erlang cookie.
    (cd "$RABBIT_HOME" && HOME=$RABBIT_HOME RABBITMQ_PID_FILE=$RABBIT_PID_FILE \
      start-stop-daemon --start --quiet --background --chuid rabbitmq:rabbitmq \
        --pidfile "$RABBIT_PID_FILE" --exec /usr/sbin/rabbitmq-server) \
      || die "start-stop-daemon could not start rabbitmq-server"
  elif port_open 127.0.0.1 5672; then
    info "RabbitMQ runs without its management API: enabling rabbitmq_management"
    rabbitmq-plugins enable rabbitmq_management >/dev/null || die "rabbitmq-plugins enable rabbitmq_management failed"
  else
    info "RabbitMQ is booting"
  fi
  local t0=$SECONDS
  deadline=$((SECONDS + timeout))
  until port_open 127.0.0.1 5672 && rabbit_mgmt_ok; do
    # (the Erlang VM appears a moment after start-stop-daemon returns: give it 15 s)
    if (( SECONDS >= deadline )) || { (( SECONDS - t0 > 15 )) && ! rabbit_running; }; then
      local f
      for f in /var/log/rabbitmq/startup_err /var/log/rabbitmq/startup_log "/var/log/rabbitmq/rabbit@${HOSTNAME%%.*}.log"; do
        [[ -s $f ]] && { printf -- '--- %s\n' "$f" >&2; tail -n 15 "$f" >&2; }
      done
      rabbit_running || die "RabbitMQ stopped while booting (logs above)"
      die "RabbitMQ did not answer on 127.0.0.1:5672 and its management API on :15672 within ${timeout} s (logs above)"
    fi
    sleep 1
  done
  info "RabbitMQ ready on 127.0.0.1:5672 (management http://127.0.0.1:15672)"
}

stop_infra() {
  step "stopping PostgreSQL and RabbitMQ"
  local cluster ver name
  if cluster=$(pg_cluster) && pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
    read -r ver name <<<"$cluster"
    _SYSTEMCTL_SKIP_REDIRECT=1 pg_ctlcluster "$ver" "$name" stop && info "PostgreSQL $ver/$name stopped"
  else
    info "PostgreSQL not running"
  fi
  if rabbit_running; then
    # shutdown (unlike stop) waits until the node's OS process has exited.
    rabbitmqctl shutdown >/dev/null && info "RabbitMQ stopped"
  else
    info "RabbitMQ not running"
  fi
}

# ensure_database: the platform database, one schema per service owned by that service's login
# role, and nothing else that role may touch. Idempotent.
ensure_database() {
  step "database $DB_NAME: schemas and roles"
  local line schema role roles=() sql_roles="" sql_db=""
  for line in "${SERVICES[@]}"; do
    read -r _ _ schema role _ <<<"$line"
    roles+=("$role")
    sql_roles+="
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN PASSWORD '$role';
  ELSE ALTER ROLE $role LOGIN PASSWORD '$role'; END IF;
END \$\$;"
    sql_db+="
CREATE SCHEMA IF NOT EXISTS $schema AUTHORIZATION $role;
ALTER SCHEMA $schema OWNER TO $role;
ALTER ROLE $role IN DATABASE $DB_NAME SET search_path = $schema;"
  done
  psql_admin -d postgres >/dev/null <<SQL
SET client_min_messages = warning;
$sql_roles
SELECT 'CREATE DATABASE $DB_NAME' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
  local grantees
  grantees=$(IFS=,; echo "${roles[*]}")
  psql_admin -d "$DB_NAME" >/dev/null <<SQL
SET client_min_messages = warning;
REVOKE ALL ON DATABASE $DB_NAME FROM PUBLIC;
GRANT CONNECT ON DATABASE $DB_NAME TO $grantees;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
$sql_db
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA dealreg;
SQL
  info "$DB_NAME: schemas and roles ${roles[*]} ready"
}

# ---------------------------------------------------------------------------------------------
# Services

# service_pid NAME: prints the pid of a running service started by start_service (fails if none).
service_pid() {
  local pidf=$PID_DIR/$1.pid pid
  [[ -f $pidf ]] || return 1
  pid=$(<"$pidf")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -qa dotnet "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

# start_service NAME DLL PORT [VAR=VALUE...]: starts `dotnet DLL` in the background, detached,
# in the DLL's folder (so appsettings.json is found), unless it already runs.
start_service() {
  local name=$1 dll=$2 port=$3 pid
  shift 3
  if pid=$(service_pid "$name"); then info "$name already running (pid $pid)"; return 0; fi
  [[ $dll == /* ]] || dll=$ROOT/$dll
  [[ -f $dll ]] || die "$name: $dll does not exist (build first)"
  port_open 127.0.0.1 "$port" && die "$name: port $port is already taken by a process this script did not start"
  mkdir -p "$LOG_DIR" "$PID_DIR"
  local pidf=$PID_DIR/$name.pid log=$LOG_DIR/$name.log
  rm -f "$pidf"
  printf '\n===== %s start %s\n' "$(date -u +%FT%TZ)" "$name" >>"$log"
  # setsid: own session, so neither a Ctrl-C in this terminal nor its closing reaches the service.
  # shellcheck disable=SC2016  # $$ and $1.. belong to the inner bash
  setsid -f bash -c 'echo $$ >"$1"; cd "$2" && shift 2 && exec nohup "$@"' _ "$pidf" "$(dirname "$dll")" \
    env ASPNETCORE_ENVIRONMENT=Development "ASPNETCORE_URLS=http://127.0.0.1:$port" "$@" dotnet "$dll" \
    >>"$log" 2>&1 </dev/null
  for _ in {1..50}; do [[ -s $pidf ]] && break; sleep 0.1; done
  [[ -s $pidf ]] || die "$name did not start (see ${log#"$ROOT"/})"
  info "$name started (pid $(<"$pidf"), port $port, log ${log#"$ROOT"/})"
}

# wait_healthy NAME URL SECONDS: polls URL until it answers 2xx; on failure prints the log's tail.
wait_healthy() {
  local name=$1 url=$2 limit=$3 deadline=$((SECONDS + $3)) log=$LOG_DIR/$1.log
  until curl -sf -o /dev/null --max-time 5 "$url"; do
    if ! service_pid "$name" >/dev/null; then
      printf -- '--- last lines of %s\n' "${log#"$ROOT"/}" >&2; tail -n 40 "$log" >&2 2>/dev/null || true
      warn "$name exited before $url answered"
      return 1
    fi
    if (( SECONDS >= deadline )); then
      printf -- '--- last lines of %s\n' "${log#"$ROOT"/}" >&2; tail -n 40 "$log" >&2 2>/dev/null || true
      warn "$name: $url did not answer 2xx within ${limit} s"
      return 1
    fi
    sleep 1
  done
  info "$name healthy ($url)"
}

# service_line NAME: prints "port schema role dll" of a service of SERVICES (fails if unknown).
service_line() {
  local line name rest
  for line in "${SERVICES[@]}"; do
    read -r name rest <<<"$line"
    [[ $name == "$1" ]] && { echo "$rest"; return 0; }
  done
  return 1
}

# Replicas (up.sh --replicas N): replica k of a service listens on its port + 100 k and runs as NAME (k = 0) or
# NAME.<k+1>; the gateway balances across all of them. The count in use is kept in .local/replicas.
replicas() { cat "$LOCAL_DIR/replicas" 2>/dev/null || echo 1; }
replica_name() { if (( $2 == 0 )); then echo "$1"; else echo "$1.$(( $2 + 1 ))"; fi; }
replica_port() { local port; read -r port _ <<<"$(service_line "$1")"; echo $(( port + 100 * $2 )); }

# start_platform_service NAME [VAR=VALUE...]: starts replica 0 of a service of SERVICES as up.sh does (its own
# role, the broker, the dev key), with any extra settings. start_replica NAME K [VAR=VALUE...] starts replica K.
start_platform_service() { local name=$1; shift; start_replica "$name" 0 "$@"; }

start_replica() {
  local port schema role dll name=$1 k=$2
  read -r port schema role dll <<<"$(service_line "$1")" || die "unknown service $1"
  [[ -f $ROOT/$dll ]] || { warn "$1 not started: $dll is not built"; return 1; }
  shift 2
  local extra=("$@") more=()
  # PLATFORM_SETTINGS: extra VAR=VALUE settings for every service (e.g. shorter job intervals in a test run)
  read -r -a more <<<"${PLATFORM_SETTINGS:-}"
  extra+=("${more[@]}")
  # Development: a partner's receiver on this machine (http to loopback) may get webhooks.
  [[ $name == webhooks ]] && extra+=("Webhooks__AllowHttp=true" "Webhooks__AllowPrivateNetworks=true")
  start_service "$(replica_name "$name" "$k")" "$dll" "$(replica_port "$name" "$k")" \
    "ConnectionStrings__Service=Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$role;Password=$role" \
    "ConnectionStrings__RabbitMq=$AMQP_URL" \
    "Auth__SigningKey=$DEV_SIGNING_KEY" \
    "Database__MigrateOnStartup=false" \
    "${extra[@]}"
}

# migrate_service NAME: applies the service's schema migrations (its `migrate` command, with its own role).
migrate_service() {
  local port schema role dll out
  read -r port schema role dll <<<"$(service_line "$1")" || die "unknown service $1"
  [[ -f $ROOT/$dll ]] || die "$1: $dll is not built"
  out=$(cd "$(dirname "$ROOT/$dll")" && env ASPNETCORE_ENVIRONMENT=Development \
    "ConnectionStrings__Service=Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$role;Password=$role" \
    "ConnectionStrings__RabbitMq=$AMQP_URL" dotnet "$ROOT/$dll" migrate 2>&1) || { printf '%s\n' "$out" >&2; die "$1: migration failed"; }
  info "$1: $(grep -E '^(Schema|Queues)' <<<"$out" | paste -sd ' ')"
  grep '^Queue ' <<<"$out" | sed 's/^/      /' || true # an older deployment's queues, upgraded or left alone
}

# start_gateway: the gateway in front of every replica of every service of SERVICES, dev tokens on (Development).
# GATEWAY_PERMITS_PER_MINUTE lifts the per-caller rate limit (benchmarks and the fault suite do).
start_gateway() {
  [[ -f $ROOT/$GATEWAY_DLL ]] || die "gateway is not built: $GATEWAY_DLL"
  local env=() line name key k addresses
  for line in "${SERVICES[@]}"; do
    read -r name _ <<<"$line"
    addresses=""
    for (( k = 0; k < $(replicas); k++ )); do addresses+="${addresses:+,}http://127.0.0.1:$(replica_port "$name" "$k")"; done
    case $name in partner) key=Partner ;; dealreg) key=DealRegistration ;; enablement) key=Enablement ;; revenue) key=Revenue ;; webhooks) key=Webhooks ;; esac
    env+=("Services__$key=$addresses")
  done
  start_service gateway "$GATEWAY_DLL" "$GATEWAY_PORT" \
    "Auth__SigningKey=$DEV_SIGNING_KEY" \
    "Auth__DevTokens__Enabled=true" \
    "Gateway__PermitsPerMinute=${GATEWAY_PERMITS_PER_MINUTE:-1200}" \
    "${env[@]}"
}

# stop_service NAME [SIGNAL]: stops one service started by start_service (TERM by default; KILL to crash it).
stop_service() {
  local pid
  pid=$(service_pid "$1") || return 0
  kill "-${2:-TERM}" "$pid" 2>/dev/null || true
  for _ in {1..100}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_DIR/$1.pid"
}

# stop_all: stops every service started by start_service: TERM, then KILL after 10 s.
stop_all() {
  local pidf name pid pids=() names=()
  for pidf in "$PID_DIR"/*.pid; do
    [[ -e $pidf ]] || continue
    name=$(basename "$pidf" .pid)
    if pid=$(service_pid "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid"); names+=("$name")
    fi
  done
  for _ in {1..100}; do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    (( alive )) || break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then warn "pid $pid ignored TERM for 10 s: KILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  done
  rm -f "$PID_DIR"/*.pid
  if ((${#names[@]})); then info "stopped ${names[*]}"; else info "no service was running"; fi
}
