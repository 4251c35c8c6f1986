// node --test: the rendered overlays in $RENDER_DIR/{dev,prod}.yaml (deploy/k8s/validate.sh
// renders them) validate against the Kubernetes and operator schemas and keep the platform's
// invariants; and the same checks do fail on broken copies of the prod manifests.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { checkInvariants, idOf, parseManifests, validateSchema, validateSchemas } from "./lib/k8s.mjs";

const renderDir = process.env.RENDER_DIR;
if (!renderDir) throw new Error("RENDER_DIR is not set: run deploy/k8s/validate.sh");
const load = (env) => parseManifests(readFileSync(join(renderDir, `${env}.yaml`), "utf8"));
const report = (errors) => `\n  - ${errors.join("\n  - ")}`;

for (const env of ["dev", "prod"]) {
  describe(`overlay ${env}`, () => {
    const objects = load(env);

    test("renders the platform", () => {
      assert.ok(objects.length > 40, `only ${objects.length} objects`);
    });

    test("every object validates against the Kubernetes API or its operator's CRD schema", async () => {
      const errors = await validateSchemas(objects);
      assert.deepEqual(errors, [], report(errors));
    });

    test("keeps the platform's invariants", () => {
      const errors = checkInvariants(objects, env);
      assert.deepEqual(errors, [], report(errors));
    });

    test("deploy.sh applies every object in exactly one step: infrastructure, then migrations, then workloads", () => {
      const steps = deploySteps();
      const errors = [];
      for (const o of objects) {
        const labels = o.metadata?.labels ?? {};
        const matched = Object.entries(steps).filter(([, sel]) => matchesSelector(sel, labels)).map(([step]) => step);
        if (matched.length !== 1) errors.push(`${idOf(o)} is applied by ${matched.length ? matched.join(" and ") : "no step"}`);
        const expected = o.kind === "Job" ? "MIGRATION" : o.kind === "Deployment" ? "APP" : ["Cluster", "RabbitmqCluster", "Namespace", "ConfigMap", "Secret"].includes(o.kind) ? "INFRA" : null;
        if (expected && matched[0] !== expected) errors.push(`${idOf(o)} is applied by ${matched[0]}, not ${expected}`);
      }
      assert.deepEqual(errors, [], report(errors));
    });
  });
}

/** The label selectors of deploy/k8s/deploy.sh's three steps. */
function deploySteps() {
  const script = readFileSync(new URL("../k8s/deploy.sh", import.meta.url), "utf8");
  const steps = {};
  for (const step of ["INFRA", "MIGRATION", "APP"]) {
    const m = new RegExp(`^${step}_SELECTOR='([^']+)'$`, "m").exec(script);
    assert.ok(m, `deploy.sh defines no ${step}_SELECTOR`);
    steps[step] = m[1];
  }
  return steps;
}

/** kubectl's label selector syntax, as far as deploy.sh uses it: k=v, k!=v, k in (..), k notin (..). */
function matchesSelector(selector, labels) {
  return selector.split(/,(?![^(]*\))/).map((t) => t.trim()).every((term) => {
    let m;
    if ((m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const values = m[3].split(",").map((v) => v.trim());
      const inSet = Object.hasOwn(labels, m[1]) && values.includes(labels[m[1]]);
      return m[2] === "in" ? inSet : !inSet;
    }
    if ((m = /^([^!=\s]+)\s*!=\s*(\S*)$/.exec(term))) return labels[m[1]] !== m[2];
    if ((m = /^([^!=\s]+)\s*==?\s*(\S*)$/.exec(term))) return labels[m[1]] === m[2];
    throw new Error(`selector term not understood: ${term}`);
  });
}

// Each mutation breaks one rule on a copy of the prod manifests; the checks must say so.
describe("the checks fail on broken manifests", () => {
  const pristine = load("prod");
  const copy = () => structuredClone(pristine);
  const find = (objects, kind, name) => {
    const o = objects.find((x) => x.kind === kind && x.metadata?.name === name);
    assert.ok(o, `${kind}/${name} not rendered`);
    return o;
  };
  const configMap = (objects, prefix) => {
    const o = objects.find((x) => x.kind === "ConfigMap" && x.metadata.name.startsWith(`${prefix}-`));
    assert.ok(o, `ConfigMap ${prefix}-* not rendered`);
    return o;
  };
  const invariantCases = [
    ["a container without a readiness probe", /partner container api: no readinessProbe/, (o) => {
      delete find(o, "Deployment", "partner").spec.template.spec.containers[0].readinessProbe;
    }],
    ["a Deployment without a startup probe", /gateway container gateway: no startupProbe/, (o) => {
      delete find(o, "Deployment", "gateway").spec.template.spec.containers[0].startupProbe;
    }],
    ["a migration Job without limits", /Job\/revenue-migrate container migrate: no resources\.limits\.memory/, (o) => {
      delete find(o, "Job", "revenue-migrate").spec.template.spec.containers[0].resources.limits;
    }],
    ["an init container that may write its root filesystem", /container wait: readOnlyRootFilesystem is not true/, (o) => {
      const spec = find(o, "Deployment", "dealreg").spec.template.spec;
      spec.initContainers = [{ name: "wait", image: "busybox:1.36", resources: spec.containers[0].resources,
        securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ["ALL"] } } }];
    }],
    ["a container running as root", /runAsNonRoot is not true/, (o) => {
      const spec = find(o, "Deployment", "enablement").spec.template.spec;
      spec.securityContext.runAsNonRoot = false;
      delete spec.containers[0].securityContext.runAsNonRoot;
    }],
    ["privilege escalation allowed", /allowPrivilegeEscalation is not false/, (o) => {
      find(o, "Deployment", "webhooks").spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = true;
    }],
    ["a Secret with a literal key in prod", /Secret\/oidc-client: holds literal data in prod/, (o) => {
      o.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "oidc-client", namespace: "channel-platform" }, stringData: { key: "hunter2" } });
    }],
    ["dev tokens enabled in prod", /dev tokens enabled in prod/, (o) => {
      configMap(o, "gateway-config").data.Auth__DevTokens__Enabled = "true";
    }],
    ["the dev signing key in prod", /Auth__SigningKey set in prod|dev signing key appears/, (o) => {
      configMap(o, "platform-config").data.Auth__SigningKey = "dev-only-signing-key-for-local-runs-and-tests-NOT-A-SECRET-never-use-in-production";
    }],
    ["Development environment in prod", /ASPNETCORE_ENVIRONMENT is Development, not Production/, (o) => {
      configMap(o, "platform-config").data.ASPNETCORE_ENVIRONMENT = "Development";
    }],
    ["no OIDC authority in prod", /no https Auth__Authority in prod/, (o) => {
      delete configMap(o, "platform-config").data.Auth__Authority;
    }],
    ["a service without a HorizontalPodAutoscaler", /revenue: no HorizontalPodAutoscaler/, (o) => {
      o.splice(o.indexOf(find(o, "HorizontalPodAutoscaler", "revenue")), 1);
    }],
    ["a service without a PodDisruptionBudget", /partner: no PodDisruptionBudget/, (o) => {
      o.splice(o.indexOf(find(o, "PodDisruptionBudget", "partner")), 1);
    }],
    ["a service without its migration Job", /webhooks: no migration Job/, (o) => {
      o.splice(o.indexOf(find(o, "Job", "webhooks-migrate")), 1);
    }],
    ["a service open to every pod", /dealreg accepts traffic from something other than the gateway/, (o) => {
      find(o, "NetworkPolicy", "dealreg").spec.ingress[0].from = [{ podSelector: {} }];
    }],
    ["a database open to another service", /Cluster\/partner-db accepts revenue/, (o) => {
      find(o, "NetworkPolicy", "partner-db").spec.ingress[0].from[0].podSelector = { matchLabels: { "app.kubernetes.io/part-of": "channel-platform" } };
    }],
    ["webhooks allowed into private ranges", /lets webhooks reach 10\.0\.0\.0\/8/, (o) => {
      find(o, "NetworkPolicy", "webhooks-deliveries").spec.egress[0].to[0].ipBlock.except = ["192.168.0.0/16"];
    }],
    ["a second Ingress", /exactly one Ingress/, (o) => {
      const extra = structuredClone(find(o, "Ingress", "gateway"));
      extra.metadata.name = "partner-direct";
      extra.spec.rules[0].http.paths[0].backend.service = { name: "partner", port: { name: "http" } };
      o.push(extra);
    }],
    ["a LoadBalancer Service", /Service\/partner: type LoadBalancer/, (o) => {
      find(o, "Service", "partner").spec.type = "LoadBalancer";
    }],
    ["RabbitMQ with one node", /replicas is 1, not 3/, (o) => {
      find(o, "RabbitmqCluster", "rabbitmq").spec.replicas = 1;
    }],
    ["two services sharing a database in prod", /uses dealreg-db, not its own cluster enablement-db/, (o) => {
      configMap(o, "enablement-config").data.DB_HOST = "dealreg-db-rw";
    }],
    ["classic queues", /Messaging__QueueType is not quorum/, (o) => {
      configMap(o, "platform-config").data.Messaging__QueueType = "classic";
    }],
    ["an image on :latest in prod", /uses :latest/, (o) => {
      find(o, "Deployment", "gateway").spec.template.spec.containers[0].image = "registry.example.com/channel-platform/gateway:latest";
    }],
  ];
  for (const [name, expected, mutate] of invariantCases) {
    test(`invariants catch ${name}`, () => {
      const broken = copy();
      mutate(broken);
      const errors = checkInvariants(broken, "prod");
      assert.ok(errors.some((e) => expected.test(e)), `expected a violation matching ${expected}, got:${report(errors)}`);
    });
  }

  const schemaCases = [
    ["a Deployment with a string replica count", "Deployment", "partner", /replicas must be integer/, (d) => { d.spec.replicas = "two"; }],
    ["a Deployment without a selector", "Deployment", "gateway", /must have required property selector/, (d) => { delete d.spec.selector; }],
    ["a malformed CPU limit", "Job", "partner-migrate", /must match format "quantity"/, (j) => { j.spec.template.spec.containers[0].resources.limits.cpu = "1 core"; }],
    ["a NetworkPolicy with an unknown policy type", "NetworkPolicy", "gateway", /policyTypes\/0 must be equal to one of the allowed values/, (p) => { p.spec.policyTypes[0] = "Inbound"; }],
    ["a CloudNativePG cluster with a string instance count", "Cluster", "partner-db", /instances must be integer/, (c) => { c.spec.instances = "3"; }],
    ["a CloudNativePG cluster without storage size type", "Cluster", "revenue-db", /storage\/size must be string/, (c) => { c.spec.storage.size = 20; }],
    ["a misspelt probe", "Deployment", "partner", /spec\.template\.spec\.containers\[0\]\.readynessProbe: unknown field/, (d) => { d.spec.template.spec.containers[0].readynessProbe = d.spec.template.spec.containers[0].readinessProbe; }],
    ["an unknown field in a NetworkPolicy peer", "NetworkPolicy", "partner", /spec\.ingress\[0\]\.from\[0\]\.podSelectr: unknown field/, (p) => { p.spec.ingress[0].from[0] = { podSelectr: p.spec.ingress[0].from[0].podSelector }; }],
    ["an unknown field in a CloudNativePG cluster", "Cluster", "dealreg-db", /spec\.bootstrap\.initdb\.postInitSQLs: unknown field/, (c) => { c.spec.bootstrap.initdb.postInitSQLs = []; }],
    ["an unknown field in RabbitMQ's resources", "RabbitmqCluster", "rabbitmq", /spec\.resources: limit: unknown field/, (r) => { r.spec.resources.limit = {}; }],
    ["a RabbitmqCluster with an unknown field", "RabbitmqCluster", "rabbitmq", /must NOT have additional properties/, (r) => { r.spec.replica = 3; }],
    ["a RabbitmqCluster with a bad plugin name", "RabbitmqCluster", "rabbitmq", /additionalPlugins\/0 must match pattern/, (r) => { r.spec.rabbitmq.additionalPlugins = ["rabbitmq shovel"]; }],
    ["a RabbitmqCluster with malformed resources", "RabbitmqCluster", "rabbitmq", /spec\.resources.*quantity/, (r) => { r.spec.resources.limits.memory = "two gigs"; }],
  ];
  for (const [name, kind, objName, expected, mutate] of schemaCases) {
    test(`schemas catch ${name}`, async () => {
      const o = structuredClone(find(pristine, kind, objName));
      mutate(o);
      const errors = await validateSchema(o);
      assert.ok(errors.some((e) => expected.test(e)), `${idOf(o)}: expected an error matching ${expected}, got:${report(errors)}`);
    });
  }

  test("schemas refuse an object of a kind they do not know", async () => {
    const errors = await validateSchema({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } });
    assert.ok(errors.some((e) => /no schema/.test(e)), report(errors));
  });
});
