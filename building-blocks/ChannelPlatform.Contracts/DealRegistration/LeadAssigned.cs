namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A campaign lead was offered to a partner.
/// </summary>
[Exchange("dealreg.lead-assigned")]
public sealed record LeadAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid LeadId,
    Guid CampaignId,
    Guid PartnerId) : IIntegrationEvent;
