using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// Housekeeping (run at each instance's start, then hourly) deletes dispatched outbox rows after 7 days
/// and inbox rows after 14; it never touches a row that has not gone out, backing off or dead.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class HousekeepingTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task Housekeeping_keeps_undispatched_rows_and_removes_only_old_dispatched_ones()
    {
        var manager = service.Manager();
        var oldPartner = await manager.CreateProspectAsync();
        var recentPartner = await manager.CreateProspectAsync();
        var oldDispatched = (await service.Outbox.MessageIdsAsync(oldPartner, ProspectCreated)).ShouldHaveSingleItem();
        var recentDispatched = (await service.Outbox.MessageIdsAsync(recentPartner, ProspectCreated)).ShouldHaveSingleItem();
        await Eventually.True(async () => await service.Outbox.IsDispatchedAsync(oldDispatched) && await service.Outbox.IsDispatchedAsync(recentDispatched), what: "both rows dispatched");
        await service.Database.ExecuteAsync("UPDATE partner.outbox_messages SET created_at = now() - interval '9 days', dispatched_at = now() - interval '8 days' WHERE message_id = @p0", oldDispatched);
        await service.Database.ExecuteAsync("UPDATE partner.outbox_messages SET dispatched_at = now() - interval '6 days' WHERE message_id = @p0", recentDispatched);

        var monthAgo = DateTimeOffset.UtcNow.AddDays(-30);
        var backingOff = ProspectEvent(Guid.NewGuid());
        await service.Outbox.InsertAsync(OutboxTable.Row(backingOff, backingOff.PartnerId, createdAt: monthAgo, notBefore: DateTimeOffset.UtcNow.AddDays(1), attempts: 9, lastError: "broker unreachable"));
        var dead = ProspectEvent(Guid.NewGuid());
        await service.Outbox.InsertAsync(OutboxTable.Row(dead, dead.PartnerId, createdAt: monthAgo, notBefore: monthAgo, attempts: 10, lastError: "broker unreachable", deadAt: monthAgo.AddDays(1)));

        Guid oldInbox = Guid.NewGuid(), recentInbox = Guid.NewGuid();
        await service.Database.ExecuteAsync(
            "INSERT INTO partner.inbox_messages (message_id, consumer, received_at) VALUES (@p0, 'RevenueBookedConsumer', now() - interval '15 days'), (@p1, 'RevenueBookedConsumer', now() - interval '13 days')",
            oldInbox,
            recentInbox);

        service.StartInstance(); // housekeeping runs once at start-up

        await Eventually.True(
            async () => await service.Outbox.CountAsync("message_id = @p0", oldDispatched) == 0 && await service.Outbox.InboxCountAsync(oldInbox) == 0,
            TimeSpan.FromSeconds(30),
            "the old dispatched row and the old inbox row removed");
        (await service.Outbox.CountAsync("message_id = @p0", recentDispatched)).ShouldBe(1);
        (await service.Outbox.CountAsync("message_id = @p0 AND dispatched_at IS NULL AND dead_at IS NULL", backingOff.EventId)).ShouldBe(1);
        (await service.Outbox.CountAsync("message_id = @p0 AND dead_at IS NOT NULL", dead.EventId)).ShouldBe(1);
        (await service.Outbox.InboxCountAsync(recentInbox)).ShouldBe(1);
    }
}
