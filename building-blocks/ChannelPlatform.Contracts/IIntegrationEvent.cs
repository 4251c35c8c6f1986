namespace ChannelPlatform.Contracts;

/// <summary>
/// An event one service publishes for others (and for other teams) to consume.
/// Every event carries its own id and the UTC instant it happened.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
