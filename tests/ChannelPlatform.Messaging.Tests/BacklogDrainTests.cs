using System.Collections.Concurrent;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Xunit.Abstractions;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// A backlog of 20 000 rows over 10 000 aggregates, drained by two relays at once. The claim takes its advisory
/// locks on the rows it returns only (a claim that locked every aggregate its scan passed would hold thousands and,
/// past max_locks_per_transaction × max_connections, fail every pass): everything is published once, by both
/// relays, and each aggregate's two events leave in their order.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class BacklogDrainTests(RelayOffFixture service, ITestOutputHelper output) : IClassFixture<RelayOffFixture>
{
    private const int Aggregates = 10_000;

    [Fact]
    public async Task Two_relays_drain_a_backlog_of_20000_rows_once_each_in_aggregate_order_with_few_locks()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        await service.Database.ExecuteAsync(Backlog.InsertSql, Aggregates);
        var expected = await Backlog.OrderAsync(service.Database);
        expected.Count.ShouldBe(2 * Aggregates);

        using var sampling = new CancellationTokenSource();
        var maxLocks = 0L;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                maxLocks = Math.Max(maxLocks, await service.Database.ScalarAsync<long>(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
                await Task.Delay(20, CancellationToken.None);
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        service.StartInstance(RelayOffFixture.RelayOn);
        service.StartInstance(RelayOffFixture.RelayOn);

        await Eventually.True(() => Task.FromResult(consumer.Deliveries.Count >= expected.Count), TimeSpan.FromMinutes(3), "20 000 deliveries");
        var drained = clock.Elapsed;
        await Eventually.True(async () => await service.Outbox.UndispatchedAsync() == 0, what: "every row marked dispatched");
        await sampling.CancelAsync();
        await sampler;
        output.WriteLine($"20 000 rows drained in {drained.TotalSeconds:0.0} s by two relays; at most {maxLocks} advisory locks held at once");

        var deliveries = consumer.Deliveries.ToList();
        deliveries.Count.ShouldBe(expected.Count);
        deliveries.Select(d => d.MessageId).Distinct().Count().ShouldBe(expected.Count);
        deliveries.Select(d => d.Envelope?["sourceAddress"]?.GetValue<string>()).Distinct().Count().ShouldBe(2, "both relays published");
        var delivered = new ConcurrentDictionary<Guid, List<string>>();
        foreach (var d in deliveries)
            delivered.GetOrAdd(Guid.Parse(d.Envelope!["message"]!["partnerId"]!.GetValue<string>()), _ => []).Add(d.MessageId!);
        foreach (var (aggregate, ids) in expected.GroupBy(e => e.Aggregate).Select(g => (g.Key, g.Select(e => e.MessageId.ToString()).ToList())))
            delivered[aggregate].ShouldBe(ids, $"aggregate {aggregate} in sequence order");
        maxLocks.ShouldBeLessThanOrEqualTo(2 * 100, "advisory locks only on the rows of the two relays' batches");
    }
}
