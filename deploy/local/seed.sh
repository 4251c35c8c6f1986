#!/usr/bin/env bash
# Seeds a small demo partner program through the gateway's public API (CONTRACT.md, Partner
# service), as a ChannelManager would: seven partners across the statuses, agreements, contacts,
# a tier override, a QBR, a satisfaction response and an open escalation; then, when
# DealRegistration runs, demo deals (one conflicting), a co-sell request, a campaign and leads;
# when Enablement runs, two courses, two certifications, two assets and certified reps; when Revenue
# runs, direct bookings, the won deal's booking with an approved payout, an MDF budget and requests, and
# (ADR 0013) dated EUR/GBP exchange rates with a German VAR paid in euros whose EUR 50 000 win is booked.
# Idempotent: a demo partner whose domain already exists is left as it is.
# Any answer other than 2xx stops the seed with the request and the response.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"

GW=${GW:-http://127.0.0.1:$GATEWAY_PORT}
API=$GW/api/v1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# curl_retrying CURL_ARGS...: the HTTP status curl writes (-w '%{http_code}'), the request sent again while the answer
# is a 502/503 or no answer at all (a replica restarting behind the gateway), for up to 30 s.
curl_retrying() {
  local status tries=0
  while status=$(curl "$@") || status="000"; [[ $status == 50[23] || $status == 000 ]] && (( ++tries < 30 )); do
    sleep 1
  done
  echo "$status"
}

# api METHOD PATH [JSON]: prints the response body; a non-2xx answer ends the seed. As a careful client: every
# command carries an Idempotency-Key, and a 502/503 or a dropped connection (a replica restarting) is retried with it.
api() {
  local method=$1 path=$2 body=${3:-} status
  local args=(-s -o "$TMP/body" -w '%{http_code}' -X "$method" "$API$path" -H "authorization: Bearer $TOKEN")
  [[ -z $body ]] || args+=(-H 'content-type: application/json' -d "$body")
  [[ $method == GET ]] || args+=(-H "Idempotency-Key: seed-$(cat /proc/sys/kernel/random/uuid)")
  status=$(curl_retrying "${args[@]}")
  if [[ $status != 2[0-9][0-9] ]]; then
    {
      printf 'seed: %s %s -> HTTP %s\n' "$method" "$path" "$status"
      [[ -z $body ]] || printf '  request:  %s\n' "$body"
      printf '  response: %s\n' "$(cat "$TMP/body" 2>/dev/null)"
    } >&2
    exit 1
  fi
  cat "$TMP/body"
}

# status_of PATH: the HTTP status of GET PATH, retried like api's calls
status_of() { curl_retrying -s -o /dev/null -w '%{http_code}' "$API$1" -H "authorization: Bearer $TOKEN"; }

# id_of: the .id of the JSON on stdin (fails when there is none).
id_of() {
  local body
  body=$(cat)
  jq -er '.id // empty' <<<"$body" 2>/dev/null || die "no id in the response: $body"
}

step "seed: demo program through $GW"
deadline=$((SECONDS + 60))
until curl -sf -o /dev/null --max-time 5 "$GW/health/ready"; do
  (( SECONDS < deadline )) || die "gateway not ready at $GW/health/ready"
  sleep 1
done
TOKEN=$(curl -s -X POST "$API/auth/dev-token" -H 'content-type: application/json' \
          -d '{"role":"ChannelManager","name":"demo seed"}' | jq -r '.accessToken // empty')
[[ -n $TOKEN ]] || die "no ChannelManager token from POST $API/auth/dev-token"

# Every partner there is now (all pages), to tell which demo partners exist already.
existing=$TMP/partners.jsonl
: >"$existing"
cursor=""
while :; do
  page=$(api GET "/partners?limit=200${cursor:+&cursor=$(jq -rn --arg c "$cursor" '$c|@uri')}")
  jq -c '.items[]' <<<"$page" >>"$existing"
  cursor=$(jq -r '.nextCursor // empty' <<<"$page")
  [[ -n $cursor ]] || break
done
exists() { grep -qF -- "$1" "$existing"; }

created=0

# new_partner NAME TYPE DOMAIN REGION COUNTRY SALES_TEAM SPECIALIZATIONS_JSON -> id
new_partner() {
  api POST /partners "$(jq -nc --arg n "$1" --arg t "$2" --arg d "$3" --arg r "$4" --arg c "$5" \
      --argjson s "$6" --argjson sp "$7" \
      '{name:$n, type:$t, website:("https://www." + $d + "/"), region:$r, country:$c, salesTeamSize:$s, specializations:$sp}')" \
    | id_of
}

# evaluate ID MARKET TECHNICAL SALES STRATEGIC CUSTOMERS NOTES
evaluate() {
  api POST "/partners/$1/evaluation" "$(jq -nc --argjson a "$2" --argjson b "$3" --argjson c "$4" \
      --argjson d "$5" --argjson e "$6" --arg n "$7" \
      '{marketReach:$a, technicalCapability:$b, salesCapacity:$c, strategicAlignment:$d, customerBase:$e, notes:$n}')" >/dev/null
}

# activate ID TERMS_JSON: agreement from 2026-01-01, signed
activate() {
  local ag
  ag=$(api POST "/partners/$1/agreements" "$(jq -c '. + {effectiveFrom:"2026-01-01", termMonths:24}' <<<"$2")" | id_of)
  api POST "/partners/$1/agreements/$ag/sign" '{"signedBy":"Dana Whitfield, VP Channel Sales"}' >/dev/null
}

# contacts ID DOMAIN "First Last Role"...
contacts() {
  local id=$1 domain=$2 c first last role
  shift 2
  for c in "$@"; do
    read -r first last role <<<"$c"
    api POST "/partners/$id/contacts" "$(jq -nc --arg f "$first" --arg l "$last" --arg r "$role" \
        --arg e "${first,,}.${last,,}@$domain" \
        '{firstName:$f, lastName:$l, email:$e, role:$r}')" >/dev/null
  done
}

# expect_status ID STATUS
expect_status() {
  local got
  got=$(api GET "/partners/$1" | jq -r .status)
  [[ $got == "$2" ]] || die "partner $1 is $got, expected $2"
}

# partner NAME DOMAIN STATUS: announces a demo partner; fails (skip it) when it exists already.
partner() {
  if exists "$2"; then info "$1 ($2) exists: left as it is"; return 1; fi
  info "$1 ($2) -> $3"
  created=$((created + 1))
}

qbr_at=$(date -u -d '+14 days' +%Y-%m-%dT15:00:00Z)
qbr_quarter="${qbr_at:0:4}-Q$(( (10#${qbr_at:5:2} - 1) / 3 + 1 ))"

if partner "Aurora Networks" aurora-networks.example "Active, Gold override, QBR"; then
  id=$(new_partner "Aurora Networks" Reseller aurora-networks.example NorthAmerica US 45 '["Networking","Security"]')
  evaluate "$id" 5 5 4 5 5 "Strong security practice across the US East Coast."
  activate "$id" '{"marginPercent":20}'
  contacts "$id" aurora-networks.example "Maya Chen SalesRep" "Luis Ortega SalesEngineer" "Priya Raman Executive"
  api POST "/partners/$id/tier" '{"tier":"Gold","reason":"Strategic launch partner for 2026"}' >/dev/null
  api POST "/partners/$id/qbrs" "$(jq -nc --arg q "$qbr_quarter" --arg at "$qbr_at" '{quarter:$q, scheduledAt:$at}')" >/dev/null
  expect_status "$id" Active
fi

if partner "Bluepeak Managed Services" bluepeak-msp.example "Active, satisfaction response"; then
  id=$(new_partner "Bluepeak Managed Services" Msp bluepeak-msp.example Emea GB 30 '["ManagedSecurity","Cloud"]')
  evaluate "$id" 5 4 5 4 5 "Large managed customer base in the UK."
  activate "$id" '{"marginPercent":25}'
  contacts "$id" bluepeak-msp.example "Oliver Hughes SalesRep" "Amara Okafor SalesEngineer" "Sophie Turner Executive"
  api POST "/partners/$id/satisfaction-responses" '{"score":5,"comment":"Onboarding was quick and the deal desk answers fast."}' >/dev/null
  expect_status "$id" Active
fi

if partner "Cedar Referral Group" cedar-referrals.example "Active, open escalation"; then
  id=$(new_partner "Cedar Referral Group" Referral cedar-referrals.example Apac AU 8 '["Retail"]')
  evaluate "$id" 4 5 4 5 5 "Well connected with retail CIOs in Australia."
  activate "$id" '{"commissionPercent":12}'
  contacts "$id" cedar-referrals.example "Jack Wilson SalesRep" "Mei Tanaka SalesEngineer" "Liam Murphy Executive"
  api POST "/partners/$id/escalations" '{"severity":"High","subject":"Commission statement missing for March","description":"The March commission statement has not arrived; the partner cannot reconcile two referred deals."}' >/dev/null
  expect_status "$id" Active
fi

if partner "Driftwood Systems" driftwood-systems.example Qualified; then
  id=$(new_partner "Driftwood Systems" SystemIntegrator driftwood-systems.example Emea DE 120 '["DataPlatforms"]')
  evaluate "$id" 4 4 4 4 4 "Good fit; agreement to be negotiated."
  expect_status "$id" Qualified
fi

if partner "Ember Technologies" ember-tech.example Prospect; then
  id=$(new_partner "Ember Technologies" Technology ember-tech.example LatinAmerica BR 15 '["Analytics"]')
  expect_status "$id" Prospect
fi

if partner "Foxglove IT" foxglove-it.example Declined; then
  id=$(new_partner "Foxglove IT" Reseller foxglove-it.example Emea FR 4 '[]')
  evaluate "$id" 2 1 2 1 1 "Too small and no overlap with our segments."
  expect_status "$id" Declined
fi

if partner "Granite Cloud Services" granite-cloud.example Suspended; then
  id=$(new_partner "Granite Cloud Services" Msp granite-cloud.example NorthAmerica CA 22 '["Cloud"]')
  evaluate "$id" 5 4 4 5 4 "Solid cloud practice in Canada."
  activate "$id" '{"marginPercent":22}'
  contacts "$id" granite-cloud.example "Noah Tremblay SalesRep"
  api POST "/partners/$id/suspend" '{"reason":"Compliance attestation overdue"}' >/dev/null
  expect_status "$id" Suspended
fi

info "seed: $created demo partner(s) created, $((7 - created)) already there"

partner_id() { api GET "/partners?q=$1&limit=1" | jq -er '.items[0].id'; }

# --- Enablement: a curriculum, two certifications, certified reps -------------------------------
seed_enablement() {
  local status aurora course1 course2 sales technical reps rep verdict
  status=$(status_of "/enablement/courses?limit=1")
  if [[ $status != 200 ]]; then info "seed: Enablement not reachable (HTTP $status): no demo curriculum"; return 0; fi
  if [[ $(api GET "/enablement/courses?limit=1" | jq '.items | length') != 0 ]]; then info "seed: demo curriculum exists: left as it is"; return 0; fi
  course1=$(api POST /enablement/courses '{"title":"SecureEdge Foundations","product":"SecureEdge","level":"Foundation","durationHours":4}' | id_of)
  course2=$(api POST /enablement/courses '{"title":"SecureEdge Architecture","product":"SecureEdge","level":"Advanced","durationHours":8}' | id_of)
  api POST "/enablement/courses/$course1/publish" >/dev/null
  api POST "/enablement/courses/$course2/publish" >/dev/null
  sales=$(api POST /enablement/certifications "$(jq -nc --arg c "$course1" '{name:"SecureEdge Sales Professional", track:"Sales", requiredCourseIds:[$c], passingScore:70, validityMonths:24}')" | id_of)
  technical=$(api POST /enablement/certifications "$(jq -nc --arg a "$course1" --arg b "$course2" '{name:"SecureEdge Technical Specialist", track:"Technical", requiredCourseIds:[$a,$b], passingScore:80, validityMonths:12}')" | id_of)
  api POST /enablement/assets '{"title":"SecureEdge pitch deck","kind":"Presentation","url":"https://assets.example/secureedge-pitch.pptx","product":"SecureEdge","minimumTier":"Registered"}' >/dev/null
  api POST /enablement/assets '{"title":"Competitive battlecard","kind":"Battlecard","url":"https://assets.example/battlecard.pdf","minimumTier":"Gold"}' >/dev/null
  # Certify Aurora's reps once Enablement's roster has them (from partner.contact-added events).
  aurora=$(partner_id aurora-networks.example)
  reps=$(api GET "/partners/$aurora/contacts?limit=50" | jq -r '.items[] | select(.role=="SalesRep" or .role=="SalesEngineer") | .id')
  for rep in $reps; do
    local deadline=$((SECONDS + 60))
    until api POST /enablement/course-completions "$(jq -nc --arg r "$rep" --arg c "$course1" '{contactId:$r, courseId:$c}')" >/dev/null 2>&1; do
      (( SECONDS < deadline )) || die "Enablement does not know rep $rep after 60 s"
      sleep 1
    done
    # The seed's token is a ChannelManager's, so the score is verified at once (a partner's own would wait for review).
    verdict=$(api POST /enablement/exam-attempts "$(jq -nc --arg r "$rep" --arg c "$sales" '{contactId:$r, certificationId:$c, score:88}')" | jq -r '.status')
    [[ $verdict == Verified ]] || die "exam attempt of rep $rep is $verdict, not Verified"
  done
  info "seed: 2 courses, certifications $sales and $technical, 2 assets, Aurora's reps certified"
}
seed_enablement

# --- DealRegistration: deals (one conflict), a campaign and its leads --------------------------
seed_deals() {
local deals_status aurora bluepeak deadline first second third campaign lead
deals_status=$(status_of "/deals?limit=1")
if [[ $deals_status != 200 ]]; then
  info "seed: DealRegistration not reachable (HTTP $deals_status): no demo deals"
  return 0
fi
if [[ $(api GET "/deals?customer=Initech&limit=1" | jq '.items | length') != 0 ]]; then
  info "seed: demo deals exist: left as they are"
  return 0
fi
aurora=$(partner_id aurora-networks.example)
bluepeak=$(partner_id bluepeak-msp.example)
# The DealRegistration projection learns of partners from events: wait until both can register.
deal() { jq -nc --arg p "$1" --arg c "$2" --arg d "$3" --arg pr "$4" --argjson v "$5" \
  '{partnerId:$p, customer:({companyName:$c, country:"US"} + (if $d == "" then {} else {domain:$d} end)), products:[$pr], estimatedValue:$v, currency:"USD", expectedCloseDate:"2027-03-31"}'; }
deadline=$((SECONDS + 60))
until first=$(api POST /deals "$(deal "$aurora" "Initech Corporation" initech.example "SecureEdge" 120000)" 2>/dev/null); do
  (( SECONDS < deadline )) || die "DealRegistration does not know the demo partners after 60 s"
  sleep 1
done
first=$(id_of <<<"$first")
second=$(api POST /deals "$(deal "$bluepeak" "Initech Corp." "" "SecureEdge" 95000)" | id_of)
third=$(api POST /deals "$(deal "$bluepeak" "Globex GmbH" globex.example "CloudVault" 48000)" | id_of)
api POST "/deals/$first/approve" '{"notes":"Registered first; protection per tier"}' >/dev/null
api POST "/deals/$third/approve" '{}' >/dev/null
api POST "/deals/$third/win" '{"actualValue":50000,"closedOn":"2026-11-20"}' >/dev/null
api POST "/deals/$first/cosell-requests" '{"type":"Demo","notes":"Executive demo for the CISO"}' >/dev/null
campaign=$(api POST /campaigns "$(jq -nc --arg a "$aurora" --arg b "$bluepeak" '{name:"Zero Trust Webinar Series", type:"Webinar", partnerIds:[$a,$b], startsOn:"2026-11-01", endsOn:"2026-12-31"}')" | id_of)
api POST "/campaigns/$campaign/leads" '{"leads":[
  {"companyName":"Hooli","domain":"hooli.example","contactName":"Gavin B.","email":"gavin@hooli.example","country":"US"},
  {"companyName":"Vandelay Industries","contactName":"Art V.","email":"art@vandelay.example","country":"US"},
  {"companyName":"Soylent Corp","contactName":"Sol Green","email":"sol@soylent.example","country":"CA"}]}' >/dev/null
lead=$(api GET "/leads?campaignId=$campaign&limit=1" | jq -er '.items[0].id')
api POST "/leads/$lead/assign" "$(jq -nc --arg p "$bluepeak" '{partnerId:$p}')" >/dev/null
info "seed: 3 demo deals (one conflict pending, one approved, one won), campaign $campaign with 3 leads"
}
seed_deals

# --- Revenue: direct bookings, the won deal's booking, a payout, an MDF budget and requests ------
seed_revenue() {
  local status aurora bluepeak deadline payout request
  status=$(status_of "/revenue/bookings?limit=1")
  if [[ $status != 200 ]]; then info "seed: Revenue not reachable (HTTP $status): no demo bookings"; return 0; fi
  if [[ $(api GET "/revenue/bookings?kind=Direct&limit=1" | jq '.items | length') != 0 ]]; then info "seed: demo bookings exist: left as they are"; return 0; fi
  aurora=$(partner_id aurora-networks.example)
  bluepeak=$(partner_id bluepeak-msp.example)
  api POST /revenue/direct-bookings '{"amount":150000,"currency":"USD","bookedOn":"2026-11-10","region":"NorthAmerica","description":"Direct enterprise renewal"}' >/dev/null
  api POST /revenue/direct-bookings '{"amount":90000,"currency":"USD","bookedOn":"2026-10-21","region":"Emea","description":"Direct new logo"}' >/dev/null
  # Bluepeak's won Globex deal reaches Revenue as dealreg.deal-won and is booked with its 25 % margin.
  # (A platform whose deals were seeded before Revenue existed has no such booking: no payout then.)
  deadline=$((SECONDS + 60))
  until [[ $(api GET "/revenue/bookings?partnerId=$bluepeak&limit=1" | jq '.items | length') != 0 ]] || (( SECONDS >= deadline )); do
    sleep 1
  done
  if [[ $(api GET "/revenue/bookings?partnerId=$bluepeak&limit=1" | jq '.items | length') != 0 ]]; then
    payout=$(api POST /revenue/payouts "$(jq -nc --arg p "$bluepeak" '{partnerId:$p, quarter:"2026-Q4"}')" | id_of)
    api POST "/revenue/payouts/$payout/approve" >/dev/null
  else
    warn "seed: Revenue has no booking of Bluepeak's won deal (deals seeded before Revenue ran?): no demo payout"
    payout="(none)"
  fi
  api PUT "/revenue/mdf/budgets/$aurora?year=2026" '{"amount":25000}' >/dev/null
  request=$(api POST /revenue/mdf/requests "$(jq -nc --arg p "$aurora" '{partnerId:$p, activityType:"Webinar", description:"Zero Trust webinar series, three sessions", requestedAmount:5000, plannedOn:"2026-12-05"}')" | id_of)
  api POST "/revenue/mdf/requests/$request/approve" '{"approvedAmount":4000}' >/dev/null
  api POST /revenue/mdf/requests "$(jq -nc --arg p "$bluepeak" '{partnerId:$p, activityType:"Event", description:"UK partner roadshow booth", requestedAmount:3000, plannedOn:"2027-02-10"}')" >/dev/null
  info "seed: 2 direct bookings, Bluepeak's booking and approved payout $payout, Aurora's MDF budget with an approved request"
}
seed_revenue

# --- Multi-currency (ADR 0013): dated EUR/GBP rates, a German VAR paid in euros and its EUR win ---
seed_currencies() {
  local status hanse deadline deal
  status=$(status_of "/revenue/exchange-rates?limit=1")
  if [[ $status != 200 ]]; then info "seed: Revenue not reachable (HTTP $status): no demo exchange rates"; return 0; fi
  # PUT by currency and date: a second run sets the same values again (200 instead of 201).
  api PUT /revenue/exchange-rates/EUR/2026-01-01 '{"rate":1.0710}' >/dev/null
  api PUT /revenue/exchange-rates/EUR/2026-11-02 '{"rate":1.0842}' >/dev/null
  api PUT /revenue/exchange-rates/GBP/2026-01-01 '{"rate":1.2710}' >/dev/null
  if exists hanse-it.example; then info "Hanse IT Systeme (hanse-it.example) exists: left as it is"; return 0; fi
  info "Hanse IT Systeme (hanse-it.example) -> Active, paid in EUR, a EUR win"
  hanse=$(new_partner "Hanse IT Systeme GmbH" Reseller hanse-it.example Emea DE 35 '["Security","Cloud"]')
  evaluate "$hanse" 5 4 4 5 4 "Hamburg VAR; sells and is paid in euros."
  activate "$hanse" '{"marginPercent":20,"payoutCurrency":"EUR"}'
  expect_status "$hanse" Active
  # DealRegistration learns of the partner from its activation event: retry until it can register.
  deadline=$((SECONDS + 60))
  until deal=$(api POST /deals "$(jq -nc --arg p "$hanse" '{partnerId:$p, customer:{companyName:"Nordwind Logistik AG", domain:"nordwind.example", country:"DE"},
      products:["SecureEdge"], estimatedValue:50000, currency:"EUR", expectedCloseDate:"2027-01-31"}')" 2>/dev/null); do
    (( SECONDS < deadline )) || die "DealRegistration does not know Hanse IT Systeme after 60 s"
    sleep 1
  done
  deal=$(id_of <<<"$deal")
  api POST "/deals/$deal/approve" '{}' >/dev/null
  api POST "/deals/$deal/win" '{"actualValue":50000,"closedOn":"2026-11-20"}' >/dev/null
  info "seed: EUR rate 1.0842 from 2026-11-02; Hanse IT Systeme won EUR 50 000 (booked as USD 54 210.00, EUR 10 000 margin)"
}
seed_currencies
