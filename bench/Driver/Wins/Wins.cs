using System.Text.Json;

namespace Bench.Driver.Wins;

/// <summary>
/// P4: approved deals of active partners (taking turns: Revenue books one partner's wins one at a time, under the
/// partner's lock) are won at a steady rate through the gateway while a reader watches
/// revenue.bookings; prints percentiles of win answered → booking visible and of each leg of the way (JSON). The first
/// --warmup wins (at the same rate) run the path once cold and are reported apart, as wrk's warm-up is not counted.
/// </summary>
internal static class Wins
{
    public static async Task<int> RunAsync(Options options)
    {
        var db = options.Text("db");
        using var http = new HttpClient { BaseAddress = new Uri(options.Text("gw")), Timeout = TimeSpan.FromSeconds(30) };
        var api = new Api(http);
        var managerToken = await api.TokenAsync("ChannelManager");
        var partners = new List<(Guid, string)>();
        foreach (var partner in options.Text("partners").Split(',').Select(Guid.Parse))
            partners.Add((partner, await api.TokenAsync("Partner", partner)));
        var warmup = options.Number("warmup");
        var deals = await ApprovedDeals.CreateAsync(api, partners, managerToken, warmup + options.Number("count"));
        await Quiet.WaitAsync(db, deals, TimeSpan.FromSeconds(120));

        var watcher = new BookingWatcher(db);
        using var stop = new CancellationTokenSource();
        var watching = watcher.RunAsync(stop.Token);
        var cold = await LoadAsync(api, managerToken, deals.Take(warmup).ToList(), options.Number("rate"), watcher);
        var wins = await LoadAsync(api, managerToken, deals.Skip(warmup).ToList(), options.Number("rate"), watcher);
        await stop.CancelAsync();
        await watching.ContinueWith(_ => { }, TaskScheduler.Default);

        var paths = await WinPaths.ReadAsync(db, wins.Where(w => w.Ok).Select(w => w.Deal));
        var report = WinReport.Of(deals.Count - warmup, wins, watcher.Seen, paths);
        var warm = WinReport.Cold(cold, watcher.Seen);
        Console.WriteLine(JsonSerializer.Serialize(new { report, warmup = warm }));
        return 0;
    }

    /// <summary>Wins at the rate, then up to a minute for every accepted one to show as a booking.</summary>
    private static async Task<List<WinResult>> LoadAsync(Api api, string token, IReadOnlyList<Guid> deals, int rate, BookingWatcher watcher)
    {
        var wins = await WinLoad.RunAsync(api, token, deals, rate, watcher);
        var expected = wins.Where(w => w.Ok).Select(w => w.Deal).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (expected.Any(d => !watcher.Seen.ContainsKey(d)) && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return wins;
    }
}
