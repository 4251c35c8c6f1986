using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.EndToEndTests.Scorecards;
using ChannelPlatform.Testing;
using Json.Schema;

namespace ChannelPlatform.EndToEndTests.ApiSurface;

/// <summary>
/// <c>/asyncapi.json</c> describes every event of EVENTS.md: it is valid against the official AsyncAPI
/// 2.6.0 JSON Schema, and each exchange has its producer, its message in MassTransit's envelope and the
/// event's key fields typed as on the wire.
/// </summary>
public sealed class AsyncApiDocumentTests : IAsyncLifetime
{
    private GatewayApp _gateway = null!;
    private JsonNode _document = null!;

    public async Task InitializeAsync()
    {
        _gateway = StubbedGateway.Start(new Dictionary<string, StubService>());
        using var anonymous = _gateway.CreateClient();
        var answer = await anonymous.GetJson("/asyncapi.json");
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.ContentType.ShouldBe("application/json");
        _document = answer.Body;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public void The_document_is_valid_against_the_AsyncAPI_2_6_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ApiSurface", "asyncapi-2.6.0.schema.json")));
        using var instance = JsonDocument.Parse(_document.ToJsonString());

        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).ToList();
        result.IsValid.ShouldBeTrue(string.Join(Environment.NewLine, errors.Take(20)));
        _document["asyncapi"]!.GetValue<string>().ShouldBe("2.6.0");

        // The validator does reject: the same document with a channel whose operation is malformed.
        var broken = _document.DeepClone();
        broken["channels"]!["partner.activated"]!["subscribe"]!["message"] = 42;
        using var brokenInstance = JsonDocument.Parse(broken.ToJsonString());
        schema.Evaluate(brokenInstance.RootElement).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Every_exchange_of_EVENTS_md_is_a_channel_with_its_producer_and_key_fields()
    {
        var channels = _document["channels"]!.AsObject();
        channels.Select(c => c.Key).Order(StringComparer.Ordinal).ShouldBe(EventsMd.Exchanges.Keys.Order(StringComparer.Ordinal));
        foreach (var (exchange, (eventName, producer, keyFields)) in EventsMd.Exchanges)
        {
            var channel = channels[exchange]!;
            channel["x-producer"]!.GetValue<string>().ShouldBe(producer, exchange);
            channel["bindings"]!["amqp"]!["exchange"]!["type"]!.GetValue<string>().ShouldBe("fanout");
            channel["subscribe"]!["message"]!["$ref"]!.GetValue<string>().ShouldBe($"#/components/messages/{eventName}");

            var message = _document["components"]!["messages"]![eventName]!;
            message["contentType"]!.GetValue<string>().ShouldBe("application/vnd.masstransit+json");
            var envelope = message["payload"]!["allOf"]!.AsArray();
            envelope[0]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/MassTransitEnvelope");
            envelope[1]!["properties"]!["message"]!["$ref"]!.GetValue<string>().ShouldBe($"#/components/schemas/{eventName}");

            var properties = _document["components"]!["schemas"]![eventName]!["properties"]!.AsObject();
            // EVENTS.md: "add fields freely, never rename, retype or remove one".
            string[] named = ["eventId", "occurredAt", .. keyFields];
            named.Except(properties.Select(p => p.Key)).ShouldBeEmpty(exchange);
            properties["eventId"]!["format"]!.GetValue<string>().ShouldBe("uuid");
            properties["occurredAt"]!["format"]!.GetValue<string>().ShouldBe("date-time");
        }
    }

    [Fact]
    public void Payload_types_follow_the_wire_format()
    {
        var registered = _document["components"]!["schemas"]!["DealRegistered"]!;
        var properties = registered["properties"]!;
        properties["dealId"]!["format"]!.GetValue<string>().ShouldBe("uuid");
        properties["estimatedValue"]!["type"]!.GetValue<string>().ShouldBe("number");
        properties["expectedCloseDate"]!["format"]!.GetValue<string>().ShouldBe("date");
        properties["conflictCount"]!["type"]!.GetValue<string>().ShouldBe("integer");
        properties["products"]!["items"]!["type"]!.GetValue<string>().ShouldBe("string");
        properties["customer"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/DealCustomer");
        properties["campaignId"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["string", "null"]);
        registered["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldNotContain("campaignId");
        _document["components"]!["schemas"]!["DealCustomer"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["companyName", "country"]);
        _document["channels"]!["dealreg.deal-won"]!["x-consumers"]!.AsArray().Select(c => c!["queue"]!.GetValue<string>()).ShouldBe(["revenue.deal-won", "webhooks.deal-won"], ignoreOrder: true);
    }
}
