namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A partner's relationship ended for good.
/// </summary>
[Exchange("partner.terminated")]
public sealed record PartnerTerminated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    string Reason) : IIntegrationEvent;
