using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// A row that cannot be published backs off (attempts, last_error, not_before), is never marked
/// dispatched, dies after Outbox:MaxAttempts (3 here) — and meanwhile holds back the later rows of its
/// aggregate only.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class RelayFailureTests(FewAttemptsFixture service) : IClassFixture<FewAttemptsFixture>
{
    [Fact]
    public async Task A_row_that_cannot_be_published_backs_off_dies_after_max_attempts_and_holds_back_only_its_aggregate()
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

        // The failing row backs off and its aggregate waits behind it.
        await Eventually.True(async () => await service.Outbox.CountAsync("message_id = @p0 AND attempts >= 1 AND not_before > now() AND last_error LIKE '%partner.no-such-event%'", unpublishable.EventId) == 1, what: "the first failure recorded");
        (await service.Outbox.IsDispatchedAsync(behindIt.EventId)).ShouldBeFalse();
        consumer.Messages(ProspectCreated, m => m["eventId"]!.GetValue<string>() == behindIt.EventId.ToString()).ShouldBeEmpty();

        // After the third attempt (2 s and 4 s of backoff) it is dead, never dispatched; then its aggregate moves on.
        await Eventually.True(async () => await service.Outbox.CountAsync("message_id = @p0 AND dead_at IS NOT NULL", unpublishable.EventId) == 1, TimeSpan.FromSeconds(30), "the row dead");
        (await service.Outbox.CountAsync("message_id = @p0 AND attempts = 3 AND dispatched_at IS NULL", unpublishable.EventId)).ShouldBe(1);
        await consumer.WaitForAsync(ProspectCreated, m => m["eventId"]!.GetValue<string>() == behindIt.EventId.ToString(), TimeSpan.FromSeconds(10));
        await Eventually.True(() => service.Outbox.IsDispatchedAsync(behindIt.EventId), what: "the row behind it marked dispatched"); // committed after the broker's confirm
        (await service.Outbox.CountAsync("message_id = @p0 AND dispatched_at >= (SELECT dead_at FROM partner.outbox_messages WHERE message_id = @p1)", behindIt.EventId, unpublishable.EventId)).ShouldBe(1);
    }
}
