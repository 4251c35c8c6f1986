namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A partner's contact was deactivated.
/// </summary>
[Exchange("partner.contact-deactivated")]
public sealed record PartnerContactDeactivated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    Guid ContactId) : IIntegrationEvent;
