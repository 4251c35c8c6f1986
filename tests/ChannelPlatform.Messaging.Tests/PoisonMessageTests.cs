using System.Net;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>MESSAGING.md test 5, first half: a body that is not even JSON is parked in <c>_error</c> and the queue keeps flowing.</summary>
[Trait("Category", "Messaging")]
public sealed class UnreadableMessageTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task A_body_that_is_not_json_ends_in_the_error_queue_and_a_good_message_after_it_is_applied()
    {
        await service.Probe.TakeAllAsync(BookedErrorQueue); // the other test of this class parks one too
        var manager = service.Manager();
        var partnerId = await manager.CreateProspectAsync();
        var poisonId = Guid.NewGuid();

        await EventProducer.PublishRawAsync(service.Broker.Amqp, RevenueBookedExchange, "{ \"messageId\": \"not json at all", poisonId.ToString());
        var good = Booking(partnerId, amount: 700m);
        await EventProducer.PublishAsync(service.Broker.Amqp, good);

        await Eventually.True(async () => await service.Outbox.RevenueEntriesAsync(good.EventId) == 1, what: "the good booking applied");
        await Eventually.True(async () => await service.Probe.ReadyAsync(BookedErrorQueue) == 1, what: "the poison message in partner.booked_error");
        var parked = (await service.Probe.PeekAllAsync(BookedErrorQueue)).ShouldHaveSingleItem();
        parked.MessageId.ShouldBe(poisonId.ToString());
        parked.Headers.ShouldContainKey("MT-Reason");
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(700m);
    }

    [Fact]
    public async Task Redriving_messages_that_still_fail_moves_each_once_and_they_return_to_the_error_queue()
    {
        await service.Probe.TakeAllAsync(BookedErrorQueue); // the other test of this class parks one too
        var poisonIds = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in poisonIds)
            await EventProducer.PublishRawAsync(service.Broker.Amqp, RevenueBookedExchange, "<xml>not json</xml>", id.ToString());
        await Eventually.True(async () => await service.Probe.ReadyAsync(BookedErrorQueue) == 20, what: "20 poison messages in partner.booked_error");

        var redriven = await service.Manager().PostJson($"/admin/messaging/queues/{BookedQueue}/redrive", null);

        redriven.Status.ShouldBe(HttpStatusCode.OK, redriven.ToString());
        // Each parked message once: the re-driver must not chase the ones it just moved, back in _error within
        // milliseconds, round the loop until its `max` (1000 by default).
        redriven.Body["moved"]!.GetValue<int>().ShouldBe(20);
        await Eventually.True(async () => await service.Probe.ReadyAsync(BookedErrorQueue) == 20, what: "the messages back in partner.booked_error");
        (await service.Probe.PeekAllAsync(BookedErrorQueue)).Select(m => m.MessageId).ShouldBe(poisonIds.Select(id => id.ToString()), ignoreOrder: true);
    }
}

/// <summary>
/// MESSAGING.md test 5, second half: a well-formed message whose effect fails (a currency too long for
/// its column) is retried, parked in <c>_error</c> while later messages flow; once the cause is fixed
/// and it is re-driven it is applied once, and a second re-drive finds nothing.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class PoisonMessageRedriveTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task A_failing_message_is_retried_parked_in_error_and_after_the_fix_redriven_and_applied_once()
    {
        var manager = service.Manager();
        var partnerId = await manager.CreateProspectAsync();
        var poison = Booking(partnerId, amount: 300m, currency: "TENCHARSXX"); // revenue_entries.currency is varchar(3)
        var good = Booking(partnerId, amount: 200m);

        await EventProducer.PublishAsync(service.Broker.Amqp, poison);
        await EventProducer.PublishAsync(service.Broker.Amqp, good);

        await Eventually.True(async () => await service.Outbox.RevenueEntriesAsync(good.EventId) == 1, what: "the good booking applied");
        await Eventually.True(async () => await service.Probe.ReadyAsync(BookedErrorQueue) == 1, TimeSpan.FromSeconds(30), "the poison in partner.booked_error after its retries");
        var parked = (await service.Probe.PeekAllAsync(BookedErrorQueue)).ShouldHaveSingleItem();
        parked.MessageId.ShouldBe(poison.EventId.ToString());
        parked.Headers["MT-Fault-RetryCount"].ShouldBe("3"); // 100 ms, 500 ms, 2 s
        (await service.Outbox.RevenueEntriesAsync(poison.EventId)).ShouldBe(0);
        (await service.Outbox.InboxCountAsync(poison.EventId)).ShouldBe(0); // rolled back with the failed effect
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(200m);

        // Fix the cause, then move the message back as the runbook says.
        await service.Database.ExecuteAsync("ALTER TABLE partner.revenue_entries ALTER COLUMN currency TYPE varchar(20)");
        var redriven = await manager.PostJson($"/admin/messaging/queues/{BookedQueue}/redrive", null);

        redriven.Status.ShouldBe(HttpStatusCode.OK, redriven.ToString());
        redriven.Body["moved"]!.GetValue<int>().ShouldBe(1);
        await Eventually.True(async () => await service.Outbox.RevenueEntriesAsync(poison.EventId) == 1, TimeSpan.FromSeconds(30), "the re-driven booking applied");
        (await service.Outbox.InboxCountAsync(poison.EventId)).ShouldBe(1);
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(500m);
        (await service.Probe.ReadyAsync(BookedErrorQueue)).ShouldBe(0u);

        var again = await manager.PostJson($"/admin/messaging/queues/{BookedQueue}/redrive", null);
        again.Status.ShouldBe(HttpStatusCode.OK, again.ToString());
        again.Body["moved"]!.GetValue<int>().ShouldBe(0);

        // Even a stray copy of it (say, from a second re-drive by someone else) counts once.
        await EventProducer.PublishAsync(service.Broker.Amqp, poison);
        await Eventually.True(async () => await service.Probe.AcknowledgedAsync(BookedQueue) >= 4, TimeSpan.FromSeconds(30), "the stray copy consumed");
        (await service.Outbox.RevenueEntriesAsync(poison.EventId)).ShouldBe(1);
        (await manager.TrailingRevenueAsync(partnerId)).ShouldBe(500m);
    }

    [Fact]
    public async Task Redriving_is_for_channel_managers_and_only_for_the_services_own_queues()
    {
        var partnerUser = service.Client(ChannelPlatform.Application.Security.Roles.Partner, Guid.NewGuid());
        (await partnerUser.PostJson($"/admin/messaging/queues/{BookedQueue}/redrive", null)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await service.Manager().PostJson("/admin/messaging/queues/revenue.deal-won/redrive", null)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Redriving_a_queue_whose_consumer_never_failed_moves_nothing()
    {
        (await service.Probe.ReadyAsync("partner.certification-earned_error")).ShouldBe(0u); // declared with its queue, empty

        var redriven = await service.Manager().PostJson("/admin/messaging/queues/partner.certification-earned/redrive", null);

        redriven.Status.ShouldBe(HttpStatusCode.OK, redriven.ToString());
        redriven.Body["moved"]!.GetValue<int>().ShouldBe(0);
    }
}
