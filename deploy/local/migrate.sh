#!/usr/bin/env bash
# Applies the schema migrations of every service (or those named), as a step of its own: `dotnet <Service>.Api.dll
# migrate` once per service, each under its schema's migration lock. The services never migrate behind each
# other's backs: one started against a schema behind its build refuses to start. up.sh runs this first.
#   deploy/local/migrate.sh [SERVICE...]        e.g. deploy/local/migrate.sh partner dealreg
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"

names=("$@")
if ((${#names[@]} == 0)); then
  for line in "${SERVICES[@]}"; do read -r name _ <<<"$line"; names+=("$name"); done
fi
step "migrations: ${names[*]}"
for name in "${names[@]}"; do migrate_service "$name"; done
