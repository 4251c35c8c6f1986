using System.Text.Json;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Npgsql;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// MESSAGING.md test 6: sequence numbers are taken when a row is inserted, but rows become visible at
/// commit; a relay that only looked past the last sequence it saw would lose the row committed late.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class OutOfOrderCommitTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task Two_transactions_that_commit_out_of_sequence_order_are_both_delivered()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);
        var first = ProspectEvent(Guid.NewGuid());
        var second = ProspectEvent(Guid.NewGuid());
        await using var early = new NpgsqlConnection(service.Database.ConnectionString);
        await using var late = new NpgsqlConnection(service.Database.ConnectionString);
        await early.OpenAsync();
        await late.OpenAsync();

        // The first-begun transaction takes the lower sequence ...
        await using var firstTx = await early.BeginTransactionAsync();
        var firstSequence = await OutboxTable.InsertAsync(early, firstTx, OutboxTable.Row(first, first.PartnerId));
        await using var secondTx = await late.BeginTransactionAsync();
        var secondSequence = await OutboxTable.InsertAsync(late, secondTx, OutboxTable.Row(second, second.PartnerId));
        secondSequence.ShouldBeGreaterThan(firstSequence);

        // ... but commits last, after the relay has already published the higher one.
        await secondTx.CommitAsync();
        await NotifyAsync(late);
        await consumer.WaitForAsync(ProspectCreated, ForPartner(second.PartnerId));
        await Eventually.True(() => service.Outbox.IsDispatchedAsync(second.EventId), what: "the later sequence dispatched");
        await firstTx.CommitAsync();

        var delivered = await consumer.WaitForAsync(ProspectCreated, ForPartner(first.PartnerId));
        delivered["eventId"]!.GetValue<string>().ShouldBe(first.EventId.ToString());
        JsonSerializer.Deserialize<ChannelPlatform.Contracts.Partners.PartnerProspectCreated>(delivered.ToJsonString(), JsonSerializerOptions.Web).ShouldBe(first);
        await Eventually.True(() => service.Outbox.IsDispatchedAsync(first.EventId), what: "the earlier sequence dispatched");
        consumer.Deliveries.Select(d => d.MessageId).ShouldBe([second.EventId.ToString(), first.EventId.ToString()]);
    }

    private static async Task NotifyAsync(NpgsqlConnection connection)
    {
        await using var notify = new NpgsqlCommand("NOTIFY outbox_partner", connection);
        await notify.ExecuteNonQueryAsync();
    }
}
