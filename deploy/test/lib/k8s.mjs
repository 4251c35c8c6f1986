// Schema validation and the platform's invariants for rendered Kubernetes manifests
// (`kubectl kustomize deploy/k8s/overlays/<env>`). Every check returns a list of messages; an
// empty list means the manifests pass.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";
import { unknownFields } from "./fields.mjs";

export const SERVICES = ["partner", "dealreg", "enablement", "revenue", "webhooks"];
export const GATEWAY = "gateway";
/** Gateway configuration key per service (Services:<Key>, services/Gateway/.../Routing.cs). */
export const GATEWAY_KEYS = {
  partner: "Partner",
  dealreg: "DealRegistration",
  enablement: "Enablement",
  revenue: "Revenue",
  webhooks: "Webhooks",
};
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8"];
const DEV_KEY_MARKER = "dev-only-signing-key";
const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicaSet", "Pod"]);

export function parseManifests(text) {
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
  return objects;
}

export const idOf = (o) => `${o?.kind}/${o?.metadata?.name}`;

// ---------------------------------------------------------------------------------------------
// Schemas

const here = dirname(fileURLToPath(import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
const validateRabbitmqCluster = ajv.compile(
  JSON.parse(readFileSync(join(here, "..", "schemas", "rabbitmqcluster-v1beta1.schema.json"), "utf8")),
);

function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (!/^[A-Za-z0-9]+$/.test(kind) || !/^[a-z0-9]+$/.test(version) || !/^[a-z0-9.-]*$/.test(group)) return null;
  if (group === "postgresql.cnpg.io") return `@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/${version}/${kind}`;
  return group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

const modelCache = new Map();
async function modelClass(path, kind) {
  if (!modelCache.has(path)) {
    modelCache.set(path, import(path).then((m) => m[kind]).catch(() => undefined));
  }
  return modelCache.get(path);
}

async function validateWith(path, kind, data, where) {
  const Model = await modelClass(path, kind);
  if (!Model) return [`${where}: no schema for ${path}`];
  const errors = [];
  try {
    new Model(data).validate();
  } catch (e) {
    errors.push(`${where}: ${e.message}`);
  }
  // The schemas let unknown fields through; the API server (strict validation) would not.
  const { status: _status, ...desired } = data;
  for (const field of unknownFields(desired, path, kind)) errors.push(`${where}: ${field}`);
  return errors;
}

/** Validates one object against the Kubernetes API schema or its operator's CRD schema. */
export async function validateSchema(object) {
  const where = idOf(object);
  if (typeof object?.apiVersion !== "string" || typeof object?.kind !== "string") {
    return [`${where}: apiVersion and kind are required`];
  }
  if (object.apiVersion === "rabbitmq.com/v1beta1" && object.kind === "RabbitmqCluster") {
    const errors = [];
    if (!validateRabbitmqCluster(object)) {
      errors.push(`${where}: ${ajv.errorsText(validateRabbitmqCluster.errors, { dataVar: "data" })}`);
    }
    const spec = object.spec ?? {};
    if (spec.resources) errors.push(...(await validateWith("kubernetes-models/v1/ResourceRequirements", "ResourceRequirements", spec.resources, `${where} spec.resources`)));
    if (spec.affinity) errors.push(...(await validateWith("kubernetes-models/v1/Affinity", "Affinity", spec.affinity, `${where} spec.affinity`)));
    for (const [i, t] of (Array.isArray(spec.tolerations) ? spec.tolerations : []).entries()) {
      errors.push(...(await validateWith("kubernetes-models/v1/Toleration", "Toleration", t, `${where} spec.tolerations[${i}]`)));
    }
    for (const [i, s] of (Array.isArray(spec.imagePullSecrets) ? spec.imagePullSecrets : []).entries()) {
      errors.push(...(await validateWith("kubernetes-models/v1/LocalObjectReference", "LocalObjectReference", s, `${where} spec.imagePullSecrets[${i}]`)));
    }
    return errors;
  }
  const path = modulePath(object.apiVersion, object.kind);
  if (!path) return [`${where}: unexpected apiVersion ${object.apiVersion}`];
  if (object.apiVersion === "v1" && object.kind === "Secret" && object.data) {
    // kustomize wraps long base64 values; the API server's decoder ignores line breaks.
    const data = Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, typeof v === "string" ? v.replace(/[\r\n]/g, "") : v]));
    return validateWith(path, object.kind, { ...object, data }, where);
  }
  return validateWith(path, object.kind, object, where);
}

export async function validateSchemas(objects) {
  const errors = [];
  for (const o of objects) errors.push(...(await validateSchema(o)));
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Helpers

export function selects(selector, labels = {}) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const value = labels[e.key];
    if (e.operator === "In" && !(has && e.values.includes(value))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(value)) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

function podTemplateOf(o) {
  if (o.kind === "Pod") return { metadata: o.metadata, spec: o.spec };
  if (o.kind === "CronJob") return o.spec?.jobTemplate?.spec?.template;
  return o.spec?.template;
}

const decode = (v) => Buffer.from(String(v), "base64").toString("utf8");

/**
 * The environment a container sees: envFrom ConfigMaps/Secrets found in the render, then env.
 * Values from secretKeyRef/fieldRef are marked as references, not resolved.
 */
export function effectiveEnv(container, byKindName, problems = []) {
  const env = new Map();
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? "";
    if (from.configMapRef) {
      const cm = byKindName.get(`ConfigMap/${from.configMapRef.name}`);
      if (!cm) { problems.push(`envFrom refers to ConfigMap ${from.configMapRef.name}, which is not rendered`); continue; }
      for (const [k, v] of Object.entries(cm.data ?? {})) env.set(prefix + k, { value: String(v), source: `ConfigMap/${cm.metadata.name}` });
    }
    if (from.secretRef) {
      const secret = byKindName.get(`Secret/${from.secretRef.name}`);
      if (!secret) { problems.push(`envFrom refers to Secret ${from.secretRef.name}, which is not rendered`); continue; }
      for (const [k, v] of Object.entries(secret.data ?? {})) env.set(prefix + k, { value: decode(v), source: `Secret/${secret.metadata.name}` });
      for (const [k, v] of Object.entries(secret.stringData ?? {})) env.set(prefix + k, { value: String(v), source: `Secret/${secret.metadata.name}` });
    }
  }
  for (const e of container.env ?? []) {
    if (e.valueFrom) env.set(e.name, { ref: e.valueFrom });
    else env.set(e.name, { value: String(e.value ?? "") });
  }
  return env;
}

const envValue = (env, name) => env.get(name)?.value;

function cidrsExcepted(peer) {
  return new Set(peer?.ipBlock?.except ?? []);
}

// ---------------------------------------------------------------------------------------------
// Invariants

/**
 * The platform's rules for a rendered overlay. env is "dev" or "prod".
 * Returns a list of violations (empty = pass).
 */
export function checkInvariants(objects, env) {
  const errors = [];
  const fail = (msg) => errors.push(msg);
  const prod = env === "prod";
  const byKindName = new Map(objects.map((o) => [idOf(o), o]));
  const ofKind = (kind) => objects.filter((o) => o.kind === kind);
  const get = (kind, name) => byKindName.get(`${kind}/${name}`);

  // --- one namespace, created by the overlay
  const namespaces = ofKind("Namespace");
  if (namespaces.length !== 1) fail(`expected exactly one Namespace, found ${namespaces.length}`);
  const ns = namespaces[0]?.metadata?.name;
  for (const o of objects) {
    if (o.kind !== "Namespace" && o.metadata?.namespace !== ns) fail(`${idOf(o)}: namespace ${o.metadata?.namespace} is not ${ns}`);
  }

  // --- operator-generated Secrets (may be referenced without being rendered)
  const cnpgClusters = ofKind("Cluster").filter((c) => c.apiVersion?.startsWith("postgresql.cnpg.io/"));
  const rabbits = ofKind("RabbitmqCluster");
  const generatedSecrets = new Set([
    ...cnpgClusters.map((c) => `${c.metadata.name}-app`),
    ...rabbits.map((r) => `${r.metadata.name}-default-user`),
  ]);

  // --- every workload: limits, probes, non-root, read-only root, no escalation
  const workloads = objects.filter((o) => WORKLOAD_KINDS.has(o.kind));
  for (const w of workloads) {
    const tpl = podTemplateOf(w);
    const spec = tpl?.spec ?? {};
    const where = idOf(w);
    if (spec.hostNetwork || spec.hostPID || spec.hostIPC) fail(`${where}: uses the host's network/PID/IPC namespace`);
    if (spec.automountServiceAccountToken !== false) fail(`${where}: automountServiceAccountToken must be false`);
    const podNonRoot = spec.securityContext?.runAsNonRoot === true;
    const all = [
      ...(spec.initContainers ?? []).map((c) => ({ c, init: true })),
      ...(spec.containers ?? []).map((c) => ({ c, init: false })),
    ];
    if (!all.length) fail(`${where}: no containers`);
    for (const { c, init } of all) {
      const at = `${where} container ${c.name}`;
      const r = c.resources ?? {};
      for (const kind of ["requests", "limits"]) {
        for (const res of ["cpu", "memory"]) if (r[kind]?.[res] === undefined) fail(`${at}: no resources.${kind}.${res}`);
      }
      const sc = c.securityContext ?? {};
      if (!(sc.runAsNonRoot === true || (podNonRoot && sc.runAsNonRoot !== false))) fail(`${at}: runAsNonRoot is not true`);
      if (sc.runAsUser === 0 || spec.securityContext?.runAsUser === 0) fail(`${at}: runs as UID 0`);
      if (sc.readOnlyRootFilesystem !== true) fail(`${at}: readOnlyRootFilesystem is not true`);
      if (sc.allowPrivilegeEscalation !== false) fail(`${at}: allowPrivilegeEscalation is not false`);
      if (sc.privileged) fail(`${at}: privileged`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(`${at}: capabilities.drop does not include ALL`);
      if ((c.ports ?? []).some((p) => p.hostPort)) fail(`${at}: hostPort`);
      const image = String(c.image ?? "");
      const tagged = /@sha256:[0-9a-f]{64}$/.test(image) || /:[^/:]+$/.test(image);
      if (!tagged) fail(`${at}: image ${image} has no tag`);
      if (prod && /:latest$/.test(image)) fail(`${at}: image ${image} uses :latest`);
      // Long-running containers of Deployments/StatefulSets/DaemonSets: all three probes.
      if (!init && ["Deployment", "StatefulSet", "DaemonSet"].includes(w.kind)) {
        for (const p of ["livenessProbe", "readinessProbe", "startupProbe"]) if (!c[p]) fail(`${at}: no ${p}`);
        if (c.livenessProbe?.httpGet?.path !== "/health/live") fail(`${at}: livenessProbe is not GET /health/live`);
        if (c.readinessProbe?.httpGet?.path !== "/health/ready") fail(`${at}: readinessProbe is not GET /health/ready`);
        if (c.startupProbe && c.startupProbe.httpGet?.path !== "/health/live") fail(`${at}: startupProbe is not GET /health/live`);
      }
    }
  }

  // --- the platform's workloads, one by one
  const deployments = new Map(ofKind("Deployment").map((d) => [d.metadata.name, d]));
  const podLabels = (name) => podTemplateOf(deployments.get(name) ?? {})?.metadata?.labels ?? {};
  const jobs = ofKind("Job");
  const hpas = ofKind("HorizontalPodAutoscaler");
  const pdbs = ofKind("PodDisruptionBudget");
  const services = ofKind("Service");
  const policies = ofKind("NetworkPolicy");
  const ingressPoliciesFor = (labels) =>
    policies.filter((p) => selects(p.spec?.podSelector, labels) && (p.spec?.policyTypes ?? ["Ingress"]).includes("Ingress"));
  const egressPoliciesFor = (labels) =>
    policies.filter((p) => selects(p.spec?.podSelector, labels) && (p.spec?.policyTypes ?? []).includes("Egress"));
  const gatewayLabels = podLabels(GATEWAY);

  const appContainers = []; // { where, env, role: "api"|"gateway"|"migration", service }
  for (const name of [...SERVICES, GATEWAY]) {
    const d = deployments.get(name);
    if (!d) { fail(`${name}: no Deployment`); continue; }
    const labels = podLabels(name);
    if (d.spec?.replicas !== undefined) fail(`Deployment/${name}: sets replicas although its HorizontalPodAutoscaler owns the count`);
    if (d.spec?.strategy?.rollingUpdate?.maxUnavailable !== 0) fail(`Deployment/${name}: rolling update may take serving pods away (maxUnavailable is not 0)`);

    const svc = services.find((s) => s.metadata.name === name);
    if (!svc) fail(`${name}: no Service`);
    else {
      if (!selects({ matchLabels: svc.spec?.selector }, labels)) fail(`Service/${name}: does not select the Deployment's pods`);
      if (svc.spec?.type && svc.spec.type !== "ClusterIP") fail(`Service/${name}: type ${svc.spec.type} (only the Ingress is public)`);
    }
    const hpa = hpas.find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === name);
    if (!hpa) fail(`${name}: no HorizontalPodAutoscaler`);
    else if (prod && !(hpa.spec.minReplicas >= 2)) fail(`HorizontalPodAutoscaler/${hpa.metadata.name}: minReplicas below 2 in prod`);
    if (!pdbs.some((p) => selects(p.spec?.selector, labels))) fail(`${name}: no PodDisruptionBudget selects its pods`);

    const inPolicies = ingressPoliciesFor(labels);
    if (!inPolicies.length) fail(`${name}: no NetworkPolicy limits ingress to its pods`);
    for (const p of inPolicies) {
      for (const rule of p.spec?.ingress ?? []) {
        if (!rule.from?.length) { fail(`NetworkPolicy/${p.metadata.name}: an ingress rule without 'from' lets anyone reach ${name}`); continue; }
        for (const peer of rule.from) {
          if (name === GATEWAY) {
            if (!peer.namespaceSelector || peer.ipBlock) fail(`NetworkPolicy/${p.metadata.name}: the gateway accepts a peer other than the ingress controller's namespace`);
          } else if (peer.ipBlock || peer.namespaceSelector || !selects(peer.podSelector, gatewayLabels) || tooBroad(peer.podSelector, GATEWAY)) {
            fail(`NetworkPolicy/${p.metadata.name}: ${name} accepts traffic from something other than the gateway`);
          }
        }
      }
    }

    const role = name === GATEWAY ? "gateway" : "api";
    for (const c of podTemplateOf(d).spec.containers ?? []) {
      const problems = [];
      appContainers.push({ where: `Deployment/${name} container ${c.name}`, env: effectiveEnv(c, byKindName, problems), role, service: name });
      problems.forEach((m) => fail(`Deployment/${name}: ${m}`));
    }

    if (name !== GATEWAY) {
      const job = jobs.find((j) => j.metadata.name === `${name}-migrate`);
      if (!job) { fail(`${name}: no migration Job ${name}-migrate`); continue; }
      const jc = job.spec?.template?.spec?.containers ?? [];
      const dImage = podTemplateOf(d).spec.containers?.[0]?.image;
      if (jc.length !== 1 || JSON.stringify(jc[0].args) !== JSON.stringify(["migrate"])) fail(`Job/${name}-migrate: must run one container with args [migrate]`);
      if (jc[0] && jc[0].image !== dImage) fail(`Job/${name}-migrate: image ${jc[0].image} differs from the Deployment's ${dImage}`);
      if (!["Never", "OnFailure"].includes(job.spec?.template?.spec?.restartPolicy)) fail(`Job/${name}-migrate: restartPolicy must be Never or OnFailure`);
      const jobLabels = job.spec?.template?.metadata?.labels ?? {};
      if (svc && selects({ matchLabels: svc.spec?.selector }, jobLabels)) fail(`Service/${name}: selects the migration Job's pods too`);
      if (pdbs.some((p) => selects(p.spec?.selector, jobLabels))) fail(`Job/${name}-migrate: a PodDisruptionBudget selects its pods`);
      for (const c of jc) {
        const problems = [];
        appContainers.push({ where: `Job/${name}-migrate container ${c.name}`, env: effectiveEnv(c, byKindName, problems), role: "migration", service: name });
        problems.forEach((m) => fail(`Job/${name}-migrate: ${m}`));
      }
    }
  }

  // --- the Ingress: only one, to the gateway
  const ingresses = ofKind("Ingress");
  if (ingresses.length !== 1) fail(`expected exactly one Ingress (the gateway's), found ${ingresses.length}`);
  for (const ing of ingresses) {
    const backends = [ing.spec?.defaultBackend, ...(ing.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))].filter(Boolean);
    if (!backends.length) fail(`Ingress/${ing.metadata.name}: no backend`);
    for (const b of backends) if (b.service?.name !== GATEWAY) fail(`Ingress/${ing.metadata.name}: routes to ${b.service?.name ?? "a resource"}, not the gateway`);
    if (prod && !(ing.spec?.tls ?? []).length) fail(`Ingress/${ing.metadata.name}: no TLS in prod`);
  }
  for (const s of services) if (["LoadBalancer", "NodePort"].includes(s.spec?.type)) fail(`Service/${s.metadata.name}: type ${s.spec.type} bypasses the Ingress`);

  // --- configuration: environment, auth, dev tokens, migrations, queues
  const expectedEnvironment = prod ? "Production" : "Development";
  for (const { where, env: e, role, service } of appContainers) {
    if (envValue(e, "ASPNETCORE_ENVIRONMENT") !== expectedEnvironment) fail(`${where}: ASPNETCORE_ENVIRONMENT is ${envValue(e, "ASPNETCORE_ENVIRONMENT")}, not ${expectedEnvironment}`);
    if (envValue(e, "Database__MigrateOnStartup") !== "false") fail(`${where}: Database__MigrateOnStartup is not false (migrations are the Job's)`);
    const devTokens = envValue(e, "Auth__DevTokens__Enabled");
    if (prod) {
      if (e.has("Auth__DevTokens__Enabled") && String(devTokens).toLowerCase() !== "false") fail(`${where}: dev tokens enabled in prod (Auth__DevTokens__Enabled=${devTokens})`);
      if (e.has("Auth__SigningKey")) fail(`${where}: Auth__SigningKey set in prod (only the OIDC authority's keys may validate)`);
      if (role !== "migration" && !/^https:\/\/[^/\s]+/.test(envValue(e, "Auth__Authority") ?? "")) fail(`${where}: no https Auth__Authority in prod`);
    } else if (role === "gateway" && devTokens !== "true") {
      fail(`${where}: dev tokens are not enabled in dev`);
    }
    if (role !== "gateway") {
      if (envValue(e, "Messaging__QueueType") !== "quorum") fail(`${where}: Messaging__QueueType is not quorum`);
      for (const k of ["ConnectionStrings__Service", "ConnectionStrings__RabbitMq"]) if (!e.has(k)) fail(`${where}: ${k} is not set`);
      // The database it points at is this service's.
      const host = envValue(e, "DB_HOST");
      const cluster = cnpgClusters.find((c) => host === `${c.metadata.name}-rw`);
      if (!cluster) fail(`${where}: DB_HOST ${host} is no CloudNativePG cluster's -rw Service`);
      if (prod && cluster && cluster.metadata.name !== `${service}-db`) fail(`${where}: uses ${cluster.metadata.name}, not its own cluster ${service}-db`);
    } else {
      for (const s of SERVICES) {
        const v = envValue(e, `Services__${GATEWAY_KEYS[s]}`);
        if (v !== `http://${s}`) fail(`${where}: Services__${GATEWAY_KEYS[s]} is ${v}, not http://${s}`);
      }
    }
    // Secret references: rendered, or generated by an operator.
    for (const [name, v] of e) {
      const ref = v.ref?.secretKeyRef;
      if (ref && !byKindName.has(`Secret/${ref.name}`) && !generatedSecrets.has(ref.name)) fail(`${where}: ${name} reads Secret ${ref.name}, which is neither rendered nor generated by an operator`);
      if (prod && v.source?.startsWith("Secret/")) fail(`${where}: ${name} comes from a Secret defined in the repository (${v.source})`);
    }
  }

  // --- Secrets: none with literal data in prod; the dev key never in prod
  for (const s of ofKind("Secret")) {
    const hasData = Object.keys(s.data ?? {}).length || Object.keys(s.stringData ?? {}).length;
    if (prod && hasData) fail(`Secret/${s.metadata.name}: holds literal data in prod`);
  }
  if (prod && JSON.stringify(objects).includes(DEV_KEY_MARKER)) fail("the dev signing key appears in the prod manifests");

  // --- the default deny for platform pods
  for (const name of [...SERVICES, GATEWAY]) {
    const labels = podLabels(name);
    const denyAll = policies.some((p) => selects(p.spec?.podSelector, labels) && ["Ingress", "Egress"].every((t) => (p.spec?.policyTypes ?? []).includes(t)) && !p.spec.ingress && !p.spec.egress);
    if (deployments.has(name) && !denyAll) fail(`${name}: no default-deny NetworkPolicy (Ingress and Egress) selects its pods`);
  }

  // --- webhooks: HTTPS to the internet, never to private ranges
  const webhookPolicies = egressPoliciesFor(podLabels("webhooks"));
  const internet = webhookPolicies.flatMap((p) => p.spec.egress ?? []).filter((r) =>
    (r.to ?? []).some((peer) => peer.ipBlock?.cidr === "0.0.0.0/0") && (r.ports ?? []).some((pt) => pt.port === 443));
  if (!internet.length) fail("webhooks: no egress rule to the internet on 443");
  for (const p of webhookPolicies) {
    for (const rule of p.spec.egress ?? []) {
      if (!rule.to?.length) fail(`NetworkPolicy/${p.metadata.name}: an egress rule without 'to' lets webhooks reach anything`);
      for (const peer of rule.to ?? []) {
        if (!peer.ipBlock) continue;
        const except = cidrsExcepted(peer);
        const missing = PRIVATE_RANGES.filter((r) => !except.has(r));
        if (missing.length) fail(`NetworkPolicy/${p.metadata.name}: ipBlock ${peer.ipBlock.cidr} lets webhooks reach ${missing.join(", ")}`);
      }
    }
  }

  // --- RabbitMQ: one 3-node cluster, reachable from the services only
  if (rabbits.length !== 1) fail(`expected one RabbitmqCluster, found ${rabbits.length}`);
  for (const r of rabbits) {
    if (r.spec?.replicas !== 3) fail(`RabbitmqCluster/${r.metadata.name}: replicas is ${r.spec?.replicas}, not 3`);
    checkDatastorePolicy(policies, { "app.kubernetes.io/name": r.metadata.name, "app.kubernetes.io/component": "rabbitmq" }, 5672, SERVICES, `RabbitmqCluster/${r.metadata.name}`, fail);
  }

  // --- PostgreSQL: one cluster per service in prod, one shared in dev
  if (prod) {
    if (cnpgClusters.length !== SERVICES.length) fail(`expected ${SERVICES.length} CloudNativePG clusters in prod, found ${cnpgClusters.length}`);
    for (const s of SERVICES) {
      const c = cnpgClusters.find((x) => x.metadata.name === `${s}-db`);
      if (!c) { fail(`${s}: no CloudNativePG cluster ${s}-db`); continue; }
      const initdb = c.spec?.bootstrap?.initdb ?? {};
      if (initdb.owner !== `${s}_svc` || initdb.database !== s) fail(`Cluster/${s}-db: initdb must create database ${s} owned by ${s}_svc`);
      if (!(c.spec?.instances >= 2)) fail(`Cluster/${s}-db: fewer than 2 instances in prod`);
      checkDatastorePolicy(policies, { "cnpg.io/cluster": c.metadata.name }, 5432, [s], `Cluster/${s}-db`, fail);
    }
  } else {
    if (cnpgClusters.length !== 1) fail(`expected one shared CloudNativePG cluster in dev, found ${cnpgClusters.length}`);
    for (const c of cnpgClusters) {
      const roles = c.spec?.managed?.roles ?? [];
      for (const s of SERVICES) {
        const role = roles.find((r) => r.name === `${s}_svc`);
        if (!role || role.login !== true) { fail(`Cluster/${c.metadata.name}: no managed login role ${s}_svc`); continue; }
        const secret = get("Secret", role.passwordSecret?.name);
        if (!secret || decode(secret.data?.username ?? "") !== `${s}_svc`) fail(`Cluster/${c.metadata.name}: role ${s}_svc's passwordSecret is not a rendered Secret for that user`);
      }
      checkDatastorePolicy(policies, { "cnpg.io/cluster": c.metadata.name }, 5432, SERVICES, `Cluster/${c.metadata.name}`, fail);
    }
  }
  const sql = cnpgClusters.flatMap((c) => c.spec?.bootstrap?.initdb?.postInitApplicationSQL ?? []).join("\n");
  if (!/CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA dealreg/.test(sql)) fail("no cluster creates pg_trgm in schema dealreg");

  return errors;
}

/** A pod selector that also matches a pod other than `only`'s: an unlabeled pod or another platform workload. */
function tooBroad(selector, only) {
  if (selects(selector, {})) return true;
  return [...SERVICES, GATEWAY].filter((s) => s !== only).some((s) =>
    ["api", "gateway", "migration"].some((component) =>
      selects(selector, { "app.kubernetes.io/name": s, "app.kubernetes.io/component": component, "app.kubernetes.io/part-of": "channel-platform" })));
}

/** Ingress to a datastore's pods on `port` only from `allowed` services' pods (other rules: its peers, operators). */
function checkDatastorePolicy(policies, storeLabels, port, allowed, where, fail) {
  const applying = policies.filter((p) => selects(p.spec?.podSelector, storeLabels) && (p.spec?.policyTypes ?? ["Ingress"]).includes("Ingress"));
  if (!applying.length) { fail(`${where}: no NetworkPolicy limits ingress`); return; }
  const platformPod = (name, component) => ({ "app.kubernetes.io/name": name, "app.kubernetes.io/component": component, "app.kubernetes.io/part-of": "channel-platform" });
  for (const p of applying) {
    for (const rule of p.spec.ingress ?? []) {
      if (!rule.from?.length) { fail(`NetworkPolicy/${p.metadata.name}: an ingress rule without 'from' opens ${where} to anyone`); continue; }
      const coversPort = !rule.ports?.length || rule.ports.some((pt) => pt.port === port);
      for (const peer of rule.from) {
        if (peer.ipBlock) fail(`NetworkPolicy/${p.metadata.name}: ${where} accepts an ipBlock`);
        if (!coversPort || peer.namespaceSelector) continue; // operators (other namespace) and other ports
        if (selects(peer.podSelector, storeLabels)) continue; // its own peers (replication, clustering)
        for (const other of [...SERVICES, GATEWAY].filter((s) => !allowed.includes(s))) {
          for (const component of ["api", "gateway", "migration"]) {
            if (selects(peer.podSelector, platformPod(other, component))) fail(`NetworkPolicy/${p.metadata.name}: ${where} accepts ${other} (${component}) on ${port}`);
          }
        }
        if (!peer.podSelector || !Object.keys(peer.podSelector).length || (!peer.podSelector.matchLabels && !peer.podSelector.matchExpressions)) {
          fail(`NetworkPolicy/${p.metadata.name}: ${where} accepts every pod of the namespace on ${port}`);
        }
      }
    }
  }
  for (const s of allowed) {
    const reachable = applying.some((p) => (p.spec.ingress ?? []).some((rule) =>
      (!rule.ports?.length || rule.ports.some((pt) => pt.port === port)) && (rule.from ?? []).some((peer) => !peer.namespaceSelector && selects(peer.podSelector, platformPod(s, "api")))));
    if (!reachable) fail(`${where}: ${s} cannot reach it on ${port}`);
  }
}
