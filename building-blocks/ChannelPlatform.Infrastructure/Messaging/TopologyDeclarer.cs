using ChannelPlatform.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>
/// Declares, before the bus starts, every event exchange and every documented consumer queue with
/// its binding, the way MassTransit lays them out (event exchange → queue exchange → queue), each queue with its
/// <c>_error</c> exchange and queue (a quorum queue dead-letters there). A producer that starts before any consumer
/// has ever run therefore loses nothing.
/// </summary>
internal sealed class TopologyDeclarer(BrokerAddress broker, MessagingOptions options, string service, ILogger<TopologyDeclarer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "topology" };
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await DeclareAsync(factory, cancellationToken);
                return;
            }
            catch (Exception ex)
                when (DateTimeOffset.UtcNow < deadline && ex is not (OperationCanceledException or QueueNeedsMigrationException))
            {
                logger.LogWarning("RabbitMQ not reachable yet for topology ({Error}); retrying", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task DeclareAsync(ConnectionFactory factory, CancellationToken cancellationToken)
    {
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            foreach (var exchange in IntegrationEventCatalog.All.Select(IntegrationEventCatalog.ExchangeOf))
                await channel.DeclareFanoutAsync(exchange, cancellationToken);
        }

        foreach (var binding in IntegrationEventCatalog.Consumers)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            try
            {
                await DeclareAsync(channel, binding, options.QueueArguments(binding.Queue), cancellationToken);
            }
            catch (OperationInterruptedException ex) when (ex.IsReply(406))
            {
                // An earlier version's queue (classic, ADR 0014): the migrate command upgrades it, keeping its messages.
                if (binding.Service == service)
                {
                    throw new QueueNeedsMigrationException(
                        $"Queue {binding.Queue} (or its _error queue) exists with other arguments: run the migrate command first.", ex);
                }

                logger.LogWarning("Queue {Queue} exists with other arguments; {Service}'s migrate upgrades it", binding.Queue, binding.Service);
            }
        }
    }

    private static async Task DeclareAsync(
        IChannel channel, ConsumerBinding binding, Dictionary<string, object?> arguments, CancellationToken token)
    {
        // MassTransit gives its _error queue the same arguments as the queue.
        await channel.DeclareBoundQueueAsync(MessagingOptions.ErrorQueue(binding.Queue), arguments, token);
        await channel.DeclareBoundQueueAsync(binding.Queue, arguments, token);
        await channel.ExchangeBindAsync(binding.Queue, binding.Exchange, string.Empty, cancellationToken: token);
    }

    /// <summary>No retry helps: the queue stays as it is until the migrate command has run.</summary>
    private sealed class QueueNeedsMigrationException(string message, Exception inner) : InvalidOperationException(message, inner);
}
