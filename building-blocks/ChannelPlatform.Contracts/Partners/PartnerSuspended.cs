namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// An Active partner was suspended: it may not register deals until reactivated.
/// </summary>
[Exchange("partner.suspended")]
public sealed record PartnerSuspended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    string Reason) : IIntegrationEvent;
