#!/usr/bin/env bash
# The OpenAPI documents as an integrator meets them, checked with tools nobody here wrote:
#   1. writes every document the platform serves (the gateway's and the five services') to .local/openapi/<name>.json
#      with tools/ChannelPlatform.OpenApiExport: each service in-process without its hosted services, so no
#      PostgreSQL, RabbitMQ or running platform is needed;
#   2. lints them with Redocly's recommended rules (deploy/api/redocly.yaml): any error fails, warnings are listed;
#   3. generates a TypeScript client from each (openapi-typescript) and compiles deploy/api/client/scenario.ts
#      (create a partner, register a deal, read it, approve it with If-Match; openapi-fetch) with `tsc --strict`.
#
#   bash deploy/api/lint.sh [--no-build]     --no-build: the solution is already built in Release (as in test.sh)
#
# Needs the .NET SDK and Node 20.19+ (nodejs and npm from Debian's packages when missing, as root). Node modules:
# deploy/api/package-lock.json, `npm ci` into the deploy-tools cache (deploy/test/tools.sh), never into the repo.
# Generated client and the compiled scenario: .local/openapi/client/. Exit status 0 only if all three steps pass.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../test/tools.sh"

API_DIR=$DEPLOY_ROOT/deploy/api
OUT=$DEPLOY_ROOT/.local/openapi
EXPORTER=$DEPLOY_ROOT/tools/ChannelPlatform.OpenApiExport
DOCUMENTS=(gateway partner dealregistration enablement revenue webhooks)
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

build=1
[[ ${1:-} == --no-build ]] && build=0

# ensure_api_node_modules: API_NODE_MODULES -> the cache's node_modules for deploy/api/package-lock.json.
ensure_api_node_modules() {
  ensure_node
  local hash dir
  hash=$(cat "$API_DIR/package.json" "$API_DIR/package-lock.json" | sha256sum | cut -c1-16)
  dir=$DEPLOY_TOOLS/api-node-$hash
  if [[ ! -f $dir/node_modules/.installed ]]; then
    info "npm ci (deploy/api/package-lock.json) into $dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$API_DIR/package.json" "$API_DIR/package-lock.json" "$dir/"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
    touch "$dir/node_modules/.installed"
  fi
  API_NODE_MODULES=$dir/node_modules
}

step "OpenAPI documents -> ${OUT#"$DEPLOY_ROOT"/}/"
if (( build )); then
  log=$(mktemp)
  if ! dotnet build "$EXPORTER" -c Release -nologo -v quiet -nodeReuse:false >"$log" 2>&1; then
    grep -E 'error|Error' "$log" | sort -u | tail -n 30 >&2 || true
    rm -f "$log"
    die "build of ${EXPORTER#"$DEPLOY_ROOT"/} failed"
  fi
  rm -f "$log"
fi
rm -rf "$OUT"
mkdir -p "$OUT"
dotnet "$EXPORTER/bin/Release/net10.0/ChannelPlatform.OpenApiExport.dll" "$OUT" || die "exporting the documents failed"

ensure_api_node_modules
bin=$API_NODE_MODULES/.bin
files=()
for doc in "${DOCUMENTS[@]}"; do files+=("$OUT/$doc.json"); done

step "redocly lint (recommended rules): errors fail, warnings are listed"
lint_rc=0
(cd "$OUT" && "$bin/redocly" lint --config "$API_DIR/redocly.yaml" --format summary "${DOCUMENTS[@]/%/.json}") \
  || lint_rc=$?
if (( lint_rc != 0 )); then
  (cd "$OUT" && "$bin/redocly" lint --config "$API_DIR/redocly.yaml" --format stylish "${DOCUMENTS[@]/%/.json}") || true
fi

step "openapi-typescript: a client per document; tsc --strict on deploy/api/client/scenario.ts"
client=$OUT/client
mkdir -p "$client/generated"
for doc in "${DOCUMENTS[@]}"; do
  "$bin/openapi-typescript" "$OUT/$doc.json" --output "$client/generated/$doc.ts" --silent \
    || die "openapi-typescript failed on $doc.json"
done
cp "$API_DIR/client/scenario.ts" "$API_DIR/client/tsconfig.json" "$client/"
ln -sfn "$API_NODE_MODULES" "$client/node_modules"
tsc_rc=0
"$bin/tsc" --project "$client/tsconfig.json" --strict || tsc_rc=$?

step "summary"
status=0
if (( lint_rc == 0 )); then info "redocly: no errors in ${#DOCUMENTS[@]} documents"; else info "redocly: ERRORS (above)"; status=1; fi
if (( tsc_rc == 0 )); then info "client: the scenario compiles with tsc --strict"; else info "client: tsc FAILED (above)"; status=1; fi
exit "$status"
