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
        var waiting = await ErrorDepthAsync(connection, queue, cancellationToken);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        // Only what was waiting when we started: a message that fails again comes back to _error
        // and must not be chased round and round.
        while (moved < Math.Min(max, waiting))
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

    /// <summary>Messages in <c>&lt;queue&gt;_error</c>; 0 when it does not exist (MassTransit creates it at the first failure).</summary>
    private static async Task<int> ErrorDepthAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var declared = await probe.QueueDeclarePassiveAsync($"{queue}_error", cancellationToken);
            return (int)Math.Min(int.MaxValue, declared.MessageCount);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.IsReply(404))
        {
            return 0;
        }
    }
}
