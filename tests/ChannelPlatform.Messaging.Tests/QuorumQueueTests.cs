using System.Text;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using RabbitMQ.Client;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// Consumer queues are quorum queues (replicated when RabbitMQ is a cluster) with a delivery limit: a message that
/// is delivered again and again without ever being acknowledged — a consumer whose process it crashes — is
/// dead-lettered by the broker into <c>&lt;queue&gt;_error</c>, where MassTransit parks ordinary failures too.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class QuorumQueueTests(PartnerMessagingFixture service) : IClassFixture<PartnerMessagingFixture>
{
    [Fact]
    public async Task A_message_redelivered_past_the_delivery_limit_ends_in_the_error_queue()
    {
        var stats = await service.Probe.QueueStatsAsync(BookedQueue);
        stats!["type"]!.GetValue<string>().ShouldBe("quorum");
        stats["arguments"]!["x-delivery-limit"]!.GetValue<int>().ShouldBe(5);
        await service.App.DisposeAsync(); // no MassTransit consumer: this test's raw consumer plays the crashing one

        var poison = Booking(Guid.NewGuid());
        await EventProducer.PublishAsync(service.Broker.Amqp, poison);
        await using var connection = await new ConnectionFactory { Uri = service.Broker.Amqp }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deliveries = 0;
        while (await Eventually.Get(async () => await channel.BasicGetAsync(BookedQueue, autoAck: false) ?? await ErrorHasItAsync(), TimeSpan.FromSeconds(10), "a delivery")
               is BasicGetResult delivery)
        {
            deliveries++;
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true); // the process "dies" on it
            deliveries.ShouldBeLessThanOrEqualTo(10, "the broker stops redelivering at the limit");
        }

        deliveries.ShouldBe(6, "the first delivery and five more");
        var parked = (await service.Probe.PeekAllAsync(BookedErrorQueue)).ShouldHaveSingleItem();
        parked.MessageId.ShouldBe(poison.EventId.ToString());
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(parked.Body)).ShouldContain(poison.BookingId.ToString());
    }

    private async Task<object?> ErrorHasItAsync() => await service.Probe.ReadyAsync(BookedErrorQueue) > 0 ? new object() : null;
}
