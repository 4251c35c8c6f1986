using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// A correlation id follows the work it started across services: the request that wins a deal, the
/// <c>dealreg.deal-won</c> it writes to the outbox, Revenue's consumer of it, and the <c>revenue.booked</c> that
/// consumer writes in turn — one id from the frontend's request to the event another team reads.
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CorrelationChainTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task The_correlation_id_of_a_request_reaches_the_events_its_consumers_cause()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, "dealreg.deal-won", "revenue.booked");
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var partner = await ResellerAt20PercentAsync(manager);
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner);
        var correlationId = $"chain-{Guid.NewGuid():N}";

        var dealId = await WonDealAsync(manager, partnerUser, 12_000m, platform.Clock.Today, new Dictionary<string, string> { ["X-Correlation-Id"] = correlationId });

        var won = await DeliveryAsync(consumer, "dealreg.deal-won", dealId);
        var booked = await DeliveryAsync(consumer, "revenue.booked", dealId);
        foreach (var delivery in new[] { won, booked })
        {
            var headers = delivery.Envelope!["headers"].ShouldNotBeNull(delivery.Envelope.ToJsonString());
            headers["correlation-id"].ShouldNotBeNull(headers.ToJsonString()).GetValue<string>().ShouldBe(correlationId, delivery.Exchange);
        }
    }

    private static Task<ForeignConsumer.Delivery> DeliveryAsync(ForeignConsumer consumer, string exchange, Guid dealId) =>
        Eventually.Get(
            () => Task.FromResult(consumer.Deliveries.FirstOrDefault(d => d.Exchange == exchange && d.Envelope?["message"]?["dealId"]?.GetValue<string>() == dealId.ToString())),
            EventTimeout,
            $"{exchange} for deal {dealId}");
}
