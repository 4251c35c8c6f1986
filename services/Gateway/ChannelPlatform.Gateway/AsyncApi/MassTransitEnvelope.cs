using System.Text.Json.Nodes;

namespace ChannelPlatform.Gateway.AsyncApi;

/// <summary>The envelope MassTransit wraps every event in (EVENTS.md "Body"), as a JSON Schema.</summary>
internal static class MassTransitEnvelope
{
    public const string Note = """
        Every event is published by MassTransit to a fanout exchange named as its channel, as a JSON envelope
        (content type application/vnd.masstransit+json). The event itself is under `message`, camelCase, with
        `eventId` (UUID) and `occurredAt` (UTC); amounts are JSON numbers with a `currency`. `messageId` equals
        `eventId`: delivery is at least once, so consumers must be idempotent on it. The envelope's `headers`
        carry `correlation-id`, the W3C `traceparent` of the request that caused the event, and `partner-id`
        where the event is about a partner. Breaking changes come as a new event on a `.v2` exchange.
        """;

    public static JsonObject Schema() => new()
    {
        ["type"] = "object",
        ["title"] = "MassTransitEnvelope",
        ["required"] = new JsonArray("messageId", "messageType", "message"),
        ["properties"] = new JsonObject
        {
            ["messageId"] = Uuid(),
            ["correlationId"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "uuid" },
            ["conversationId"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "uuid" },
            ["sourceAddress"] = new JsonObject { ["type"] = "string" },
            ["destinationAddress"] = new JsonObject { ["type"] = "string" },
            ["messageType"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["sentTime"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["headers"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["correlation-id"] = new JsonObject { ["type"] = "string" },
                    ["traceparent"] = new JsonObject { ["type"] = "string", ["pattern"] = "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$" },
                    ["partner-id"] = Uuid(),
                },
            },
            ["host"] = new JsonObject { ["type"] = "object" },
            ["message"] = new JsonObject { ["type"] = "object" },
        },
    };

    /// <summary>The envelope of one event type: its URN in <c>messageType</c>, the event under <c>message</c>.</summary>
    public static JsonObject For(Type type) => new()
    {
        ["allOf"] = new JsonArray(
            new JsonObject { ["$ref"] = "#/components/schemas/MassTransitEnvelope" },
            new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["messageType"] = new JsonObject { ["contains"] = new JsonObject { ["const"] = $"urn:message:{type.Namespace}:{type.Name}" } },
                    ["message"] = new JsonObject { ["$ref"] = EventSchemas.RefTo(type.Name) },
                },
            }),
    };

    private static JsonObject Uuid() => new() { ["type"] = "string", ["format"] = "uuid" };
}
