namespace ChannelPlatform.Contracts.Enablement;

/// <summary>
/// A partner's rep passed a certification exam.
/// </summary>
[Exchange("enablement.certification-earned")]
public sealed record CertificationEarned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RepCertificationId,
    Guid ContactId,
    Guid PartnerId,
    Guid CertificationId,
    DateOnly IssuedOn,
    DateOnly ExpiresOn) : IIntegrationEvent;
