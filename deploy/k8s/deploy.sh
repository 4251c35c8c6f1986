#!/usr/bin/env bash
# Deploys an overlay to the cluster of kubectl's current context, schema migrations first:
#   deploy/k8s/deploy.sh dev|prod
# 1. everything but the workloads: namespace, configuration, network policies, autoscalers,
#    disruption budgets, the Ingress and the PostgreSQL and RabbitMQ clusters; waits for the
#    clusters to be ready;
# 2. the migration Jobs (the previous deploy's are deleted first: a Job's pod template is
#    immutable); waits until every one has succeeded, and stops with its log if one fails;
# 3. the Deployments and their Services; waits for each rollout. Pods of the old version keep
#    serving until new ones are ready (maxUnavailable: 0).
# Needs the CloudNativePG and RabbitMQ Cluster operators installed (README.md). KUBECTL=... to use
# another kubectl; TIMEOUT=seconds per wait (default 900).
set -euo pipefail
overlay=${1:-}
[[ $overlay == dev || $overlay == prod ]] || { echo "usage: deploy/k8s/deploy.sh dev|prod" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
KUBECTL=${KUBECTL:-kubectl}
TIMEOUT=${TIMEOUT:-900}

# The three steps select by label (deploy/test/k8s.test.mjs checks they cover every object once).
INFRA_SELECTOR='app.kubernetes.io/component notin (api,gateway,migration)'
MIGRATION_SELECTOR='app.kubernetes.io/component=migration'
APP_SELECTOR='app.kubernetes.io/component in (api,gateway)'

manifest=$(mktemp)
trap 'rm -f "$manifest"' EXIT
"$KUBECTL" kustomize "$HERE/overlays/$overlay" >"$manifest"
ns=$(awk '$1 == "namespace:" { print $2; exit }' "$HERE/overlays/$overlay/kustomization.yaml")
[[ -n $ns ]] || { echo "no namespace in overlays/$overlay/kustomization.yaml" >&2; exit 1; }
k() { "$KUBECTL" -n "$ns" "$@"; }

echo "==> 1/3 infrastructure and configuration ($ns)"
"$KUBECTL" apply -f "$manifest" -l "$INFRA_SELECTOR"
k wait --for=condition=Ready clusters.postgresql.cnpg.io --all --timeout="${TIMEOUT}s"
k wait --for=condition=AllReplicasReady rabbitmqclusters.rabbitmq.com --all --timeout="${TIMEOUT}s"

echo "==> 2/3 schema migrations"
k delete job -l "$MIGRATION_SELECTOR" --ignore-not-found --wait=true
"$KUBECTL" apply -f "$manifest" -l "$MIGRATION_SELECTOR"
mapfile -t jobs < <(k get job -l "$MIGRATION_SELECTOR" -o name)
deadline=$((SECONDS + TIMEOUT))
for job in "${jobs[@]}"; do
  until [[ $(k get "$job" -o 'jsonpath={.status.succeeded}') == 1 ]]; do
    if [[ $(k get "$job" -o 'jsonpath={.status.conditions[?(@.type=="Failed")].status}') == True ]] || (( SECONDS > deadline )); then
      k logs "$job" --tail=50 >&2 || true
      echo "ERROR: $job did not succeed: nothing new was rolled out" >&2
      exit 1
    fi
    sleep 5
  done
  echo "    $job succeeded"
done

echo "==> 3/3 services and gateway"
"$KUBECTL" apply -f "$manifest" -l "$APP_SELECTOR"
for d in $(k get deployment -l "$APP_SELECTOR" -o name); do
  k rollout status "$d" --timeout="${TIMEOUT}s"
done
echo "==> deployed $overlay to namespace $ns"
