#!/usr/bin/env bash
# Stops the services and the gateway that deploy/local/up.sh started.
#   deploy/local/down.sh [--all]
#     --all   also stop PostgreSQL and RabbitMQ (left running otherwise)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"

all=0
for arg in "$@"; do
  case $arg in
    --all) all=1 ;;
    -h|--help) sed -n '2,4p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $arg (try --help)" ;;
  esac
done

step "stopping services"
stop_all
if (( all )); then stop_infra; fi
step "down"
