using System.Text.Json.Nodes;
using ChannelPlatform.Contracts;

namespace ChannelPlatform.Gateway.AsyncApi;

/// <summary>
/// The AsyncAPI 2.6 description of every integration event (EVENTS.md), generated from the
/// contracts: one channel per fanout exchange, its producer and consuming queues, and the message
/// as it arrives — MassTransit's JSON envelope with the camelCase event under <c>message</c>.
/// </summary>
internal static class AsyncApiDocument
{
    public const string ContentType = "application/vnd.masstransit+json";

    public static JsonObject Build()
    {
        var schemas = new EventSchemas();
        var channels = new JsonObject();
        var messages = new JsonObject();
        foreach (var type in IntegrationEventCatalog.All)
        {
            var exchange = IntegrationEventCatalog.ExchangeOf(type);
            schemas.Add(type);
            messages[type.Name] = Message(type);
            channels[exchange] = Channel(type, exchange);
        }

        var components = new JsonObject { ["schemas"] = new JsonObject { ["MassTransitEnvelope"] = MassTransitEnvelope.Schema() } };
        foreach (var (name, schema) in schemas.Components)
            components["schemas"]![name] = schema?.DeepClone();
        components["messages"] = messages;
        return new JsonObject
        {
            ["asyncapi"] = "2.6.0",
            ["id"] = "urn:channel-platform:integration-events",
            ["info"] = new JsonObject
            {
                ["title"] = "Channel Platform integration events",
                ["version"] = "1.0.0",
                ["description"] = MassTransitEnvelope.Note,
            },
            ["tags"] = new JsonArray(IntegrationEventCatalog.All.Select(Producer).Distinct()
                .Select(p => (JsonNode)new JsonObject { ["name"] = p, ["description"] = $"Events the {p} service publishes." }).ToArray()),
            ["defaultContentType"] = ContentType,
            ["servers"] = new JsonObject
            {
                ["rabbitmq"] = new JsonObject
                {
                    ["url"] = "localhost:5672",
                    ["protocol"] = "amqp",
                    ["protocolVersion"] = "0.9.1",
                    ["description"] = "RabbitMQ of the environment (local: 127.0.0.1:5672, virtual host /).",
                },
            },
            ["channels"] = channels,
            ["components"] = components,
        };
    }

    private static JsonObject Channel(Type type, string exchange)
    {
        var producer = Producer(type);
        var consumers = new JsonArray(IntegrationEventCatalog.Consumers
            .Where(c => c.Exchange == exchange)
            .Select(c => (JsonNode)new JsonObject { ["service"] = c.Service, ["queue"] = c.Queue })
            .ToArray());
        return new JsonObject
        {
            ["description"] = $"Fanout exchange `{exchange}`: {producer} publishes {type.Name} here. Bind a queue of your own to it.",
            ["x-producer"] = producer,
            ["x-consumers"] = consumers,
            ["subscribe"] = new JsonObject
            {
                ["operationId"] = $"on{type.Name}",
                ["summary"] = $"{type.Name}, published by {producer}",
                ["tags"] = new JsonArray(new JsonObject { ["name"] = producer }),
                ["message"] = new JsonObject { ["$ref"] = $"#/components/messages/{type.Name}" },
            },
            ["bindings"] = new JsonObject
            {
                ["amqp"] = new JsonObject
                {
                    ["is"] = "routingKey",
                    ["exchange"] = new JsonObject { ["name"] = exchange, ["type"] = "fanout", ["durable"] = true, ["autoDelete"] = false, ["vhost"] = "/" },
                    ["bindingVersion"] = "0.2.0",
                },
            },
        };
    }

    private static JsonObject Message(Type type) => new()
    {
        ["messageId"] = type.Name,
        ["name"] = type.Name,
        ["title"] = type.Name,
        ["contentType"] = ContentType,
        ["description"] = $"The MassTransit envelope; the event is under `message` (schema {type.Name}).",
        ["tags"] = new JsonArray(new JsonObject { ["name"] = Producer(type) }),
        ["payload"] = MassTransitEnvelope.For(type),
    };

    /// <summary>The producing service, from the contract's namespace (one per service).</summary>
    public static string Producer(Type type) => type.Namespace?.Split('.').Last() switch
    {
        "Partners" => "Partner",
        "DealRegistration" => "DealRegistration",
        "Enablement" => "Enablement",
        "Revenue" => "Revenue",
        "Webhooks" => "Webhooks",
        var other => throw new InvalidOperationException($"{type.FullName}: no producing service for namespace segment '{other}'."),
    };
}
