namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A partner's market development fund request was approved.
/// </summary>
/// <param name="CampaignId">Null when the request is not tied to a campaign.</param>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
[Exchange("revenue.mdf-request-approved")]
public sealed record MdfRequestApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid PartnerId,
    Guid? CampaignId,
    decimal ApprovedAmount,
    string Currency) : IIntegrationEvent;
