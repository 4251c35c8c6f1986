using System.Net;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// A row the broker or serializer refuses (here: an exchange no event is published to) backs off, dies after
/// Outbox:MaxAttempts (3 here) such failures, and — dead or alive — holds back the later rows of its aggregate, and
/// only those, until an operator fixes the cause and re-arms it through the admin endpoint.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class RelayFailureTests(FewAttemptsFixture service) : IClassFixture<FewAttemptsFixture>
{
    [Fact]
    public async Task A_refused_row_dies_after_max_attempts_holds_back_its_aggregate_and_goes_out_in_order_once_rearmed()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        var aggregate = Guid.NewGuid();
        var unpublishable = ProspectEvent(aggregate);
        var behindIt = ProspectEvent(aggregate);
        var otherAggregate = ProspectEvent(Guid.NewGuid());
        await service.Outbox.InsertAsync(OutboxTable.Row(unpublishable, aggregate, exchange: "partner.no-such-event"));
        await service.Outbox.InsertAsync(OutboxTable.Row(behindIt, aggregate));
        await service.Outbox.InsertAsync(OutboxTable.Row(otherAggregate, otherAggregate.PartnerId));

        // Other aggregates flow.
        await consumer.WaitForAsync(ProspectCreated, ForPartner(otherAggregate.PartnerId));

        // After three refusals (2 s and 4 s of backoff) the row is dead, never dispatched.
        await Eventually.True(
            async () => await service.Outbox.CountAsync("message_id = @p0 AND dead_at IS NOT NULL", unpublishable.EventId) == 1,
            TimeSpan.FromSeconds(30), "the row dead");
        (await service.Outbox.CountAsync(
            "message_id = @p0 AND rejections = 3 AND dispatched_at IS NULL AND last_error LIKE '%partner.no-such-event%'", unpublishable.EventId)).ShouldBe(1);

        // Dead, it still holds its aggregate back: a row written after it went out, the row behind it did not.
        var marker = ProspectEvent(Guid.NewGuid());
        await service.Outbox.InsertAsync(OutboxTable.Row(marker, marker.PartnerId));
        await consumer.WaitForAsync(ProspectCreated, ForPartner(marker.PartnerId));
        (await service.Outbox.IsDispatchedAsync(behindIt.EventId)).ShouldBeFalse();
        consumer.Messages(ProspectCreated, m => m["eventId"]!.GetValue<string>() == behindIt.EventId.ToString()).ShouldBeEmpty();

        // The operator sees it, fixes the cause, re-arms it: both go out, in their order.
        var manager = service.Manager();
        var dead = await manager.GetJson("/admin/messaging/outbox/dead");
        dead.Status.ShouldBe(HttpStatusCode.OK, dead.ToString());
        dead.Body["items"]!.AsArray().Select(i => i!["messageId"]!.GetValue<string>()).ShouldBe([unpublishable.EventId.ToString()]);
        (await manager.GetJson("/admin/messaging/outbox")).Body["dead"]!.GetValue<long>().ShouldBe(1);
        await service.Database.ExecuteAsync("UPDATE partner.outbox_messages SET exchange = @p0 WHERE message_id = @p1", ProspectCreated, unpublishable.EventId);
        var rearmed = await manager.PostJson($"/admin/messaging/outbox/dead/{unpublishable.EventId}/rearm", null);
        rearmed.Status.ShouldBe(HttpStatusCode.OK, rearmed.ToString());

        await Eventually.True(
            () => Task.FromResult(consumer.Messages(ProspectCreated, ForPartner(aggregate)).Count() == 2), TimeSpan.FromSeconds(20), "both rows delivered");
        consumer.Messages(ProspectCreated, ForPartner(aggregate)).Select(m => m["eventId"]!.GetValue<string>())
            .ShouldBe([unpublishable.EventId.ToString(), behindIt.EventId.ToString()]);
        (await manager.PostJson($"/admin/messaging/outbox/dead/{unpublishable.EventId}/rearm", null)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_channel_manager_sees_and_rearms_dead_rows()
    {
        var partner = service.Client(Application.Security.Roles.Partner, Guid.NewGuid());
        var integration = service.Client(Application.Security.Roles.Integration);
        (await partner.GetJson("/admin/messaging/outbox/dead")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson("/admin/messaging/outbox/dead/rearm", new { })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await service.Anonymous().GetJson("/admin/messaging/outbox")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
