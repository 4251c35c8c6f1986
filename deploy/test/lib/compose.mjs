// Rules for docker-compose.yml (as `docker-compose config` prints it) and deploy/docker/Dockerfile.
// Every check returns a list of messages; empty = pass.
import { SERVICES, GATEWAY, GATEWAY_KEYS } from "./k8s.mjs";

const DEV_KEY_MARKER = "dev-only-signing-key";
const INFRA = ["postgres", "rabbitmq"];

/** The services a profile starts: those without profiles, and those listing it. */
export function activeServices(config, profile) {
  return Object.fromEntries(Object.entries(config.services ?? {}).filter(([, s]) =>
    !s.profiles?.length || (profile && s.profiles.includes(profile))));
}

const condition = (svc, dep) => {
  const d = svc.depends_on;
  if (!d) return undefined;
  if (Array.isArray(d)) return d.includes(dep) ? "service_started" : undefined;
  return d[dep] ? (d[dep].condition ?? "service_started") : undefined;
};

/**
 * config: the parsed output of `docker-compose config` (every service, with its profiles).
 * initSql: deploy/docker/init-db.sql.
 */
export function checkCompose(config, initSql) {
  const errors = [];
  const fail = (m) => errors.push(m);
  const all = config.services ?? {};

  // Without a profile: the infrastructure only.
  const base = Object.keys(activeServices(config, null)).sort();
  if (JSON.stringify(base) !== JSON.stringify([...INFRA].sort())) fail(`without a profile, expected only ${INFRA.join(", ")}; found ${base.join(", ")}`);

  // Published ports: the gateway's alone.
  for (const [name, s] of Object.entries(all)) {
    if (s.ports?.length && !/^gateway(-dev)?$/.test(name)) fail(`${name}: publishes ${JSON.stringify(s.ports)} (only the gateway is an entry point)`);
  }
  for (const name of INFRA) {
    if (!all[name]) { fail(`no ${name} service`); continue; }
    if (!all[name].healthcheck?.test || all[name].healthcheck.disable) fail(`${name}: no healthcheck`);
  }

  // The dev key and dev tokens: only in services of the dev profile alone.
  for (const [name, s] of Object.entries(all)) {
    const devOnly = JSON.stringify(s.profiles ?? []) === JSON.stringify(["dev"]);
    const env = s.environment ?? {};
    const text = JSON.stringify(s);
    if (!devOnly && text.includes(DEV_KEY_MARKER)) fail(`${name}: carries the dev signing key outside the dev profile`);
    if (!devOnly && env.Auth__SigningKey !== undefined) fail(`${name}: sets Auth__SigningKey outside the dev profile`);
    if (!devOnly && String(env.Auth__DevTokens__Enabled ?? "false").toLowerCase() !== "false") fail(`${name}: enables dev tokens outside the dev profile`);
  }

  const roles = new Map();
  for (const profile of ["dev", "prod"]) {
    const active = activeServices(config, profile);
    const suffix = profile === "dev" ? "-dev" : "";
    for (const s of SERVICES) {
      const name = `${s}${suffix}`;
      const svc = active[name];
      if (!svc) { fail(`profile ${profile}: no service ${name}`); continue; }
      const env = svc.environment ?? {};
      const where = `${name} (profile ${profile})`;
      if (!svc.build) fail(`${where}: no build`);
      if (!svc.healthcheck?.test || svc.healthcheck.disable) fail(`${where}: no healthcheck`);
      if (svc.read_only !== true) fail(`${where}: root filesystem is writable`);
      if (!(svc.cap_drop ?? []).includes("ALL")) fail(`${where}: capabilities not dropped`);
      if (condition(svc, "postgres") !== "service_healthy") fail(`${where}: does not wait for PostgreSQL to be healthy`);
      if (condition(svc, "rabbitmq") !== "service_healthy") fail(`${where}: does not wait for RabbitMQ to be healthy`);
      if (condition(svc, `migrate-${s}`) !== "service_completed_successfully") fail(`${where}: does not wait for migrate-${s} to complete`);
      if (env.Messaging__QueueType !== "quorum") fail(`${where}: Messaging__QueueType is not quorum`);
      if (String(env.Database__MigrateOnStartup) !== "false") fail(`${where}: migrates on start-up (the migrate-${s} service does)`);
      const user = /Username=([^;]+)/.exec(env.ConnectionStrings__Service ?? "")?.[1];
      if (user !== `${s}_svc`) fail(`${where}: connects as ${user}, not its own role ${s}_svc`);
      roles.set(s, user);
      checkAuth(where, env, profile, fail, false);

      const migrate = active[`migrate-${s}`];
      if (!migrate) { fail(`profile ${profile}: no migrate-${s}`); continue; }
      if (JSON.stringify(migrate.command) !== JSON.stringify(["migrate"])) fail(`migrate-${s}: command is not [migrate]`);
      if (migrate.image !== svc.image) fail(`migrate-${s}: image ${migrate.image} is not ${name}'s ${svc.image}`);
      if (condition(migrate, "postgres") !== "service_healthy") fail(`migrate-${s}: does not wait for PostgreSQL to be healthy`);
      if (!["no", undefined].includes(migrate.restart)) fail(`migrate-${s}: restarts (a one-shot must not)`);
      const muser = /Username=([^;]+)/.exec(migrate.environment?.ConnectionStrings__Service ?? "")?.[1];
      if (muser !== `${s}_svc`) fail(`migrate-${s}: connects as ${muser}, not ${s}_svc`);
    }
    const gwName = `${GATEWAY}${suffix}`;
    const gw = active[gwName];
    if (!gw) { fail(`profile ${profile}: no ${gwName}`); continue; }
    const where = `${gwName} (profile ${profile})`;
    if (!gw.healthcheck?.test || gw.healthcheck.disable) fail(`${where}: no healthcheck`);
    if (!gw.ports?.length) fail(`${where}: publishes no port`);
    for (const s of SERVICES) {
      if (condition(gw, `${s}${suffix}`) !== "service_healthy") fail(`${where}: does not wait for ${s}${suffix} to be healthy`);
      const v = gw.environment?.[`Services__${GATEWAY_KEYS[s]}`];
      if (v !== `http://${s}${suffix}:8080`) fail(`${where}: Services__${GATEWAY_KEYS[s]} is ${v}, not http://${s}${suffix}:8080`);
    }
    checkAuth(where, gw.environment ?? {}, profile, fail, true);
  }

  // One role per service, each created with its schema by init-db.sql; pg_trgm in dealreg.
  if (new Set(roles.values()).size !== SERVICES.length) fail("services share a database role");
  for (const s of SERVICES) {
    if (!new RegExp(`CREATE ROLE ${s}_svc LOGIN`).test(initSql)) fail(`init-db.sql: does not create role ${s}_svc`);
    if (!new RegExp(`CREATE SCHEMA ${s} AUTHORIZATION ${s}_svc`).test(initSql)) fail(`init-db.sql: does not create schema ${s} owned by ${s}_svc`);
  }
  if (!/CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA dealreg/.test(initSql)) fail("init-db.sql: no pg_trgm in schema dealreg");
  return errors;
}

function checkAuth(where, env, profile, fail, gateway) {
  if (profile === "prod") {
    if (env.ASPNETCORE_ENVIRONMENT !== "Production") fail(`${where}: ASPNETCORE_ENVIRONMENT is ${env.ASPNETCORE_ENVIRONMENT}, not Production`);
    if (!/^https:\/\//.test(env.Auth__Authority ?? "")) fail(`${where}: no https Auth__Authority`);
  } else {
    if (env.ASPNETCORE_ENVIRONMENT !== "Development") fail(`${where}: ASPNETCORE_ENVIRONMENT is ${env.ASPNETCORE_ENVIRONMENT}, not Development`);
    if (!env.Auth__SigningKey) fail(`${where}: no dev signing key in the dev profile`);
    if (gateway && String(env.Auth__DevTokens__Enabled) !== "true") fail(`${where}: dev tokens not enabled in the dev profile`);
  }
}

/** Static rules for deploy/docker/Dockerfile (no Docker engine here to build it). */
export function checkDockerfile(text) {
  const errors = [];
  const fail = (m) => errors.push(m);
  // Join continuation lines, drop comments.
  const lines = text.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const stages = [];
  for (const line of lines) {
    const [instr, ...rest] = line.split(/\s+/);
    const op = instr.toUpperCase();
    if (op === "FROM") stages.push({ from: rest.join(" "), ops: [] });
    else if (stages.length) stages.at(-1).ops.push({ op, args: rest.join(" ") });
  }
  if (stages.length < 2) fail("not a multi-stage build");
  const final = stages.at(-1);
  if (!final) return errors;
  if (!/dotnet\/aspnet:/.test(final.from)) fail(`final stage is ${final.from}, not the ASP.NET runtime image`);
  const users = final.ops.filter((o) => o.op === "USER").map((o) => o.args);
  if (!users.length || /^(root|0)(:|$)/.test(users.at(-1))) fail("the final stage runs as root (no USER, or USER root)");
  if (!final.ops.some((o) => o.op === "HEALTHCHECK" && /health\/(ready|live)/.test(o.args))) fail("no HEALTHCHECK on /health/ready or /health/live");
  const hc = final.ops.find((o) => o.op === "HEALTHCHECK")?.args ?? "";
  const tool = /CMD\s+(\S+)/.exec(hc)?.[1];
  if (tool && !final.ops.some((o) => o.op === "RUN" && o.args.includes(tool))) fail(`HEALTHCHECK uses ${tool}, which the final stage does not install (the aspnet image has neither curl nor wget)`);
  const entry = final.ops.find((o) => o.op === "ENTRYPOINT")?.args ?? "";
  if (!entry.includes('"$@"') && !entry.includes('\\"$@\\"')) fail("ENTRYPOINT does not pass arguments on (docker run IMAGE migrate)");

  // Restore is cached per layer: the stage that restores has only project files before it.
  const build = stages.find((s) => s.ops.some((o) => o.op === "RUN" && /dotnet restore/.test(o.args)));
  if (!build) fail("no stage runs dotnet restore");
  else {
    const ops = build.ops;
    const restoreAt = ops.findIndex((o) => o.op === "RUN" && /dotnet restore/.test(o.args));
    const publishAt = ops.findIndex((o) => o.op === "RUN" && /dotnet publish/.test(o.args));
    const copyAllAt = ops.findIndex((o) => o.op === "COPY" && /^(--\S+\s+)*\.\s+\.$/.test(o.args));
    if (ops.slice(0, restoreAt).some((o) => o.op === "COPY" && !o.args.startsWith("--from="))) fail("sources are copied before dotnet restore (the restore layer would not be cached)");
    if (copyAllAt < restoreAt) fail("COPY . . does not come after dotnet restore");
    if (publishAt < copyAllAt || !/--no-restore/.test(ops[publishAt]?.args ?? "")) fail("dotnet publish does not follow the source copy with --no-restore");
    const fromStage = /--from=(\S+)/.exec(ops.slice(0, restoreAt).find((o) => o.op === "COPY")?.args ?? "")?.[1];
    const inputs = stages.find((s) => / AS /i.test(s.from) && s.from.split(/\s+/).at(-1) === fromStage);
    if (!inputs || !inputs.ops.some((o) => o.op === "RUN" && /\.csproj/.test(o.args) && /-delete/.test(o.args))) fail("restore does not start from a stage holding only the project files");
  }
  return errors;
}
