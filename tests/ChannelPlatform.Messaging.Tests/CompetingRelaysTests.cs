using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>Two replicas share one outbox: <c>FOR UPDATE SKIP LOCKED</c> gives each row to one relay.</summary>
[Trait("Category", "Messaging")]
public sealed class CompetingRelaysTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task Two_relays_publishing_concurrently_deliver_each_outbox_row_once()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        var replica = service.StartInstance();
        HttpClient[] managers = [service.Manager(), service.Manager(replica)];

        // 40 partners, 4 at a time, half through each replica: each wakes its own relay and NOTIFYs the other.
        var partners = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        await Parallel.ForAsync(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            partners.Add(await managers[i % 2].CreateProspectAsync()));

        await Eventually.True(
            () => Task.FromResult(partners.All(id => consumer.Messages(ProspectCreated, ForPartner(id)).Any())),
            TimeSpan.FromSeconds(30),
            "an event for each of the 40 partners");
        await Eventually.True(async () => await service.Outbox.UndispatchedAsync() == 0, what: "every row dispatched");
        var marker = ProspectEvent(Guid.NewGuid());
        await consumer.SettleAsync(service.Broker.Amqp, marker);

        var deliveries = consumer.Deliveries.Where(d => d.MessageId != marker.EventId.ToString()).ToList();
        deliveries.Count.ShouldBe(40);
        deliveries.Select(d => d.MessageId).Distinct().Count().ShouldBe(40);
        deliveries.Select(d => d.Envelope?["sourceAddress"]?.GetValue<string>()).Distinct().Count().ShouldBe(2, "both relays published");
        var rows = await service.Database.ScalarAsync<long>("SELECT count(*) FROM partner.outbox_messages WHERE exchange = @p0 AND attempts = 0", ProspectCreated);
        rows.ShouldBe(40);
    }
}
