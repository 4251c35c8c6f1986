namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A market development fund claim was paid to the partner.
/// </summary>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
[Exchange("revenue.mdf-claim-reimbursed")]
public sealed record MdfClaimReimbursed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ClaimId,
    Guid RequestId,
    Guid PartnerId,
    decimal Amount,
    string Currency,
    DateOnly PaidOn) : IIntegrationEvent;
