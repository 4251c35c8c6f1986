using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>MESSAGING.md test 3: the process dies after publishing, before marking the row dispatched → delivered twice, applied once.</summary>
[Trait("Category", "Messaging")]
public sealed class CrashAfterPublishTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task A_row_published_but_not_marked_dispatched_is_published_again_with_the_same_message_id()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        var partnerId = await service.Manager().CreateProspectAsync();
        var messageId = (await service.Outbox.MessageIdsAsync(partnerId, ProspectCreated)).ShouldHaveSingleItem();
        await consumer.WaitForAsync(ProspectCreated, ForPartner(partnerId));
        await Eventually.True(() => service.Outbox.IsDispatchedAsync(messageId), what: "the row marked dispatched");

        // What a crash between the broker's confirm and the commit of dispatched_at leaves behind.
        await service.Database.ExecuteAsync("UPDATE partner.outbox_messages SET dispatched_at = NULL WHERE message_id = @p0", messageId);

        await Eventually.True(
            () => Task.FromResult(consumer.Deliveries.Count(d => d.MessageId == messageId.ToString()) >= 2),
            TimeSpan.FromSeconds(20),
            "the row published a second time");
        await Eventually.True(() => service.Outbox.IsDispatchedAsync(messageId), what: "the row marked dispatched again");
        var copies = consumer.Messages(ProspectCreated, ForPartner(partnerId)).ToList();
        copies.Count.ShouldBe(2);
        copies.ShouldAllBe(m => m["eventId"]!.GetValue<string>() == messageId.ToString());
    }

    [Fact]
    public async Task The_consuming_side_applies_the_event_published_twice_once()
    {
        var manager = service.Manager();
        var partnerId = await manager.CreateProspectAsync();
        var booking = Booking(partnerId, amount: 500m);

        await EventProducer.PublishAsync(service.Broker.Amqp, booking);
        await EventProducer.PublishAsync(service.Broker.Amqp, booking);

        await Eventually.True(async () => await service.Probe.AcknowledgedAsync(BookedQueue) >= 2, TimeSpan.FromSeconds(30), "both copies acknowledged");
        (await service.Probe.ReadyAsync(BookedErrorQueue) ?? 0).ShouldBe(0u);
        (await service.Outbox.RevenueEntriesAsync(booking.EventId)).ShouldBe(1);
        (await service.Outbox.InboxCountAsync(booking.EventId)).ShouldBe(1);
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(500m);
    }
}
