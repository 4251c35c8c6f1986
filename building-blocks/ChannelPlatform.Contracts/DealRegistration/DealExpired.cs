namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// An approved deal's protection ran out before it closed.
/// </summary>
[Exchange("dealreg.deal-expired")]
public sealed record DealExpired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId) : IIntegrationEvent;
