#!/usr/bin/env bash
# RabbitMQ stopped (stop_app: every connection dropped, new ones refused) while commands keep coming: half create
# partners (their prospect-created events must reach another team's durable queue), half win deals (Revenue must
# book each once, Partner count each booking once).
fault_broker() {
  local n=$((long ? 10000 : 1000)) down=$((long ? 60 : 20)) half partner creates=$WORK/broker-creates.jsonl wins=$WORK/broker-wins.jsonl
  half=$((n / 2))
  partner=$(active_reseller)
  approved_deals "$partner" "$half" "$WORK/broker-deals.ids"
  tap faults.tap.prospect-created partner.prospect-created

  load create-partner "$half" "$creates" --concurrency 8 & local c=$!
  load win-deal "$(wc -l <"$WORK/broker-deals.ids")" "$wins" --input "$WORK/broker-deals.ids" --concurrency 8 & local w=$!
  sleep 2
  rabbitmqctl_node -q stop_app >/dev/null
  sleep "$down"
  rabbitmqctl_node -q start_app >/dev/null
  local back=$SECONDS
  wait "$c" "$w"

  local accepted_creates accepted_wins delivered recovered
  accepted_creates=$(count_ok "$creates"); accepted_wins=$(count_ok "$wins")
  ok_ids "$creates" | sort -u >"$WORK/created.ids"
  until (( $(tap_depth faults.tap.prospect-created) >= accepted_creates )) && (( $(booked "$partner" | cut -d' ' -f2) >= accepted_wins )); do
    (( SECONDS - back < 180 )) || break
    sleep 1
  done
  recovered=$((SECONDS - back))
  tap_partner_ids faults.tap.prospect-created >"$WORK/delivered.ids"
  delivered=$(sort -u "$WORK/delivered.ids" | comm -12 - "$WORK/created.ids" | wc -l)
  settle_bookings "$partner" "$accepted_wins"
  local twice=$((BOOKED_ROWS - BOOKED_DEALS + ENTRY_ROWS - BOOKED_ROWS + COMPENSATION_OFF))
  report broker "broker stopped ${down} s during $n commands: $((accepted_creates + accepted_wins)) accepted, $delivered of $accepted_creates creates delivered to a foreign durable queue ($(( $(wc -l <"$WORK/delivered.ids") - delivered )) redelivered copies), $BOOKED_DEALS of $accepted_wins wins booked once, all delivered ${recovered} s after the broker came back" \
    $((accepted_creates - delivered + accepted_wins - BOOKED_DEALS)) "$twice" $(( $(count_500 "$creates") + $(count_500 "$wins") ))
}
