namespace ChannelPlatform.Contracts.Enablement;

/// <summary>
/// A rep's certification reached its expiry date.
/// </summary>
[Exchange("enablement.certification-expired")]
public sealed record CertificationExpired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RepCertificationId,
    Guid ContactId,
    Guid PartnerId,
    Guid CertificationId) : IIntegrationEvent;
