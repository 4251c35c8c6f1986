using System.Diagnostics;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using Xunit.Abstractions;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// How many requests a second the gateway and the Partner service serve together on this machine:
/// N creates, then N reads, through the gateway. Reports numbers; asserts only that every request succeeded.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LoadProbe(PlatformFixture platform, ITestOutputHelper output)
{
    private const int Concurrency = 8;

    [BenchmarkFact]
    [Trait("Category", "Benchmark")]
    public async Task Creates_and_reads_through_the_gateway()
    {
        var n = int.TryParse(Environment.GetEnvironmentVariable("CHANNEL_BENCH_N"), out var parsed) && parsed > 0 ? Math.Min(parsed, 20_000) : 500;
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        await manager.ProspectAsync(); // warm-up: JIT, connection pools

        var ids = new Guid[n];
        var create = await RunAsync(n, async i =>
        {
            var created = await manager.PostJson("/api/v1/partners", PartnerRequests.NewPartner());
            created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
            ids[i] = created.Id;
        });
        var read = await RunAsync(n, async i =>
        {
            var partner = await manager.GetJson($"/api/v1/partners/{ids[i]}");
            partner.Status.ShouldBe(HttpStatusCode.OK, partner.ToString());
        });

        Report("create POST /api/v1/partners", n, create);
        Report("read   GET  /api/v1/partners/{id}", n, read);
    }

    private static async Task<(TimeSpan Elapsed, List<double> LatenciesMs)> RunAsync(int n, Func<int, Task> request)
    {
        var latencies = new List<double>(n);
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n)
            {
                var one = Stopwatch.StartNew();
                await request(i);
                lock (latencies)
                    latencies.Add(one.Elapsed.TotalMilliseconds);
            }
        });
        await Task.WhenAll(workers);
        return (total.Elapsed, latencies);
    }

    private void Report(string what, int n, (TimeSpan Elapsed, List<double> LatenciesMs) run)
    {
        var sorted = run.LatenciesMs.Order().ToList();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        output.WriteLine(
            $"{what}: {n} requests, {Concurrency} concurrent, {run.Elapsed.TotalSeconds:F2} s, {n / run.Elapsed.TotalSeconds:F0} requests/second; " +
            $"latency p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms");
    }
}
