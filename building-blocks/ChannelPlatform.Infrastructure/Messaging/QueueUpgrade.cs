using ChannelPlatform.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>
/// The broker half of the <c>migrate</c> command: a consumer queue (or its <c>_error</c> queue) that an earlier version
/// declared with other arguments — the classic queues before ADR 0014 — is redeclared as <see cref="MessagingOptions"/>
/// says, its messages kept: moved to <c>&lt;queue&gt;.upgrading</c>, the queue deleted, declared and bound again, the
/// messages moved back. A queue a running consumer still reads is left alone and named. One upgrader at a time
/// (an exclusive queue is the lock); one stopped half-way finishes the move on the next run.
/// </summary>
public static class QueueUpgrade
{
    private const string LockQueue = "platform.queue-upgrade.lock";

    /// <returns>The queues redeclared.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(
        Uri broker, MessagingOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "queue-upgrade" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var held = await TakeLockAsync(connection, cancellationToken);
        var upgraded = new List<string>();
        foreach (var binding in IntegrationEventCatalog.Consumers)
        {
            foreach (var queue in new[] { MessagingOptions.ErrorQueue(binding.Queue), binding.Queue })
            {
                if (await UpgradeAsync(connection, queue, options.QueueArguments(binding.Queue), log, cancellationToken))
                    upgraded.Add(queue);
            }
        }

        return upgraded;
    }

    private static async Task<IChannel> TakeLockAsync(IConnection connection, CancellationToken token)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var channel = await connection.CreateChannelAsync(cancellationToken: token);
            try
            {
                await channel.QueueDeclareAsync(LockQueue, durable: false, exclusive: true, autoDelete: true, cancellationToken: token);
                return channel;
            }
            catch (OperationInterruptedException ex) when (ex.IsReply(405) && DateTimeOffset.UtcNow < deadline)
            {
                await channel.DisposeAsync();
                await Task.Delay(TimeSpan.FromSeconds(1), token); // another upgrader holds it
            }
        }
    }

    private static async Task<bool> UpgradeAsync(
        IConnection connection, string queue, Dictionary<string, object?> arguments, TextWriter log, CancellationToken token)
    {
        var holding = queue + ".upgrading";
        if (await DeclaresAsync(connection, queue, arguments, token))
        {
            await MoveAsync(connection, holding, queue, deleteSource: true, token); // a run stopped half-way
            return false;
        }

        await using var channel = await connection.CreateChannelAsync(cancellationToken: token);
        var found = await channel.QueueDeclarePassiveAsync(queue, token);
        if (found.ConsumerCount > 0)
        {
            await log.WriteLineAsync($"Queue {queue}: declared with other arguments, but {found.ConsumerCount} consumer(s) " +
                                     "still read it; stop them and run migrate again.");
            return false;
        }

        await channel.DeclareQueueAsync(holding, new Dictionary<string, object?>(), token); // classic: deleted only when empty
        var kept = await MoveAsync(connection, queue, holding, deleteSource: false, token);
        await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: true, cancellationToken: token);
        await channel.DeclareBoundQueueAsync(queue, arguments, token);
        await MoveAsync(connection, holding, queue, deleteSource: true, token);
        await log.WriteLineAsync($"Queue {queue}: redeclared with the platform's arguments, {kept} message(s) kept.");
        return true;
    }

    /// <summary>Declares the queue as the platform does; false when it exists with other arguments (406).</summary>
    private static async Task<bool> DeclaresAsync(
        IConnection connection, string queue, Dictionary<string, object?> arguments, CancellationToken token)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: token);
        try
        {
            await channel.DeclareQueueAsync(queue, arguments, token);
            return true;
        }
        catch (OperationInterruptedException ex) when (ex.IsReply(406))
        {
            return false;
        }
    }

    /// <summary>Moves every message (properties and body as they are) with a confirm before each acknowledgement.</summary>
    private static async Task<int> MoveAsync(IConnection connection, string from, string to, bool deleteSource, CancellationToken token)
    {
        var confirms = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(confirms, token);
        try
        {
            await channel.QueueDeclarePassiveAsync(from, token);
        }
        catch (OperationInterruptedException ex) when (ex.IsReply(404))
        {
            return 0;
        }

        var moved = 0;
        while (await channel.BasicGetAsync(from, autoAck: false, token) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties);
            await channel.BasicPublishAsync(string.Empty, to, mandatory: true, properties, message.Body, token);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, token);
            moved++;
        }

        if (deleteSource)
            await channel.QueueDeleteAsync(from, ifUnused: false, ifEmpty: true, cancellationToken: token);
        return moved;
    }
}
