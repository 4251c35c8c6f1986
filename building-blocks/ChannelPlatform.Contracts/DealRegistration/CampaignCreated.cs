namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A demand-generation campaign was created with the partners that take part in it.
/// </summary>
/// <param name="Type">Webinar, Event, Email, Content or Other.</param>
/// <param name="PartnerIds">The partners in the campaign; empty means every partner may take part.</param>
[Exchange("dealreg.campaign-created")]
public sealed record CampaignCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    string Name,
    string Type,
    IReadOnlyList<Guid> PartnerIds,
    DateOnly StartsOn,
    DateOnly EndsOn) : IIntegrationEvent;
