namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A lead assigned to a partner was not accepted within 72 hours and went back to the pool;
/// that partner is never offered it again.
/// </summary>
/// <param name="PartnerId">The partner the lead was assigned to until it expired.</param>
[Exchange("dealreg.lead-expired")]
public sealed record LeadExpired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid LeadId,
    Guid CampaignId,
    Guid PartnerId) : IIntegrationEvent;
