namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A partner registered a deal; it awaits a decision.
/// </summary>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
/// <param name="CampaignId">Null unless the deal came from a campaign.</param>
/// <param name="ConflictCount">Conflicting open registrations of other partners found at submission.</param>
[Exchange("dealreg.deal-registered")]
public sealed record DealRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    DealCustomer Customer,
    IReadOnlyList<string> Products,
    decimal EstimatedValue,
    string Currency,
    DateOnly ExpectedCloseDate,
    Guid? CampaignId,
    int ConflictCount) : IIntegrationEvent;
