namespace Bench.Driver.Wins;

/// <summary>What bench/run.sh prints for P4: end to end as a client sees it, then the legs from the tables.</summary>
internal static class WinReport
{
    public static object Of(
        int approved, IReadOnlyList<WinResult> wins, IReadOnlyDictionary<Guid, DateTime> seen, IReadOnlyList<WinPath> paths)
    {
        var ok = wins.Where(w => w.Ok).ToList();
        var visible = ok.Where(w => seen.ContainsKey(w.Deal)).ToList();
        return new
        {
            approved,
            wins_sent = wins.Count,
            wins_ok = ok.Count,
            bookings_seen = visible.Count,
            win_request = Percentiles.Of(ok.Select(w => Ms(w.AnsweredAt - w.SentAt))),
            answer_to_visible = Percentiles.Of(visible.Select(w => Ms(seen[w.Deal] - w.AnsweredAt))),
            sent_to_visible = Percentiles.Of(visible.Select(w => Ms(seen[w.Deal] - w.SentAt))),
            outbox_wait = Percentiles.Of(paths.Select(p => Ms(p.Dispatched - p.Queued))),
            broker_hop = Percentiles.Of(paths.Select(p => Ms(p.Received - p.Dispatched))),
            inbox_to_booking = Percentiles.Of(paths.Select(p => Ms(p.Booked - p.Received))),
            queued_to_booking = Percentiles.Of(paths.Select(p => Ms(p.Booked - p.Queued))),
            booking_to_visible = Percentiles.Of(paths.Where(p => seen.ContainsKey(p.Deal)).Select(p => Ms(seen[p.Deal] - p.Booked))),
        };
    }

    /// <summary>The warm-up wins: the path's first runs after start-up (JIT, EF query compilation, pools filling).</summary>
    public static object Cold(IReadOnlyList<WinResult> wins, IReadOnlyDictionary<Guid, DateTime> seen) => new
    {
        wins = wins.Count,
        answer_to_visible = Percentiles.Of(wins.Where(w => w.Ok && seen.ContainsKey(w.Deal)).Select(w => Ms(seen[w.Deal] - w.AnsweredAt))),
    };

    private static double Ms(TimeSpan span) => span.TotalMilliseconds;
}
