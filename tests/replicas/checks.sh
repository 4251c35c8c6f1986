#!/usr/bin/env bash
# What tests/replicas/run.sh checks once the scenario has run. Sourced after tests/faults/lib.sh (psql_db, api, tap...).

# check VALUE EXPECTED WHAT: one line; a difference fails the run
check() {
  if [[ $1 == "$2" ]]; then printf '    ok      %-58s %s\n' "$3" "$1"
  else printf '    FAILED  %-58s %s (expected %s)\n' "$3" "$1" "$2"; FAILED=1; fi
}

# settled WHAT SQL EXPECTED: waits up to 60 s for the figure, then checks it
settled() {
  local t0=$SECONDS value
  until value=$(psql_db "$2") && [[ $value == "$3" ]] || (( SECONDS - t0 > 60 )); do sleep 1; done
  check "$value" "$3" "$1"
}

id_of_partner() { psql_db "SELECT id FROM partner.partners WHERE website LIKE '%$1%'"; }

check_figures() {
  step "figures: every one exact, every event applied once"
  local aurora bluepeak
  aurora=$(id_of_partner aurora-networks.example); bluepeak=$(id_of_partner bluepeak-msp.example)
  check "$(psql_db "SELECT string_agg(status, ',' ORDER BY name) FROM partner.partners WHERE website LIKE '%.example%'")" \
    "Active,Active,Active,Qualified,Prospect,Declined,Suspended,Active" "partner statuses (Aurora..Granite, Hanse)"
  settled "Bluepeak's won deal: bookings" "SELECT count(*) || ' x ' || round(sum(amount), 2) FROM revenue.bookings WHERE partner_id = '$bluepeak'" "1 x 50000.00"
  settled "its compensation (Msp 25 %)" "SELECT round(sum(amount), 2) FROM revenue.compensation_lines WHERE partner_id = '$bluepeak'" "12500.00"
  settled "its payout (2026-Q4, approved)" "SELECT status || ' ' || round(amount, 2) FROM revenue.payouts WHERE partner_id = '$bluepeak'" "Approved 12500.00"
  settled "revenue.booked applied once in Partner" "SELECT count(*) || ' x ' || round(sum(amount), 2) FROM partner.revenue_entries WHERE partner_id = '$bluepeak'" "1 x 50000.00"
  settled "Aurora's certified reps in Enablement" \
    "SELECT count(DISTINCT contact_id) FROM enablement.rep_certifications WHERE partner_id = '$aurora' AND status = 'Active'" "2"
  settled "certification-earned applied once in Partner" \
    "SELECT count(*) FROM partner.rep_certifications WHERE partner_id = '$aurora'" "2"
  settled "contacts in Enablement's roster (contact-added once each)" \
    "SELECT count(*) || '/' || count(DISTINCT contact_id) FROM enablement.contacts" "$(psql_db "SELECT count(*) || '/' || count(*) FROM partner.contacts")"
  settled "Aurora's MDF budget: allocated, committed" "SELECT round(allocated, 2) || ' ' || round(committed, 2) FROM revenue.mdf_budgets WHERE partner_id = '$aurora'" "25000.00 4000.00"
  settled "deals: count, conflicts found" "SELECT count(*) || ' ' || sum(jsonb_array_length(conflicts)) FROM dealreg.deals" "4 1"
  check "$(dead_rows)" 0 "dead outbox rows"
}

check_jobs_once() {
  step "time-driven jobs on both replicas at once: each event exactly once"
  local pending aurora request
  pending=$(psql_db "SELECT id FROM dealreg.deals WHERE status = 'Submitted'")
  aurora=$(id_of_partner aurora-networks.example)
  request=$(psql_db "SELECT id FROM revenue.mdf_requests WHERE partner_id = '$aurora' AND status = 'Approved'")
  psql_db "UPDATE dealreg.deals SET submitted_at = submitted_at - interval '49 hours', decision_due_at = decision_due_at - interval '49 hours'
           WHERE id = '$pending'" >/dev/null
  psql_db "UPDATE enablement.rep_certifications SET expires_on = current_date - 1 WHERE partner_id = '$aurora'" >/dev/null
  psql_db "UPDATE revenue.mdf_requests SET planned_on = current_date - 61 WHERE id = '$request'" >/dev/null
  settled "SLA at-risk rows for the pending deal" "SELECT count(*) FROM dealreg.outbox_messages WHERE exchange = 'dealreg.deal-sla-at-risk' AND aggregate_id = '$pending'" "1"
  settled "SLA breached rows for the pending deal" "SELECT count(*) FROM dealreg.outbox_messages WHERE exchange = 'dealreg.deal-sla-breached' AND aggregate_id = '$pending'" "1"
  settled "certification-expired rows for Aurora's reps" \
    "SELECT count(*) FROM enablement.outbox_messages WHERE exchange = 'enablement.certification-expired' AND body->>'partnerId' = '$aurora'" "2"
  settled "the MDF claim window closed once: committed back to 0" "SELECT round(committed, 2) FROM revenue.mdf_budgets WHERE partner_id = '$aurora'" "0.00"
  settled "every outbox row dispatched" "SELECT (SELECT count(*) FROM dealreg.outbox_messages WHERE dispatched_at IS NULL)
    + (SELECT count(*) FROM enablement.outbox_messages WHERE dispatched_at IS NULL)" "0"
  local t
  for t in dealreg.deal-sla-at-risk dealreg.deal-sla-breached enablement.certification-expired; do
    check "$(delivered "$t")" "$( [[ $t == enablement.* ]] && echo 2 || echo 1 )" "$t delivered to another team's queue"
  done
}

# delivered EXCHANGE: how many messages reached its tap before a marker published after every row was dispatched (a
# positive marker, not a fixed wait: a second copy of anything already confirmed would be ahead of it in the queue).
delivered() {
  local marker count=0 t0=$SECONDS
  marker=$(cat /proc/sys/kernel/random/uuid)
  mgmt -X POST "$RABBIT_API/exchanges/%2F/$1/publish" \
    -d "$(jq -nc --arg m "$marker" '{properties:{message_id:$m}, routing_key:"", payload:"marker", payload_encoding:"string"}')" >/dev/null
  while (( SECONDS - t0 < 60 )); do
    local got
    got=$(mgmt -X POST "$RABBIT_API/queues/%2F/replicas.tap.$1/get" -d '{"count":100,"ackmode":"ack_requeue_false","encoding":"auto"}')
    count=$(( count + $(jq --arg m "$marker" '[.[] | select(.properties.message_id != $m)] | length' <<<"$got") ))
    jq -e --arg m "$marker" 'any(.[]; .properties.message_id == $m)' <<<"$got" >/dev/null && break
    sleep 0.5
  done
  echo "$count"
}
