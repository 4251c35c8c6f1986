using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Webhooks.IntegrationTests;

/// <summary>At-least-once delivery from the webhook outbox, on a clock the tests move.</summary>
public sealed class DeliveryTests(WebhooksServiceFixture service) : IClassFixture<WebhooksServiceFixture>
{
    private WebhooksApiClient Partner(Guid partnerId) => new(service.Client(Roles.Partner, partnerId));

    [Fact]
    public async Task A_receiver_failing_three_times_then_succeeding_gets_the_event_delivered_once_with_one_webhook_id()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(500, 503, 500, 200);
        var partnerId = Guid.CreateVersion7();
        var api = Partner(partnerId);
        var (id, _) = await api.RegisteredAsync(receiver.Url);

        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealApproved(partnerId));
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var expected = attempt;
            await Eventually.True(() => Task.FromResult(receiver.Requests.Count >= expected), what: $"attempt {expected}");
            await Eventually.True(async () => (await api.DeliveryItemsAsync(id))[0]!["attemptCount"]!.GetValue<int>() >= expected, what: $"attempt {expected} recorded");
            service.Advance(TimeSpan.FromMinutes(10));
        }

        var delivery = (await api.DeliveryItemsAsync(id)).ShouldHaveSingleItem()!;
        delivery["status"]!.GetValue<string>().ShouldBe("Succeeded");
        delivery["attempts"]!.AsArray().Select(a => a!["statusCode"]!.GetValue<int>()).ShouldBe([500, 503, 500, 200]);
        delivery["attempts"]!.AsArray().ShouldAllBe(a => a!["latencyMs"]!.GetValue<long>() >= 0);
        delivery["attempts"]![3]!["responseSnippet"]!.GetValue<string>().ShouldBe("answered 200");
        receiver.Requests.Select(r => r.Headers["webhook-id"]).Distinct().ShouldHaveSingleItem().ShouldBe(delivery["webhookId"]!.GetValue<string>());
        service.Advance(TimeSpan.FromHours(1));
        await Task.Delay(500);
        receiver.Requests.Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_receiver_down_for_the_whole_window_fails_the_delivery_after_72_hours_and_its_endpoint_is_disabled_after_5_days()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "webhooks.endpoint-disabled");
        var partnerId = Guid.CreateVersion7();
        var api = Partner(partnerId);
        var down = LoopbackReceiver.Down();
        var (id, _) = await api.RegisteredAsync(down);

        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealApproved(partnerId));
        await Eventually.Get(() => api.FirstAttemptAsync(id), what: "the first attempt");
        // Past the window: the retry now due is the last one, and it fails the delivery.
        service.Advance(TimeSpan.FromHours(73));
        await Eventually.True(
            async () => (await api.DeliveryItemsAsync(id))[0]!["status"]!.GetValue<string>() == "Failed",
            TimeSpan.FromSeconds(40),
            what: "the delivery failed");

        var failed = (await api.DeliveryItemsAsync(id)).ShouldHaveSingleItem()!;
        failed["status"]!.GetValue<string>().ShouldBe("Failed");
        failed["attemptCount"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(2);
        failed["lastError"]!.GetValue<string>().ShouldContain("connection failed");
        (await api.GetAsync(id)).Body["enabled"]!.GetValue<bool>().ShouldBeTrue();

        service.Advance(TimeSpan.FromDays(2));

        var disabled = await consumer.WaitForAsync("webhooks.endpoint-disabled", m => m["endpointId"]!.GetValue<string>() == id.ToString());
        disabled["partnerId"]!.GetValue<string>().ShouldBe(partnerId.ToString());
        disabled["url"]!.GetValue<string>().ShouldBe(down.ToString());
        disabled["lastError"]!.GetValue<string>().ShouldContain("connection failed");
        var endpoint = (await api.GetAsync(id)).Body;
        endpoint["enabled"]!.GetValue<bool>().ShouldBeFalse();
        endpoint["disabledReason"]!.GetValue<string>().ShouldContain("Every delivery failed");
        (await api.DeliveriesAsync(id, "Failed")).Body["items"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_delivery_is_redelivered_by_hand_with_the_same_webhook_id()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(500, 500, 204);
        var partnerId = Guid.CreateVersion7();
        var api = Partner(partnerId);
        var (id, _) = await api.RegisteredAsync(receiver.Url);
        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealApproved(partnerId));
        await Eventually.True(() => Task.FromResult(receiver.Requests.Count == 1), what: "the first attempt");
        var delivery = await Eventually.Get(async () => (await api.DeliveryItemsAsync(id)).FirstOrDefault(d => d!["attemptCount"]!.GetValue<int>() == 1));

        var redelivered = await api.Http.PostJson($"{WebhooksApiClient.Endpoints}/{id}/deliveries/{delivery!["id"]}/redeliver", null);

        redelivered.Status.ShouldBe(HttpStatusCode.OK, redelivered.ToString());
        await Eventually.True(() => Task.FromResult(receiver.Requests.Count == 2), what: "the manual attempt");
        receiver.Requests.Select(r => r.Headers["webhook-id"]).Distinct().ShouldHaveSingleItem();
        var manual = await Eventually.Get(async () => (await api.DeliveryItemsAsync(id))[0]!["attempts"]!.AsArray().ElementAtOrDefault(1));
        manual!["manual"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task A_partner_never_receives_another_partners_event()
    {
        await using var receiverA = await LoopbackReceiver.StartAsync(200);
        await using var receiverB = await LoopbackReceiver.StartAsync(200);
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (endpointA, _) = await Partner(a).RegisteredAsync(receiverA.Url, ["deal.approved", "deal.won"]);
        await Partner(b).RegisteredAsync(receiverB.Url, ["deal.approved", "deal.won"]);
        var dealOfB = Guid.CreateVersion7();

        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealApproved(b, dealOfB));
        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealWon(b));

        await Eventually.True(() => Task.FromResult(receiverB.Requests.Count == 2), what: "B's two deliveries");
        await Task.Delay(500);
        receiverA.Requests.ShouldBeEmpty();
        (await Partner(a).DeliveryItemsAsync(endpointA)).ShouldBeEmpty();
        var body = JsonNode.Parse(receiverB.Requests.First(r => r.Body.Contains("deal.approved", StringComparison.Ordinal)).Body)!;
        body["data"]!["dealId"]!.GetValue<string>().ShouldBe(dealOfB.ToString());
        body["data"]!["partnerId"]!.GetValue<string>().ShouldBe(b.ToString());
    }

    [Fact]
    public async Task A_redelivered_broker_message_makes_one_delivery_and_unsubscribed_types_none()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(200);
        var partnerId = Guid.CreateVersion7();
        var api = Partner(partnerId);
        var (id, _) = await api.RegisteredAsync(receiver.Url, ["deal.approved"]);
        var approved = SourceEvents.DealApproved(partnerId);

        await EventProducer.PublishAsync(service.Broker.Amqp, approved);
        await EventProducer.PublishAsync(service.Broker.Amqp, approved);
        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealWon(partnerId));

        await Eventually.True(() => service.ConsumedAsync(approved.EventId), what: "the event consumed");
        await Eventually.True(() => Task.FromResult(receiver.Requests.Count == 1), what: "one delivery");
        await Task.Delay(800);
        receiver.Requests.Count.ShouldBe(1);
        (await api.DeliveryItemsAsync(id)).ShouldHaveSingleItem()!["eventType"]!.GetValue<string>().ShouldBe("deal.approved");
    }

    [Fact]
    public async Task A_disabled_endpoint_gets_nothing()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(200);
        var partnerId = Guid.CreateVersion7();
        var api = Partner(partnerId);
        var (id, _) = await api.RegisteredAsync(receiver.Url);
        (await api.PatchAsync(id, new { enabled = false })).Status.ShouldBe(HttpStatusCode.OK);
        var approved = SourceEvents.DealApproved(partnerId);

        await EventProducer.PublishAsync(service.Broker.Amqp, approved);

        await Eventually.True(() => service.ConsumedAsync(approved.EventId), what: "the event consumed");
        await Task.Delay(500);
        receiver.Requests.ShouldBeEmpty();
    }
}
