using System.Diagnostics;
using System.Globalization;

namespace Bench.Driver.Wins;

internal sealed record WinResult(Guid Deal, int Status, DateTime SentAt, DateTime AnsweredAt)
{
    public bool Ok => Status is >= 200 and < 300;
}

/// <summary>
/// Wins at a fixed rate, open loop: each is sent on its schedule whether or not earlier ones have been answered, so a
/// slow platform shows as latency, not as a lower rate. Each deal is watched from the moment its win is sent.
/// </summary>
internal static class WinLoad
{
    public static async Task<List<WinResult>> RunAsync(
        Api api, string managerToken, IReadOnlyList<Guid> deals, int rate, BookingWatcher watcher)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pace = TimeSpan.FromSeconds(1.0 / rate);
        var start = Stopwatch.GetTimestamp();
        var sends = new List<Task<WinResult>>(deals.Count);
        for (var i = 0; i < deals.Count; i++)
        {
            var due = (pace * i) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            watcher.Watch(deals[i]);
            sends.Add(WinAsync(api, managerToken, deals[i], 1000 + (i % 97), today));
        }

        return [.. await Task.WhenAll(sends)];
    }

    private static async Task<WinResult> WinAsync(Api api, string token, Guid deal, decimal value, string today)
    {
        var sent = DateTime.UtcNow;
        var (status, _) = await api.PostAsync($"/api/v1/deals/{deal}/win", token, new { actualValue = value, closedOn = today });
        return new WinResult(deal, status, sent, DateTime.UtcNow);
    }
}
