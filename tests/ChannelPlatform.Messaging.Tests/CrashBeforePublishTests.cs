using System.Net;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>MESSAGING.md test 2: the process dies after the commit, before the relay published → on restart the event is delivered once.</summary>
[Trait("Category", "Messaging")]
public sealed class CrashBeforePublishTests(RelayOffFixture service) : IClassFixture<RelayOffFixture>
{
    [Fact]
    public async Task An_event_committed_by_an_instance_that_died_before_publishing_is_delivered_once_after_restart()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, ProspectCreated);

        // The first instance commits the partner and its event, but never publishes (relay off).
        var partnerId = await service.Manager().CreateProspectAsync();
        var messageId = (await service.Outbox.MessageIdsAsync(partnerId, ProspectCreated)).ShouldHaveSingleItem();
        (await service.Outbox.IsDispatchedAsync(messageId)).ShouldBeFalse();

        // It dies. Nothing was published; nothing can be lost on the broker's side either.
        await service.App.DisposeAsync();
        consumer.Deliveries.ShouldBeEmpty();

        // A new instance comes up with its relay running.
        var restarted = service.StartInstance(RelayOffFixture.RelayOn);

        await Eventually.True(() => service.Outbox.IsDispatchedAsync(messageId), TimeSpan.FromSeconds(30), "the row marked dispatched");
        var delivered = await consumer.WaitForAsync(ProspectCreated, ForPartner(partnerId));
        delivered["eventId"]!.GetValue<string>().ShouldBe(messageId.ToString());
        await consumer.SettleAsync(service.Broker.Amqp, ProspectEvent(Guid.NewGuid()));
        consumer.Deliveries.Where(d => d.MessageId == messageId.ToString()).ShouldHaveSingleItem();
        (await service.Outbox.UndispatchedAsync()).ShouldBe(0);

        // And the restarted instance serves the partner that the dead one wrote.
        (await service.Manager(restarted).GetJson($"/api/v1/partners/{partnerId}")).Status.ShouldBe(HttpStatusCode.OK);
    }
}
