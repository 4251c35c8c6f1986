namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A partner's market development fund request was rejected.
/// </summary>
/// <param name="CampaignId">Null when the request is not tied to a campaign.</param>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
[Exchange("revenue.mdf-request-rejected")]
public sealed record MdfRequestRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid PartnerId,
    Guid? CampaignId,
    decimal RequestedAmount,
    string Currency,
    string Reason) : IIntegrationEvent;
