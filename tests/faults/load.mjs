// Drives commands through the gateway as a careful integrator would: each with its own Idempotency-Key,
// retried with the same key on 503, 429 or a dropped connection (up to a deadline), never on another status.
// Writes one JSON line per command: { i, kind, status, id, tries, answered5xx }.
//   node load.mjs --gw URL --token TOKEN --kind create-partner|win-deal|add-contact --count N
//                 [--concurrency 16] [--input FILE (one id per line)] [--partner ID] [--out FILE]
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const gw = args.gw ?? 'http://127.0.0.1:5080';
const count = Number(args.count ?? 100);
const concurrency = Number(args.concurrency ?? 16);
const out = args.out ?? '/dev/stdout';
const inputs = args.input ? readFileSync(args.input, 'utf8').split('\n').filter(Boolean) : [];
const today = new Date().toISOString().slice(0, 10);
const deadlineMs = Number(args['retry-seconds'] ?? 120) * 1000;
if (out !== '/dev/stdout') writeFileSync(out, '');

const commands = {
  'create-partner': i => {
    const u = randomUUID().slice(0, 12);
    return ['/api/v1/partners', { name: `Fault ${u}`, type: 'Reseller', website: `https://fault-${u}.example`, region: 'Emea', country: 'DE', salesTeamSize: 10 }];
  },
  'win-deal': i => [`/api/v1/deals/${inputs[i]}/win`, { actualValue: 1000 + (i % 97), closedOn: today }],
  'register-deal': i => {
    const u = randomUUID().slice(0, 12);
    return ['/api/v1/deals', { partnerId: args.partner, customer: { companyName: `Fault customer ${u}`, country: 'DE' },
      products: [`Fault-${u}`], estimatedValue: 5000, currency: 'USD', expectedCloseDate: '2099-12-31' }];
  },
  'approve-deal': i => [`/api/v1/deals/${inputs[i]}/approve`, { notes: 'fault suite' }],
  'add-contact': i => {
    const u = randomUUID().slice(0, 12);
    return [`/api/v1/partners/${args.partner}/contacts`, { firstName: 'Fault', lastName: u, email: `c-${u}@fault.example`, role: 'SalesRep' }];
  },
};

async function send(i) {
  const [path, body] = commands[args.kind](i);
  const key = randomUUID();
  const started = Date.now();
  let tries = 0, answered5xx = 0, status = 0, id = null;
  while (true) {
    tries++;
    try {
      const response = await fetch(gw + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${args.token}`, 'idempotency-key': key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      status = response.status;
      const text = await response.text();
      if (status >= 200 && status < 300) { try { id = JSON.parse(text).id ?? null; } catch { } }
      if (status >= 500 && status !== 503) answered5xx++;
      if (status !== 503 && status !== 429 && status !== 502) break;
    } catch {
      status = 0; // connection refused or reset: the gateway or the service restarting
    }
    if (Date.now() - started > deadlineMs) break;
    await new Promise(r => setTimeout(r, Math.min(2000, 100 * tries)));
  }
  appendFileSync(out, JSON.stringify({ i, kind: args.kind, status, id, tries, answered5xx }) + '\n');
}

let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < count) await send(next++);
}));
