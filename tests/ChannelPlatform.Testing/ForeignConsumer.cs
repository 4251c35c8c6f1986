using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace ChannelPlatform.Testing;

/// <summary>
/// Another team's consumer: plain AMQP, no MassTransit. Binds its own exclusive queue to each
/// exchange and keeps every delivery (exchange, content type, message id, MassTransit envelope).
/// </summary>
public sealed class ForeignConsumer : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();

    private ForeignConsumer(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<Delivery> Deliveries => _deliveries;

    public static async Task<ForeignConsumer> StartAsync(Uri amqp, params string[] exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var connection = await new ConnectionFactory { Uri = amqp, ClientProvidedName = "foreign-consumer" }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var consumer = new ForeignConsumer(connection, channel);
        foreach (var exchange in exchanges)
        {
            // Passive: the exchange must already exist, as a foreign consumer finds it.
            await channel.ExchangeDeclarePassiveAsync(exchange);
            var queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true);
            await channel.QueueBindAsync(queue.QueueName, exchange, string.Empty);
            var handler = new AsyncEventingBasicConsumer(channel);
            var bound = exchange;
            handler.ReceivedAsync += (_, args) =>
            {
                var body = JsonNode.Parse(args.Body.Span);
                consumer._deliveries.Enqueue(new Delivery(bound, args.BasicProperties.ContentType, body?["messageId"]?.GetValue<string>(), body));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, handler);
        }

        return consumer;
    }

    /// <summary>The event messages (the envelope's <c>message</c>) on an exchange that match.</summary>
    public IEnumerable<JsonNode> Messages(string exchange, Func<JsonNode, bool>? match = null) =>
        _deliveries.Where(d => d.Exchange == exchange)
            .Select(d => d.Envelope?["message"])
            .OfType<JsonNode>()
            .Where(m => match?.Invoke(m) ?? true);

    public Task<JsonNode> WaitForAsync(string exchange, Func<JsonNode, bool> match, TimeSpan? timeout = null) =>
        Eventually.Get(() => Task.FromResult(Messages(exchange, match).FirstOrDefault()), timeout, $"a message on {exchange}");

    /// <summary>
    /// A positive marker instead of a fixed wait: publishes <paramref name="marker"/> to its exchange and waits until it
    /// arrives. Everything the broker confirmed before it is then in this consumer's hands, so a "nothing arrived twice"
    /// check made after this sees every copy that was ever going to come (call it once the outbox rows are dispatched).
    /// </summary>
    public async Task SettleAsync(Uri amqp, ChannelPlatform.Contracts.IIntegrationEvent marker, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(marker);
        await EventProducer.PublishAsync(amqp, marker);
        var id = marker.EventId.ToString();
        await Eventually.True(() => Task.FromResult(_deliveries.Any(d => d.MessageId == id)), timeout, "the marker message");
    }

    public static Func<JsonNode, bool> ForPartner(Guid partnerId) => m => m["partnerId"]?.GetValue<string>() == partnerId.ToString();

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public sealed record Delivery(string Exchange, string? ContentType, string? MessageId, JsonNode? Envelope);
}
