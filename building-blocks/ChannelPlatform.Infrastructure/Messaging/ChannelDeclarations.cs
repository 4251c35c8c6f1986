using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>The platform's broker entities as MassTransit lays them out: durable fanout exchanges, durable shared queues.</summary>
internal static class ChannelDeclarations
{
    public static Task DeclareFanoutAsync(this IChannel channel, string exchange, CancellationToken token) =>
        channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: token);

    public static Task<QueueDeclareOk> DeclareQueueAsync(
        this IChannel channel, string queue, IDictionary<string, object?> arguments, CancellationToken cancellationToken) =>
        channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken);

    /// <summary>The queue bound to the fanout exchange of the same name (the exchange declared too).</summary>
    public static async Task DeclareBoundQueueAsync(
        this IChannel channel, string queue, IDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        await channel.DeclareFanoutAsync(queue, cancellationToken);
        await channel.DeclareQueueAsync(queue, arguments, cancellationToken);
        await channel.QueueBindAsync(queue, queue, string.Empty, cancellationToken: cancellationToken);
    }

    public static bool IsReply(this OperationInterruptedException exception, ushort code) => exception.ShutdownReason?.ReplyCode == code;
}
