#!/usr/bin/env bash
# Deal submission through the gateway with many open registrations in place (issue 3's figure).
# Needs the platform running with the demo seed (deploy/local/up.sh). For each size it tops the
# dealreg.deals table up to SIZE open registrations of other partners (names from one vocabulary,
# so the trigram index has near matches to sift), then drives POST /api/v1/deals with wrk as a
# partner user and prints requests/s and latency percentiles.
#   bench/deal-submission.sh [SIZES...]     default: 10000 100000
# Writes into the local database: run it on a development platform only.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../deploy/local/lib.sh"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
GW=${GW:-http://127.0.0.1:$GATEWAY_PORT}
DURATION=${DURATION:-20s}
sizes=("${@:-10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
psql_db() { PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -v ON_ERROR_STOP=1 -qtA "$@"; }

manager=$(curl -s -X POST "$GW/api/v1/auth/dev-token" -H 'content-type: application/json' -d '{"role":"ChannelManager","name":"bench"}' | jq -r .accessToken)
partner=$(curl -s "$GW/api/v1/partners?q=aurora-networks.example&limit=1" -H "authorization: Bearer $manager" | jq -er '.items[0].id') \
  || die "no demo partner: run deploy/local/up.sh (with the seed) first"
token=$(curl -s -X POST "$GW/api/v1/auth/dev-token" -H 'content-type: application/json' \
  -d "$(jq -nc --arg p "$partner" '{role:"Partner", partnerId:$p, name:"bench"}')" | jq -r .accessToken)

script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
cat >"$script" <<LUA
local words = {"acme","globex","initech","umbrella","hooli","stark","wayne","wonka","tyrell","cyberdyne","soylent","oscorp",
  "aperture","vandelay","dunder","mifflin","pied","piper","gringotts","monarch","nakatomi","virtucon","zorg","massive",
  "dynamic","contoso","fabrikam","northwind","tailspin","litware","adventure","proseware","woodgrove","lucerne","fourth",
  "coffee","alpine","wingtip","margie","trey"}
local products = {"CloudSuite","Analytics","Security","Backup","Edge","Identity","Storage","Network","Observability","Payments"}
local seeded = false
request = function()
  if not seeded then math.randomseed(os.clock() * 1e9 + tonumber(tostring({}):sub(8), 16)); seeded = true end
  local name = words[math.random(#words)] .. " " .. words[math.random(#words)] .. " " .. math.random(0, 996) .. " Corp"
  local body = string.format('{"customer":{"companyName":"%s","country":"US"},"products":["%s"],"estimatedValue":25000,"currency":"USD","expectedCloseDate":"2027-06-30"}',
    name, products[math.random(#products)])
  return wrk.format("POST", "/api/v1/deals", {["content-type"]="application/json", ["authorization"]="Bearer $token"}, body)
end
LUA

for size in "${sizes[@]}"; do
  have=$(psql_db -c "SELECT count(*) FROM dealreg.deals WHERE status IN ('Submitted','Approved')")
  if (( have < size )); then
    step "seed $((size - have)) open registrations (to $size)"
    psql_db -c "
      INSERT INTO dealreg.deals (id, partner_id, customer_company_name, customer_normalized_name, customer_domain, customer_country,
        products, estimated_value, currency, expected_close_date, status, submitted_at, decision_due_at, protection_expires_at,
        protection_extended, conflicts_overridden, version, conflicts, history)
      SELECT gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((i % 50)::text, 12, '0'))::uuid,
             initcap(w1) || ' ' || initcap(w2) || ' ' || (i % 997) || ' Inc', w1 || ' ' || w2 || ' ' || (i % 997),
             w1 || '-' || w2 || '-' || i || '.bench.example', 'US',
             ARRAY[(ARRAY['CloudSuite','Analytics','Security','Backup','Edge','Identity','Storage','Network','Observability','Payments'])[1 + i % 10]],
             10000 + i % 90000, 'USD', DATE '2027-06-30',
             CASE WHEN i % 3 = 0 THEN 'Approved' ELSE 'Submitted' END, now(), now() + interval '48 hours',
             CASE WHEN i % 3 = 0 THEN now() + interval '60 days' END, false, false, 1, '[]'::jsonb, '[]'::jsonb
      FROM (SELECT i, (w)[1 + i % 40] AS w1, (w)[1 + (i / 40) % 40] AS w2
            FROM generate_series($have + 1, $size) AS i,
                 (SELECT ARRAY['acme','globex','initech','umbrella','hooli','stark','wayne','wonka','tyrell','cyberdyne','soylent','oscorp',
                   'aperture','vandelay','dunder','mifflin','pied','piper','gringotts','monarch','nakatomi','virtucon','zorg','massive',
                   'dynamic','contoso','fabrikam','northwind','tailspin','litware','adventure','proseware','woodgrove','lucerne','fourth',
                   'coffee','alpine','wingtip','margie','trey'] AS w) v) s;
      ANALYZE dealreg.deals;"
  fi
  step "POST /api/v1/deals through the gateway with $size open registrations ($DURATION, 2 threads, 8 connections)"
  wrk -t2 -c8 -d"$DURATION" --latency -s "$script" "$GW" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx"
done
