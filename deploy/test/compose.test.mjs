// node --test: docker-compose.yml as `docker-compose config` prints it ($RENDER_DIR/compose.yaml,
// rendered by deploy/docker/validate-compose.sh) and deploy/docker/Dockerfile keep their rules;
// and the same checks fail on broken copies.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { checkCompose, checkDockerfile } from "./lib/compose.mjs";

const renderDir = process.env.RENDER_DIR;
if (!renderDir) throw new Error("RENDER_DIR is not set: run deploy/docker/validate-compose.sh");
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const config = parse(readFileSync(join(renderDir, "compose.yaml"), "utf8"));
const initSql = readFileSync(join(root, "deploy", "docker", "init-db.sql"), "utf8");
const dockerfile = readFileSync(join(root, "deploy", "docker", "Dockerfile"), "utf8");
const report = (errors) => `\n  - ${errors.join("\n  - ")}`;

describe("docker-compose.yml", () => {
  test("keeps its rules", () => {
    const errors = checkCompose(config, initSql);
    assert.deepEqual(errors, [], report(errors));
  });

  const cases = [
    ["the dev key outside the dev profile", /partner \(profile prod\)|partner: carries the dev signing key/, (c) => {
      c.services.partner.environment.Auth__SigningKey = "dev-only-signing-key-for-local-runs-and-tests-NOT-A-SECRET-never-use-in-production";
    }],
    ["dev tokens on the prod gateway", /gateway: enables dev tokens outside the dev profile/, (c) => {
      c.services.gateway.environment.Auth__DevTokens__Enabled = "true";
    }],
    ["a gateway in both profiles", /gateway-dev: carries the dev signing key outside the dev profile/, (c) => {
      c.services["gateway-dev"].profiles = ["dev", "prod"];
    }],
    ["a published RabbitMQ port", /rabbitmq: publishes/, (c) => {
      c.services.rabbitmq.ports = [{ published: 5672, target: 5672 }];
    }],
    ["a service that starts before its migration", /revenue \(profile prod\): does not wait for migrate-revenue/, (c) => {
      delete c.services.revenue.depends_on["migrate-revenue"];
    }],
    ["a gateway that starts before a service is healthy", /gateway-dev \(profile dev\): does not wait for webhooks-dev/, (c) => {
      c.services["gateway-dev"].depends_on["webhooks-dev"] = { condition: "service_started" };
    }],
    ["two services sharing a role", /enablement-dev \(profile dev\): connects as partner_svc/, (c) => {
      c.services["enablement-dev"].environment.ConnectionStrings__Service = "Host=postgres;Database=channel_platform;Username=partner_svc;Password=partner_svc";
    }],
    ["a service without a healthcheck", /dealreg \(profile prod\): no healthcheck/, (c) => {
      c.services.dealreg.healthcheck = { disable: true };
    }],
    ["no OIDC authority in prod", /webhooks \(profile prod\): no https Auth__Authority/, (c) => {
      delete c.services.webhooks.environment.Auth__Authority;
    }],
  ];
  for (const [name, expected, mutate] of cases) {
    test(`catches ${name}`, () => {
      const broken = structuredClone(config);
      mutate(broken);
      const errors = checkCompose(broken, initSql);
      assert.ok(errors.some((e) => expected.test(e)), `expected ${expected}, got:${report(errors)}`);
    });
  }
  test("catches a role init-db.sql does not create", () => {
    const errors = checkCompose(config, initSql.replace(/CREATE ROLE webhooks_svc LOGIN/, "-- no webhooks role"));
    assert.ok(errors.some((e) => /does not create role webhooks_svc/.test(e)), report(errors));
  });
});

describe("deploy/docker/Dockerfile", () => {
  test("keeps its rules", () => {
    const errors = checkDockerfile(dockerfile);
    assert.deepEqual(errors, [], report(errors));
  });
  const cases = [
    ["a root final stage", /runs as root/, (t) => t.replace(/^USER .*$/m, "USER root")],
    ["no HEALTHCHECK", /no HEALTHCHECK/, (t) => t.replace(/^HEALTHCHECK[^]*?\|\| exit 1\n/m, "")],
    ["a HEALTHCHECK tool the image lacks", /does not install/, (t) => t.replace(/install -y --no-install-recommends curl/, "install -y --no-install-recommends ca-certificates")],
    ["sources copied before restore", /sources are copied before dotnet restore/, (t) => t.replace('COPY --from=restore-inputs /src/ ./\n', "COPY . .\n")],
    ["an ENTRYPOINT that drops its arguments", /does not pass arguments on/, (t) => t.replace(/^ENTRYPOINT .*$/m, 'ENTRYPOINT ["sh", "-c", "exec dotnet /app/$APP_DLL"]')],
  ];
  for (const [name, expected, mutate] of cases) {
    test(`catches ${name}`, () => {
      const broken = mutate(dockerfile);
      assert.notEqual(broken, dockerfile, "the mutation changed nothing");
      const errors = checkDockerfile(broken);
      assert.ok(errors.some((e) => expected.test(e)), `expected ${expected}, got:${report(errors)}`);
    });
  }
});
