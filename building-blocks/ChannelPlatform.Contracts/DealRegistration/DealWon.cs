namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// An approved deal was won; Revenue books it.
/// </summary>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
/// <param name="CampaignId">Null unless the deal came from a campaign.</param>
[Exchange("dealreg.deal-won")]
public sealed record DealWon(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    decimal ActualValue,
    string Currency,
    DateOnly ClosedOn,
    Guid? CampaignId) : IIntegrationEvent;
