namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>Bus settings (section <c>Messaging</c>); the broker URI is <c>ConnectionStrings:RabbitMq</c>.</summary>
public sealed class MessagingOptions
{
    public ushort PrefetchCount { get; set; } = 16;

    public int ConcurrentMessageLimit { get; set; } = 4;

    /// <summary>Declare every documented consumer queue and binding at start-up (EVENTS.md), so nothing published is lost.</summary>
    public bool DeclarePlatformTopology { get; set; } = true;

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
