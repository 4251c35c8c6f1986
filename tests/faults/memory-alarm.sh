#!/usr/bin/env bash
# RabbitMQ's memory alarm (high watermark 0) blocks every publisher for a while: publishes hang and time out, the
# relays back off; once the alarm clears, every event goes out. Nothing lost, no row dead. The Partner service runs
# with Outbox:HungAfter 5 s here, so its /health/live must report the blocked publisher (an orchestrator would
# restart it) and recover by itself once publishing works again.
fault_memory_alarm() {
  local n=$((long ? 2000 : 400)) blocked=$((long ? 30 : 20)) out=$WORK/alarm.jsonl loader cleared live=200 live_after t
  tap faults.tap.prospect-created partner.prospect-created
  stop_service partner
  start_platform_service partner "Outbox__HungAfter=00:00:05" >/dev/null
  ready_in "$(date +%s.%N)" partner >/dev/null || die "partner not ready"
  : >"$out"
  load create-partner "$n" "$out" --concurrency 8 & loader=$!
  sleep 1
  rabbitmqctl_node -q set_vm_memory_high_watermark 0 >/dev/null
  t=$SECONDS
  while (( SECONDS - t < blocked )); do # a publish times out after 10 s; 5 s more of that is a hung publisher
    [[ $live == 503 ]] || live=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(service_port partner)/health/live")
    sleep 0.5
  done
  rabbitmqctl_node -q set_vm_memory_high_watermark 0.4 >/dev/null
  cleared=$SECONDS
  wait "$loader"
  wait_for "partner live again" 60 '[[ $(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$(service_port partner)/health/live") == 200 ]]'
  live_after=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(service_port partner)/health/live")
  stop_service partner
  start_platform_service partner >/dev/null
  ready_in "$(date +%s.%N)" partner >/dev/null || die "partner not ready"

  local accepted delivered dead
  accepted=$(count_ok "$out")
  ok_ids "$out" | sort -u >"$WORK/created.ids"
  wait_for "tap holds $accepted" 120 '(( $(tap_depth faults.tap.prospect-created) >= accepted ))'
  local drained=$((SECONDS - cleared))
  delivered=$(tap_partner_ids faults.tap.prospect-created | sort -u | comm -12 - "$WORK/created.ids" | wc -l)
  dead=$(dead_rows)
  report memory-alarm "publishers blocked ${blocked} s under $n creates: $accepted accepted, $delivered delivered within ${drained} s of the alarm clearing, $dead dead rows, /health/live $live while blocked, $live_after after" \
    $(( accepted - delivered + dead )) 0 "$(count_500 "$out")"
  [[ $live == 503 && $live_after == 200 ]] || { warn "liveness did not follow the blocked publisher (503 while blocked, 200 after)"; FAILED=1; }
}
