#!/usr/bin/env bash
# PostgreSQL restarted under load (creates): no 500 (a database that is down answers 503 with Retry-After, the
# client retries with its Idempotency-Key), every 2xx durable (the partner and its event), no partial write (no
# partner without its outbox row, no outbox row without its partner), services ready again within seconds.
fault_postgres() {
  local n=$((long ? 3000 : 600)) out=$WORK/postgres.jsonl ver name loader ready
  tap faults.tap.prospect-created partner.prospect-created
  : >"$out"
  load create-partner "$n" "$out" --concurrency 16 & loader=$!
  until (( $(wc -l <"$out") >= n / 3 )); do sleep 0.1; done
  read -r ver name <<<"$(pg_cluster)"
  local since
  since=$(date +%s.%N)
  _SYSTEMCTL_SKIP_REDIRECT=1 pg_ctlcluster "$ver" "$name" restart -m fast
  ready=$(ready_in "$since" partner dealreg enablement revenue webhooks) || ready="not ready after 60"
  wait "$loader"

  local accepted durable orphans delivered five
  accepted=$(count_ok "$out")
  ok_ids "$out" | sort -u >"$WORK/created.ids"
  printf '%s\n' "$(jq -Rs 'split("\n") | map(select(length > 0))' "$WORK/created.ids")" >"$WORK/created.json"
  durable=$(psql_db "SELECT count(*) FROM partner.partners WHERE id IN (SELECT value::uuid FROM json_array_elements_text('$(cat "$WORK/created.json")'))")
  orphans=$(psql_db "SELECT count(*) FROM partner.outbox_messages o WHERE o.exchange = 'partner.prospect-created'
      AND NOT EXISTS (SELECT 1 FROM partner.partners p WHERE p.id = o.aggregate_id)")
  wait_for "tap holds $accepted" 120 '(( $(tap_depth faults.tap.prospect-created) >= accepted ))'
  delivered=$(tap_partner_ids faults.tap.prospect-created | sort -u | comm -12 - "$WORK/created.ids" | wc -l)
  five=$(jq -s '[.[] | select(.status == 503)] | length' "$out")
  report postgres "restarted under $n creates: $accepted accepted after $(jq -s 'map(.tries - 1) | add' "$out") retries on 503 or a dropped connection ($five still 503 at the client's 2-minute deadline), $durable durable, $orphans events without their partner, $delivered delivered, every service ready ${ready} s after the restart began" \
    $(( accepted - durable + accepted - delivered + orphans )) 0 "$(count_500 "$out")"
}
