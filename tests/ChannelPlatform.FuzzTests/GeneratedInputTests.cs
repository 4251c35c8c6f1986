using System.Collections.Concurrent;
using System.Diagnostics;
using ChannelPlatform.FuzzTests.Api;
using ChannelPlatform.FuzzTests.Checks;
using ChannelPlatform.FuzzTests.Generation;
using ChannelPlatform.FuzzTests.Platform;
using ChannelPlatform.FuzzTests.Reporting;
using ChannelPlatform.FuzzTests.Sending;
using Xunit.Abstractions;

namespace ChannelPlatform.FuzzTests;

/// <summary>
/// Issue 11's bad-input run, kept: at least 10 000 generated requests over every operation of every OpenAPI document,
/// through the gateway. Every violation is collected; the test fails once, at the end, with the report.
/// </summary>
[Collection(FuzzCollection.Name)]
[Trait("Category", "Fuzz")]
public sealed class GeneratedInputTests(FuzzPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_operation_answers_bad_input_with_a_ProblemDetails_4xx_never_a_5xx_and_never_its_internals()
    {
        var settings = FuzzSettings.FromEnvironment();
        output.WriteLine($"Seed {settings.Seed} (CHANNEL_FUZZ_SEED replays it), {settings.Requests} requests, "
            + $"{platform.Operations.Count} operations.");
        var clock = Stopwatch.StartNew();
        var sender = new RequestSender(platform.Http, r => platform.BaseFor(r.Operation), settings.Timeout);
        var report = new FuzzReport();
        var baselines = await BaselinesAsync(sender, report);
        var generator = new RequestGenerator(settings.Seed, platform.World, baselines.Preferred);
        var requests = generator.Draw(platform.Operations, Math.Max(0, settings.Requests - report.Total)).ToList();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency }, async (request, _) =>
            Record(report, await sender.SendAsync(request), baselines.Rejected));

        var markdown = ReportText.Markdown(report, settings, platform.Operations.Count, platform.World.Ids.Collections, clock.Elapsed);
        var path = ReportFile.Write(markdown);
        output.WriteLine(markdown);
        report.Total.ShouldBeGreaterThanOrEqualTo(FuzzSettings.DefaultRequests);
        report.ByOperation.Count.ShouldBe(platform.Operations.Select(o => o.Name).Distinct().Count());
        if (report.Violations.Count > 0)
            Assert.Fail(ReportText.Summary(report, path));
    }

    /// <summary>
    /// Each operation's baseline from each role: the first role it is not refused to sends that operation's mutations
    /// (so they reach its handler), and operations whose baseline is already a 400 are noted.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, Caller> Preferred, IReadOnlySet<string> Rejected)> BaselinesAsync(
        RequestSender sender, FuzzReport report)
    {
        var preferred = new ConcurrentDictionary<string, Caller>(StringComparer.Ordinal);
        var rejected = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var generator = new RequestGenerator(0, platform.World, preferred);
        await Parallel.ForEachAsync(platform.Operations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (operation, _) =>
        {
            foreach (var caller in platform.World.Callers.Valid)
            {
                var exchange = await sender.SendAsync(generator.Baseline(operation, caller));
                Record(report, exchange, new HashSet<string>());
                report.Baselines[operation.Name] = $"{caller} → {exchange.Status}";
                if (exchange.Status is 401 or 403)
                    continue;
                preferred[operation.Name] = caller;
                if (exchange.Status == 400)
                    rejected[operation.Name] = true;
                break;
            }
        });
        return (preferred, rejected.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static void Record(FuzzReport report, Exchange exchange, IReadOnlySet<string> rejected) =>
        report.Add(exchange, [.. ResponseRules.Check(exchange, rejected)], KnownExceptions.Allows(exchange));
}
