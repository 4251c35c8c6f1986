#!/usr/bin/env bash
# Validates docker-compose.yml and deploy/docker/Dockerfile without a Docker engine:
# `docker-compose config -q` (Debian 12's docker-compose 1.29.2, installed when missing) without a
# profile, with --profile dev and with --profile prod; then deploy/test/compose.test.mjs checks
# the rendered configuration (dev key and dev tokens only in the dev profile, one database role
# per service, health-checked start order, migrations first, only the gateway published) and the
# Dockerfile (multi-stage, restore cached per layer, non-root, HEALTHCHECK), and proves each check
# fails on a broken copy. No input; exits non-zero on failure.
set -euo pipefail
# shellcheck source=deploy/test/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/../test/tools.sh"

step "compose: tools"
ensure_docker_compose
ensure_node_modules
info "$("$DOCKER_COMPOSE" version --short 2>/dev/null || "$DOCKER_COMPOSE" version | head -1)"

step "compose: docker-compose config"
cd "$DEPLOY_ROOT"
RENDER_DIR=$DEPLOY_ROOT/.local/compose-render
mkdir -p "$RENDER_DIR"
# Placeholders for the variables the prod profile reads; no .env file is read from the repo.
export OIDC_AUTHORITY=https://login.example.com/realms/channel-platform
compose=("$DOCKER_COMPOSE" --project-directory "$DEPLOY_ROOT" -f "$DEPLOY_ROOT/docker-compose.yml")
"${compose[@]}" config -q || die "docker-compose config failed"
for profile in dev prod; do
  "${compose[@]}" --profile "$profile" config -q || die "docker-compose --profile $profile config failed"
  info "profile $profile: valid"
done
# Every service, whatever its profile (the checks select a profile's services themselves).
"${compose[@]}" --profile dev --profile prod config >"$RENDER_DIR/compose.yaml"
( unset OIDC_AUTHORITY; "${compose[@]}" --profile dev config -q ) || die "the dev profile must not need OIDC_AUTHORITY"
info "profile dev: valid without OIDC_AUTHORITY"

step "compose: rules"
RENDER_DIR=$RENDER_DIR node --test --test-reporter=spec "$DEPLOY_TEST_DIR/compose.test.mjs"
step "compose: valid"
