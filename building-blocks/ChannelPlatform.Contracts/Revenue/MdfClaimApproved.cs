namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A partner's market development fund claim was decided: approved in full, or short-paid with a reason
/// (an approved amount of 0 pays nothing). Reimbursement follows as <see cref="MdfClaimReimbursed"/>.
/// </summary>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
/// <param name="ShortPayReason">Null unless less than the claimed amount was approved.</param>
[Exchange("revenue.mdf-claim-approved")]
public sealed record MdfClaimApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ClaimId,
    Guid RequestId,
    Guid PartnerId,
    decimal ClaimedAmount,
    decimal ApprovedAmount,
    string Currency,
    string? ShortPayReason) : IIntegrationEvent;
