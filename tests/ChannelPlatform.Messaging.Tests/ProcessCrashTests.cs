using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Xunit.Abstractions;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// Crashes as they happen: the Partner service runs as a child process and is killed with SIGKILL in the middle of
/// its work. On the producing side (a relay mid-batch) nothing is lost and a row published but not yet marked
/// goes out again under its own message id; on the consuming side every message is applied exactly once.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class ProcessCrashTests(RelayOffFixture service, ITestOutputHelper output) : IClassFixture<RelayOffFixture>
{
    private const string Project = "services/Partners/Partners.Api";

    [Fact]
    public async Task A_relay_killed_mid_batch_loses_nothing_and_the_next_one_finishes_in_aggregate_order()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        await service.Database.ExecuteAsync(Backlog.InsertSql, 1500);
        var expected = await Backlog.OrderAsync(service.Database);

        // Large batches: the kill lands while one is being published, before its commit.
        var settings = new Dictionary<string, string?>(RelayOffFixture.RelayOn) { ["Outbox:BatchSize"] = "1000" };
        using (var relay = ServiceProcess.Start(Project, service.SettingsWith(settings)))
        {
            await Eventually.True(() => Task.FromResult(consumer.Deliveries.Count >= 300), TimeSpan.FromSeconds(60), "the child relay publishing");
            relay.Kill();
        }

        var atKill = consumer.Deliveries.Count;
        var undispatched = await service.Outbox.UndispatchedAsync();
        output.WriteLine($"killed after {atKill} deliveries; {undispatched} rows not marked dispatched");
        atKill.ShouldBeGreaterThan(expected.Count - (int)undispatched, "killed mid-batch: published rows not yet marked dispatched");

        service.StartInstance(RelayOffFixture.RelayOn);
        await Eventually.True(async () => await service.Outbox.UndispatchedAsync() == 0, TimeSpan.FromSeconds(60), "the rest dispatched");
        await consumer.SettleAsync(service.Broker.Amqp, ProspectEvent(Guid.NewGuid()));

        var byMessage = consumer.Deliveries.GroupBy(d => d.MessageId).ToDictionary(g => g.Key!, g => g.Count());
        expected.ShouldAllBe(e => byMessage.ContainsKey(e.MessageId.ToString()), "no event lost");
        var twice = byMessage.Count(m => m.Value > 1);
        output.WriteLine($"{expected.Count} events, {twice} delivered twice (published, not yet marked, when killed)");
        byMessage.Values.ShouldAllBe(n => n <= 2);
        twice.ShouldBeGreaterThan(0, "what the killed batch had published goes out again, under the same message ids");
        var firstSeen = consumer.Deliveries.Select(d => d.MessageId!).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        foreach (var aggregate in expected.GroupBy(e => e.Aggregate))
        {
            var order = aggregate.Select(e => firstSeen[e.MessageId.ToString()]).ToList();
            order.ShouldBe(order.Order().ToList(), $"aggregate {aggregate.Key} in order");
        }
    }

    [Fact]
    public async Task A_consumer_killed_mid_stream_applies_every_message_exactly_once()
    {
        var manager = service.Manager();
        var partnerId = await manager.CreateProspectAsync();
        var bookings = Enumerable.Range(0, 400).Select(i => Booking(partnerId, amount: 10m + i)).ToList();
        using (var consumerProcess = ServiceProcess.Start(Project, service.SettingsWith(new Dictionary<string, string?>())))
        {
            foreach (var booking in bookings)
                await EventProducer.PublishAsync(service.Broker.Amqp, booking);
            await Eventually.True(async () => await InboxRowsAsync() >= 100, TimeSpan.FromSeconds(60), "the child consuming");
            consumerProcess.Kill();
        }

        output.WriteLine($"killed after {await InboxRowsAsync()} of 400 bookings applied");
        service.StartInstance(RelayOffFixture.RelayOn);
        await Eventually.True(async () => await InboxRowsAsync() == 400, TimeSpan.FromSeconds(60), "all 400 applied");
        await Eventually.True(async () => (await service.Probe.ReadyAsync(BookedQueue) ?? 0) == 0, what: "the queue empty");

        var entries = 0L;
        foreach (var booking in bookings)
            entries += await service.Outbox.RevenueEntriesAsync(booking.EventId);
        entries.ShouldBe(400);
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(bookings.Sum(b => b.Amount));
    }

    private Task<long> InboxRowsAsync() => service.Outbox.CountIn("partner.inbox_messages", "consumer = 'RevenueBookedConsumer'");
}
