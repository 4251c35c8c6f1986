using ChannelPlatform.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>
/// Declares, before the bus starts, every event exchange and every documented consumer queue with
/// its binding, the way MassTransit lays them out (event exchange → queue exchange → queue), each queue with its
/// <c>_error</c> exchange and queue (a quorum queue dead-letters there). A producer that starts before any consumer
/// has ever run therefore loses nothing.
/// </summary>
internal sealed class TopologyDeclarer(BrokerAddress broker, MessagingOptions options, ILogger<TopologyDeclarer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "topology" };
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await DeclareAsync(factory, options, cancellationToken);
                return;
            }
            catch (Exception ex) when (DateTimeOffset.UtcNow < deadline && ex is not OperationCanceledException)
            {
                logger.LogWarning("RabbitMQ not reachable yet for topology ({Error}); retrying", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task DeclareAsync(ConnectionFactory factory, MessagingOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var type in IntegrationEventCatalog.All)
            await channel.ExchangeDeclareAsync(IntegrationEventCatalog.ExchangeOf(type), ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var binding in IntegrationEventCatalog.Consumers)
        {
            var error = MessagingOptions.ErrorQueue(binding.Queue);
            var arguments = options.QueueArguments(binding.Queue); // MassTransit gives its _error queue the same arguments
            await channel.ExchangeDeclareAsync(error, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(error, durable: true, exclusive: false, autoDelete: false, arguments: arguments, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(error, error, string.Empty, cancellationToken: cancellationToken);
            await channel.ExchangeDeclareAsync(binding.Queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(
                binding.Queue, durable: true, exclusive: false, autoDelete: false, arguments: arguments, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(binding.Queue, binding.Queue, string.Empty, cancellationToken: cancellationToken);
            await channel.ExchangeBindAsync(binding.Queue, binding.Exchange, string.Empty, cancellationToken: cancellationToken);
        }
    }
}
