using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// MESSAGING.md test 7: queues and bindings are declared when a service starts (and, for every
/// documented consumer, by every service), so what is published while a consumer is down — or has
/// never run — waits in its queue.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class LateConsumerTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task A_consumer_started_after_the_events_were_produced_receives_them()
    {
        var partnerId = await service.Manager().CreateProspectAsync();
        await service.App.DisposeAsync(); // the Partner service is down

        var booking = Booking(partnerId, amount: 4200m);
        await EventProducer.PublishAsync(service.Broker.Amqp, booking);
        (await service.Probe.ReadyAsync(BookedQueue)).ShouldBe(1u); // waiting for its consumer
        (await service.Outbox.RevenueEntriesAsync(booking.EventId)).ShouldBe(0);

        var restarted = service.StartInstance();

        await Eventually.True(async () => await service.Outbox.RevenueEntriesAsync(booking.EventId) == 1, TimeSpan.FromSeconds(30), "the booking applied after the restart");
        (await service.Manager(restarted).TrailingRevenueAsync(partnerId)).ShouldBe(4200m);
    }

    [Fact]
    public async Task Every_documented_consumer_queue_exists_before_its_service_ever_ran_so_nothing_published_is_lost()
    {
        // Only the Partner service ever started in this virtual host; it declared everyone's queues.
        (await service.Broker.QueueExistsAsync(BookedQueue)).ShouldBeTrue();
        (await service.Broker.QueueExistsAsync("revenue.deal-won")).ShouldBeTrue();
        (await service.Broker.QueueExistsAsync("dealreg.activated")).ShouldBeTrue();

        // A partner.activated published before Deal Registration (or Enablement, or Revenue) ever ran waits for each of them.
        var activated = new PartnerActivated(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "Acme", "Reseller", "Registered", "Emea", "DE", DateTimeOffset.UtcNow, 60, 0m, 0m);
        await EventProducer.PublishAsync(service.Broker.Amqp, activated);

        foreach (var queue in new[] { "dealreg.activated", "enablement.activated", "revenue.activated" })
        {
            var waiting = (await service.Probe.PeekAllAsync(queue)).ShouldHaveSingleItem(queue);
            waiting.MessageId.ShouldBe(activated.EventId.ToString());
        }
    }
}
