using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>MESSAGING.md test 1: the inbox makes a redelivered message a no-op, even when the copies arrive together.</summary>
[Trait("Category", "Messaging")]
public sealed class DuplicateDeliveryTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task The_same_message_delivered_three_times_two_of_them_concurrently_has_one_effect()
    {
        var manager = service.Manager();
        var partnerId = await manager.CreateProspectAsync();
        var booking = Booking(partnerId, amount: 1234.50m);

        // Two copies at once (each on its own connection, so the endpoint's 4 concurrent slots take both), then a third.
        await Task.WhenAll(
            EventProducer.PublishAsync(service.Broker.Amqp, booking),
            EventProducer.PublishAsync(service.Broker.Amqp, booking));
        await EventProducer.PublishAsync(service.Broker.Amqp, booking);

        // All three deliveries consumed and acknowledged (none parked in _error).
        await Eventually.True(async () => await service.Probe.AcknowledgedAsync(BookedQueue) >= 3, TimeSpan.FromSeconds(30), "three acknowledged deliveries on partner.booked");
        (await service.Probe.ReadyAsync(BookedErrorQueue) ?? 0).ShouldBe(0u);

        (await service.Outbox.RevenueEntriesAsync(booking.EventId)).ShouldBe(1);
        (await service.Outbox.InboxCountAsync(booking.EventId)).ShouldBe(1);
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(1234.50m);
    }
}
