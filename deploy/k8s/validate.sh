#!/usr/bin/env bash
# Validates deploy/k8s without a cluster: renders both overlays with `kubectl kustomize`, then
# (node --test deploy/test/k8s.test.mjs) validates every rendered object against the Kubernetes
# API schemas (npm kubernetes-models), the CloudNativePG Cluster schema (npm
# @kubernetes-models/cloudnative-pg) and the RabbitmqCluster schema (deploy/test/schemas), checks
# the platform's invariants, and proves the checks fail on broken copies of the manifests.
# Installs what it needs on first use (deploy/test/tools.sh); no input; exits non-zero on failure.
#   bash deploy/k8s/validate.sh            renders are kept in .local/k8s-render/
set -euo pipefail
# shellcheck source=deploy/test/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/../test/tools.sh"

step "k8s: tools"
ensure_kubectl
ensure_node_modules
info "kubectl: $KUBECTL ($("$KUBECTL" version --client 2>/dev/null | tr '\n' ' '))"

step "k8s: render overlays"
RENDER_DIR=$DEPLOY_ROOT/.local/k8s-render
mkdir -p "$RENDER_DIR"
for overlay in dev prod; do
  "$KUBECTL" kustomize "$DEPLOY_ROOT/deploy/k8s/overlays/$overlay" >"$RENDER_DIR/$overlay.yaml" \
    || die "kubectl kustomize deploy/k8s/overlays/$overlay failed"
  info "$overlay: $(grep -c '^kind:' "$RENDER_DIR/$overlay.yaml") objects -> ${RENDER_DIR#"$DEPLOY_ROOT"/}/$overlay.yaml"
done

step "k8s: schemas and invariants"
RENDER_DIR=$RENDER_DIR node --test --test-reporter=spec "$DEPLOY_TEST_DIR/k8s.test.mjs"
step "k8s: manifests valid"
