using RabbitMQ.Client;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>
/// Moves messages from <c>&lt;queue&gt;_error</c> back to <c>&lt;queue&gt;</c> once the cause is fixed.
/// The inbox makes a re-driven message that had in fact been applied a no-op.
/// </summary>
public sealed class ErrorQueueRedriver(BrokerAddress broker)
{
    private static readonly string[] FaultHeaderPrefixes = ["MT-Fault-", "MT-Reason", "MT-Host-"];

    public async Task<int> RedriveAsync(string queue, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        var factory = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "redrive" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        while (moved < max)
        {
            var message = await channel.BasicGetAsync($"{queue}_error", autoAck: false, cancellationToken);
            if (message is null)
                break;
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?
                    .Where(h => !FaultHeaderPrefixes.Any(p => h.Key.StartsWith(p, StringComparison.Ordinal)))
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            // The queue's own exchange (MassTransit's layout) delivers to that queue alone.
            await channel.BasicPublishAsync(queue, string.Empty, mandatory: false, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }
}
