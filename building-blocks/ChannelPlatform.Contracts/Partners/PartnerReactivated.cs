namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A suspended partner is Active again.
/// </summary>
[Exchange("partner.reactivated")]
public sealed record PartnerReactivated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId) : IIntegrationEvent;
