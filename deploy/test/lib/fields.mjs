// Unknown-field check (what `kubectl apply --validate=strict` or kubeconform -strict refuse).
// The compiled validators of kubernetes-models check types, formats and required fields but let
// unknown fields through (the upstream schemas do not forbid them). The packages' TypeScript
// declarations name every field of every type, generated from the same OpenAPI and CRD schemas:
// this module reads them and walks an object against them.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const interfaces = new Map(); // `${file}#${name}` -> { fields: Map<name, type>, imports: Map<alias, spec> } | null

// deploy/test/node_modules; package subpaths map to files of the same path in these packages.
// (Not import.meta.resolve: Node 18, Debian 12's, has it behind a flag.)
const nodeModules = resolve(dirname(fileURLToPath(import.meta.url)), "..", "node_modules");

/** The .d.ts file of an import specifier used in `fromFile`. */
function declarationFile(spec, fromFile) {
  if (spec.startsWith(".")) return resolve(dirname(fromFile), spec.replace(/\.js$/, ".d.ts"));
  return resolve(nodeModules, `${spec.replace(/\.js$/, "")}.d.ts`);
}

function parseFile(file) {
  const text = readFileSync(file, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const imports = new Map();
  for (const m of text.matchAll(/import \{ ([^}]+) \} from "([^"]+)";/g)) {
    for (const name of m[1].split(",").map((s) => s.trim())) imports.set(name, m[2]);
  }
  // `export type { IEnvVar as IIoK8sApiCoreV1EnvVar, ... }`: aliases of local interfaces.
  const aliases = new Map();
  for (const m of text.matchAll(/export type \{ ([^}]+) \}/g)) {
    for (const part of m[1].split(",")) {
      const [local, alias] = part.trim().split(/\s+as\s+/);
      if (alias) aliases.set(alias, local);
    }
  }
  return { text, imports, aliases };
}

const files = new Map();
const fileInfo = (file) => {
  if (!files.has(file)) files.set(file, parseFile(file));
  return files.get(file);
};

/** Fields of interface `name` (or an alias of it) declared in `file`; null for a type alias (a leaf). */
function interfaceFields(file, name) {
  const key = `${file}#${name}`;
  if (interfaces.has(key)) return interfaces.get(key);
  const info = fileInfo(file);
  const local = info.aliases.get(name) ?? name;
  const start = info.text.indexOf(`export interface ${local} `);
  let result = null;
  if (start >= 0) {
    const open = info.text.indexOf("{", start);
    let depth = 0;
    let end = open;
    for (; end < info.text.length; end++) {
      if (info.text[end] === "{") depth++;
      else if (info.text[end] === "}" && --depth === 0) break;
    }
    const body = info.text.slice(open + 1, end);
    const fields = new Map();
    // Top-level members: `"name"?: TYPE;` where TYPE may span lines ({ [key: string]: X; }).
    let i = 0;
    while (i < body.length) {
      const m = /"([^"]+)"\??:\s*/y;
      m.lastIndex = i;
      const hit = m.exec(body);
      if (!hit) { i++; continue; }
      let j = m.lastIndex;
      let d = 0;
      for (; j < body.length; j++) {
        const ch = body[j];
        if (ch === "{" || ch === "<" || ch === "(") d++;
        else if (ch === "}" || ch === ">" || ch === ")") d--;
        else if (ch === ";" && d === 0) break;
      }
      fields.set(hit[1], body.slice(m.lastIndex, j).trim());
      i = j + 1;
    }
    result = { file, fields };
  }
  interfaces.set(key, result);
  return result;
}

/** What a type string describes: { kind: "object", iface } | { kind: "array", of } | { kind: "map", of } | { kind: "leaf" }. */
function describeType(type, file) {
  type = type.replace(/\s+/g, " ").trim();
  let m;
  if ((m = /^Array<(.*)>$/.exec(type))) return { kind: "array", of: describeType(m[1], file) };
  if ((m = /^\{ \[key: string\]: (.*?);? \}$/.exec(type))) return { kind: "map", of: describeType(m[1], file) };
  if (/^I[A-Za-z0-9]+$/.test(type)) {
    const info = fileInfo(file);
    const spec = info.imports.get(type);
    const target = spec ? declarationFile(spec, file) : file;
    const iface = interfaceFields(target, type);
    return iface ? { kind: "object", iface } : { kind: "leaf" };
  }
  return { kind: "leaf" };
}

function walk(value, desc, path, errors) {
  if (value === null || value === undefined) return;
  if (desc.kind === "array" && Array.isArray(value)) value.forEach((v, i) => walk(v, desc.of, `${path}[${i}]`, errors));
  else if (desc.kind === "map" && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, desc.of, `${path}.${k}`, errors);
  else if (desc.kind === "object" && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      const type = desc.iface.fields.get(k);
      if (type === undefined) { errors.push(`${path ? `${path}.` : ""}${k}: unknown field`); continue; }
      walk(v, describeType(type, desc.iface.file), path ? `${path}.${k}` : k, errors);
    }
  }
}

/**
 * Unknown fields of `object`, checked against the declarations next to the model module
 * `modulePath` (e.g. "kubernetes-models/apps/v1/Deployment"); [] when all are known.
 */
export function unknownFields(object, modulePath, kind) {
  const file = declarationFile(modulePath, nodeModules);
  const iface = interfaceFields(file, `I${kind}`);
  if (!iface) return [`no declarations for ${modulePath}`];
  const errors = [];
  walk(object, { kind: "object", iface }, "", errors);
  return errors;
}
