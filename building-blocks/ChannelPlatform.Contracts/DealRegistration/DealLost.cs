namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// An approved deal was lost.
/// </summary>
[Exchange("dealreg.deal-lost")]
public sealed record DealLost(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    string Reason) : IIntegrationEvent;
