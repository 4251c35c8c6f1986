using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// One request can be followed from the frontend through the gateway and the service into the
/// events it caused: the correlation id and the W3C trace context travel in the envelope's headers.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class CorrelationTests(PlatformFixture platform)
{
    private const string Exchange = "partner.prospect-created";

    [Fact]
    public async Task A_correlation_id_sent_to_the_gateway_comes_back_and_travels_in_the_published_event()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, Exchange);
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var correlationId = $"e2e-{Guid.NewGuid():N}";

        using var response = await CreatePartnerAsync(manager, new Dictionary<string, string> { ["X-Correlation-Id"] = correlationId });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.GetValues("X-Correlation-Id").ShouldBe([correlationId]);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var headers = await EnvelopeHeadersAsync(consumer, id);
        headers["correlation-id"].ShouldNotBeNull(headers.ToJsonString()).GetValue<string>().ShouldBe(correlationId);
        headers["traceparent"].ShouldNotBeNull(headers.ToJsonString()).GetValue<string>().ShouldMatch(TraceParent().ToString());
        headers["partner-id"].ShouldNotBeNull(headers.ToJsonString()).GetValue<string>().ShouldBe(id);
    }

    [Fact]
    public async Task A_request_without_a_correlation_id_gets_one_and_its_event_carries_the_same()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, Exchange);
        using var manager = await platform.ClientAsync(Roles.ChannelManager);

        using var response = await CreatePartnerAsync(manager, new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        correlationId.ShouldNotBeNullOrWhiteSpace();
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var headers = await EnvelopeHeadersAsync(consumer, id);
        headers["correlation-id"].ShouldNotBeNull(headers.ToJsonString()).GetValue<string>().ShouldBe(correlationId);
    }

    [Fact]
    public async Task The_trace_a_caller_starts_continues_into_the_published_event()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, Exchange);
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var traceId = Guid.NewGuid().ToString("N");
        var traceparent = $"00-{traceId}-{Guid.NewGuid().ToString("N")[..16]}-01";

        using var response = await CreatePartnerAsync(manager, new Dictionary<string, string> { ["traceparent"] = traceparent });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var published = (await EnvelopeHeadersAsync(consumer, id))["traceparent"]!.GetValue<string>();
        TraceParent().Match(published).Groups["trace"].Value.ShouldBe(traceId, $"sent {traceparent}, published {published}");
    }

    private static async Task<HttpResponseMessage> CreatePartnerAsync(HttpClient client, IDictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/partners", UriKind.Relative))
        {
            Content = JsonContent.Create(PartnerRequests.NewPartner(), options: JsonSerializerOptions.Web),
        };
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return await client.SendAsync(request);
    }

    /// <summary>The <c>headers</c> object of the MassTransit envelope of the event about this partner.</summary>
    private static async Task<JsonObject> EnvelopeHeadersAsync(ForeignConsumer consumer, string partnerId)
    {
        var delivery = await Eventually.Get(
            () => Task.FromResult(consumer.Deliveries.FirstOrDefault(d => d.Envelope?["message"]?["partnerId"]?.GetValue<string>() == partnerId)),
            what: $"{Exchange} for {partnerId}");
        return delivery.Envelope!["headers"].ShouldNotBeNull(delivery.Envelope.ToJsonString()).AsObject();
    }

    [GeneratedRegex("^00-(?<trace>[0-9a-f]{32})-(?<span>[0-9a-f]{16})-[0-9a-f]{2}$")]
    private static partial Regex TraceParent();
}
