using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Webhooks.IntegrationTests;

/// <summary>
/// Deliveries verified by the reference npm <c>standardwebhooks</c> library, as a partner's receiver would verify them.
/// A fixture of its own: the clock is never moved here, so webhook-timestamp stays within the library's 5-minute tolerance.
/// </summary>
public sealed class SignatureTests(SignatureTests.Fixture service) : IClassFixture<SignatureTests.Fixture>
{
    public sealed class Fixture : WebhooksServiceFixture;

    [Fact]
    public async Task A_delivered_deal_approved_verifies_with_the_reference_library_and_carries_the_contract_body()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(200);
        var partnerId = Guid.CreateVersion7();
        var api = new WebhooksApiClient(service.Client(Roles.Partner, partnerId));
        var (_, secret) = await api.RegisteredAsync(receiver.Url, ["deal.approved"]);
        var approved = SourceEvents.DealApproved(partnerId);

        await EventProducer.PublishAsync(service.Broker.Amqp, approved);

        await Eventually.True(() => Task.FromResult(!receiver.Requests.IsEmpty), what: "the delivery");
        var request = receiver.Requests.Single();
        (await NodeVerifier.VerifyAsync(secret, request.Body, SignedHeaders(request))).ShouldBe("verified");
        (await NodeVerifier.VerifyAsync(secret, request.Body.Replace("80000", "90000", StringComparison.Ordinal), SignedHeaders(request))).ShouldStartWith("exit 1");
        request.Headers["content-type"].ShouldStartWith("application/json");
        var body = JsonNode.Parse(request.Body)!;
        body["type"]!.GetValue<string>().ShouldBe("deal.approved");
        body["data"]!["dealId"]!.GetValue<string>().ShouldBe(approved.DealId.ToString());
        body["data"]!["partnerId"]!.GetValue<string>().ShouldBe(partnerId.ToString());
        body["timestamp"]!.GetValue<string>().ShouldEndWith("Z");
    }

    [Fact]
    public async Task During_a_rotation_receivers_holding_either_secret_verify()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(200);
        var partnerId = Guid.CreateVersion7();
        var api = new WebhooksApiClient(service.Client(Roles.Partner, partnerId));
        var (id, oldSecret) = await api.RegisteredAsync(receiver.Url, ["deal.won"]);
        var rotated = await api.Http.PostJson($"{WebhooksApiClient.Endpoints}/{id}/rotate-secret", null);
        rotated.Status.ShouldBe(HttpStatusCode.OK);

        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealWon(partnerId));

        await Eventually.True(() => Task.FromResult(!receiver.Requests.IsEmpty), what: "the delivery");
        var request = receiver.Requests.Single();
        request.Headers["webhook-signature"].Split(' ').Length.ShouldBe(2);
        (await NodeVerifier.VerifyAsync(oldSecret, request.Body, SignedHeaders(request))).ShouldBe("verified");
        (await NodeVerifier.VerifyAsync(rotated.Str("secret")!, request.Body, SignedHeaders(request))).ShouldBe("verified");
    }

    private static Dictionary<string, string> SignedHeaders(LoopbackReceiver.Received request) =>
        new()
        {
            ["webhook-id"] = request.Headers["webhook-id"],
            ["webhook-timestamp"] = request.Headers["webhook-timestamp"],
            ["webhook-signature"] = request.Headers["webhook-signature"],
        };
}
