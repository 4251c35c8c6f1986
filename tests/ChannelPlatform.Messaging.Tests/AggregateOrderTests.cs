using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Npgsql;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// MESSAGING.md: "per aggregate, keep sequence order". With two replicas, one may be publishing an
/// aggregate's earlier row (holding its lock) when the other claims; the later row must wait for it.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class AggregateOrderTests(RelayOffFixture service) : IClassFixture<RelayOffFixture>
{
    [Fact]
    public async Task A_later_event_of_an_aggregate_waits_while_another_relay_is_publishing_an_earlier_one()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        var aggregate = Guid.NewGuid();
        var earlier = ProspectEvent(aggregate);
        var later = ProspectEvent(aggregate);
        var earlierSequence = await service.Outbox.InsertAsync(OutboxTable.Row(earlier, aggregate));

        // "Another replica" claims the earlier row and is slow to publish it: its claim lock is held.
        await using (var otherRelay = new NpgsqlConnection(service.Database.ConnectionString))
        {
            await otherRelay.OpenAsync();
            await using var claim = await otherRelay.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM partner.outbox_messages WHERE sequence = @p0 FOR UPDATE", otherRelay, claim))
            {
                lockRow.Parameters.AddWithValue("p0", earlierSequence);
                await lockRow.ExecuteScalarAsync();
            }

            await service.Outbox.InsertAsync(OutboxTable.Row(later, aggregate));
            service.StartInstance(RelayOffFixture.RelayOn); // this replica's relay runs
            // The relay works while the earlier row is held: a row of another aggregate, written after, goes out.
            var marker = ProspectEvent(Guid.NewGuid());
            await service.Outbox.InsertAsync(OutboxTable.Row(marker, marker.PartnerId));
            await consumer.WaitForAsync(ProspectCreated, ForPartner(marker.PartnerId));
            consumer.Messages(ProspectCreated, ForPartner(aggregate)).ShouldBeEmpty();

            await claim.RollbackAsync(); // the other replica gave up (or died): the earlier row is free again
        }

        await Eventually.True(() => Task.FromResult(consumer.Messages(ProspectCreated, ForPartner(aggregate)).Count() == 2), TimeSpan.FromSeconds(20), "both events delivered");
        consumer.Messages(ProspectCreated, ForPartner(aggregate)).Select(m => m["eventId"]!.GetValue<string>())
            .ShouldBe([earlier.EventId.ToString(), later.EventId.ToString()]);
    }
}
