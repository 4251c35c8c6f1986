using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.Contracts;
using RabbitMQ.Client;

namespace ChannelPlatform.Testing;

/// <summary>
/// Publishes an integration event to its exchange as the producing service would: a MassTransit
/// JSON envelope with a message id, so tests can send duplicates, reorder, and poison messages.
/// </summary>
public static class EventProducer
{
    public static async Task PublishAsync(Uri amqp, IIntegrationEvent message, Guid? messageId = null, Func<JsonObject, JsonObject>? tamper = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        var envelope = new JsonObject
        {
            ["messageId"] = (messageId ?? message.EventId).ToString(),
            ["messageType"] = new JsonArray($"urn:message:{type.Namespace}:{type.Name}"),
            ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["headers"] = new JsonObject(),
            ["message"] = JsonSerializer.SerializeToNode(message, type, JsonSerializerOptions.Web),
        };
        envelope = tamper?.Invoke(envelope) ?? envelope;
        await PublishRawAsync(amqp, IntegrationEventCatalog.ExchangeOf(type), envelope.ToJsonString(), (messageId ?? message.EventId).ToString());
    }

    public static async Task PublishRawAsync(Uri amqp, string exchange, string body, string messageId)
    {
        await using var connection = await new ConnectionFactory { Uri = amqp, ClientProvidedName = "test-producer" }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId,
            Persistent = true,
        };
        await channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, properties, System.Text.Encoding.UTF8.GetBytes(body));
    }
}
