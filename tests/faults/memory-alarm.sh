#!/usr/bin/env bash
# RabbitMQ's memory alarm (high watermark 0) blocks every publisher for a while: publishes hang and time out, the
# relays back off; once the alarm clears, every event goes out. Nothing lost, no row dead.
fault_memory_alarm() {
  local n=$((long ? 2000 : 400)) blocked=$((long ? 30 : 15)) out=$WORK/alarm.jsonl loader cleared live
  tap faults.tap.prospect-created partner.prospect-created
  load create-partner "$n" "$out" --concurrency 8 & loader=$!
  sleep 1
  rabbitmqctl_node -q set_vm_memory_high_watermark 0 >/dev/null
  sleep "$blocked"
  live=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(service_port partner)/health/live")
  rabbitmqctl_node -q set_vm_memory_high_watermark 0.4 >/dev/null
  cleared=$SECONDS
  wait "$loader"

  local accepted delivered dead
  accepted=$(count_ok "$out")
  ok_ids "$out" | sort -u >"$WORK/created.ids"
  wait_for "tap holds $accepted" 120 '(( $(tap_depth faults.tap.prospect-created) >= accepted ))'
  local drained=$((SECONDS - cleared))
  delivered=$(tap_partner_ids faults.tap.prospect-created | sort -u | comm -12 - "$WORK/created.ids" | wc -l)
  dead=$(dead_rows)
  report memory-alarm "publishers blocked ${blocked} s under $n creates: $accepted accepted, $delivered delivered within ${drained} s of the alarm clearing, $dead dead rows, /health/live $live while blocked" \
    $(( accepted - delivered + dead )) 0 "$(count_500 "$out")"
}
