#!/usr/bin/env bash
# Each service in turn is killed with SIGKILL under load and started again:
#   partner    (producer)  creating partners: every accepted create reaches another team's queue;
#   dealreg    (producer)  winning deals: every accepted win is booked once by Revenue;
#   enablement (consumer)  contacts added in Partner: each reaches Enablement's roster once;
#   revenue    (consumer)  winning deals: exactly one booking per win, compensation exact.
fault_sigkill() {
  local n=$((long ? 1000 : 200)) service
  for service in partner dealreg enablement revenue; do
    kill_under_load "$service" "$n"
  done
}

kill_under_load() {
  local service=$1 n=$2 out=$WORK/sigkill-$1.jsonl partner kind extra=() loader ready concurrency=8
  partner=$(active_reseller)
  case $service in
    partner) kind=create-partner; tap faults.tap.prospect-created partner.prospect-created ;;
    enablement) kind=add-contact; extra=(--partner "$partner"); concurrency=1 ;; # one partner's contacts: its version serialises them
    *) kind=win-deal; approved_deals "$partner" "$n" "$WORK/sigkill-deals.ids"; extra=(--input "$WORK/sigkill-deals.ids") ;;
  esac
  : >"$out"
  load "$kind" "$n" "$out" --concurrency "$concurrency" "${extra[@]}" & loader=$!
  until (( $(wc -l <"$out") >= n / 3 )); do sleep 0.1; done
  local killed=$SECONDS since
  since=$(date +%s.%N)
  stop_service "$service" KILL
  start_platform_service "$service" >/dev/null
  ready=$(ready_in "$since" "$service") || ready="not ready after 60"
  wait "$loader"

  local accepted applied lost twice
  accepted=$(count_ok "$out")
  case $service in
    partner)
      ok_ids "$out" | sort -u >"$WORK/created.ids"
      wait_for "tap holds $accepted" 120 '(( $(tap_depth faults.tap.prospect-created) >= accepted ))'
      tap_partner_ids faults.tap.prospect-created | sort -u >"$WORK/delivered.ids"
      applied=$(comm -12 "$WORK/delivered.ids" "$WORK/created.ids" | wc -l); twice=0 ;;
    enablement)
      wait_for "roster holds $accepted" 120 '(( $(roster_contacts "$partner") >= accepted ))'
      applied=$(roster_contacts "$partner")
      twice=$(psql_db "SELECT count(*) - count(DISTINCT contact_id) FROM enablement.contacts WHERE partner_id = '$partner'") ;;
    *)
      settle_bookings "$partner" "$accepted"
      applied=$BOOKED_DEALS; twice=$((BOOKED_ROWS - BOOKED_DEALS + ENTRY_ROWS - BOOKED_ROWS + COMPENSATION_OFF)) ;;
  esac
  lost=$((accepted - applied)); (( lost >= 0 )) || lost=0
  report "sigkill $service" "killed under $n $kind commands: $accepted accepted, $applied delivered/applied, back ready ${ready} s after the kill ($((SECONDS - killed)) s to the end of the load)" \
    "$lost" "$twice" "$(count_500 "$out")"
}

roster_contacts() { psql_db "SELECT count(*) FROM enablement.contacts WHERE partner_id = '$1'"; }
