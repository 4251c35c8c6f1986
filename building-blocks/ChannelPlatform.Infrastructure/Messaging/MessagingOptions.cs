namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>Bus settings (section <c>Messaging</c>); the broker URI is <c>ConnectionStrings:RabbitMq</c>.</summary>
public sealed class MessagingOptions
{
    public ushort PrefetchCount { get; set; } = 16;

    public int ConcurrentMessageLimit { get; set; } = 4;

    /// <summary>Declare every documented consumer queue and binding at start-up (EVENTS.md), so nothing published is lost.</summary>
    public bool DeclarePlatformTopology { get; set; } = true;

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary><c>quorum</c> (replicated, the production default; single-node RabbitMQ supports them too) or <c>classic</c>.</summary>
    public string QueueType { get; set; } = "quorum";

    /// <summary>
    /// Quorum queues: deliveries of one message before the broker dead-letters it into <c>&lt;queue&gt;_error</c> (a
    /// message that crashes its consumer's process again and again). MassTransit parks ordinary failures there itself.
    /// </summary>
    public int DeliveryLimit { get; set; } = 5;

    public bool Quorum => string.Equals(QueueType, "quorum", StringComparison.OrdinalIgnoreCase);

    /// <summary>The arguments every consumer queue is declared with, by the bus and by <see cref="TopologyDeclarer"/> alike.</summary>
    public Dictionary<string, object?> QueueArguments(string queue) => Quorum
        ? new() { ["x-queue-type"] = "quorum", ["x-delivery-limit"] = DeliveryLimit, ["x-dead-letter-exchange"] = ErrorQueue(queue) }
        : [];

    public static string ErrorQueue(string queue) => queue + "_error";
}
