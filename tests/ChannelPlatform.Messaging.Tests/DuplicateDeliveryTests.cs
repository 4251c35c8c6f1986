using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// MESSAGING.md test 1: the inbox makes a redelivered message a no-op, even when the copies arrive together. The
/// copies share their MessageId but carry different event ids (so different revenue entries): only the inbox,
/// keyed on the MessageId, can tell them apart from new bookings — the handler's own keys cannot hide its absence.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class DuplicateDeliveryTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task The_same_message_delivered_three_times_two_of_them_concurrently_has_one_effect()
    {
        var manager = service.Manager();
        var partnerId = await manager.CreateProspectAsync();
        var messageId = Guid.NewGuid();
        var copies = Enumerable.Range(0, 3).Select(_ => Booking(partnerId, amount: 1234.50m)).ToList();

        // Two copies at once (each on its own connection, so the endpoint's 4 concurrent slots take both), then a third.
        await Task.WhenAll(
            EventProducer.PublishAsync(service.Broker.Amqp, copies[0], messageId),
            EventProducer.PublishAsync(service.Broker.Amqp, copies[1], messageId));
        await EventProducer.PublishAsync(service.Broker.Amqp, copies[2], messageId);

        // All three deliveries consumed and acknowledged (none parked in _error).
        await Eventually.True(async () => await service.Probe.AcknowledgedAsync(BookedQueue) >= 3, TimeSpan.FromSeconds(30), "three acknowledged deliveries on partner.booked");
        (await service.Probe.ReadyAsync(BookedErrorQueue) ?? 0).ShouldBe(0u);

        (await service.Outbox.InboxCountAsync(messageId)).ShouldBe(1);
        var entries = 0L;
        foreach (var copy in copies)
            entries += await service.Outbox.RevenueEntriesAsync(copy.EventId);
        entries.ShouldBe(1);
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(1234.50m);
    }
}
