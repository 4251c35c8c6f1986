namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A registered deal was approved and is protected until ProtectionExpiresAt.
/// </summary>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
/// <param name="DecisionHours">Hours from submission to decision.</param>
/// <param name="CampaignId">Null unless the deal came from a campaign.</param>
[Exchange("dealreg.deal-approved")]
public sealed record DealApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    decimal EstimatedValue,
    string Currency,
    DateOnly ExpectedCloseDate,
    DateTimeOffset ProtectionExpiresAt,
    double DecisionHours,
    Guid? CampaignId) : IIntegrationEvent;
