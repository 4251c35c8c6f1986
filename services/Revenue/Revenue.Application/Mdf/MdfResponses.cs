using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Revenue.Domain.Mdf;

namespace Revenue.Application.Mdf;

/// <param name="Currency">Of requestedAmount, approvedAmount and claimedAmount.</param>
/// <param name="BudgetCurrency">The budget's (the partner's payout currency): committedAmount and releasedAmount are in it.</param>
/// <param name="CommittedAmount">The approved amount converted at the request date's rates: what the approval took from the budget.</param>
public sealed record MdfRequestResponse(
    Guid Id, Guid PartnerId, Guid? CampaignId, MdfActivityType ActivityType, string Description, decimal RequestedAmount, decimal? ApprovedAmount,
    decimal ClaimedAmount, decimal ReleasedAmount, bool ClaimsClosed, string Currency, string BudgetCurrency, decimal CommittedAmount, DateOnly PlannedOn, DateOnly ClaimsCloseOn, MdfRequestStatus Status, string? RejectionReason,
    DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, string Version) : IVersioned;

public sealed record MdfClaimResponse(
    Guid Id, Guid RequestId, Guid PartnerId, decimal ClaimedAmount, IReadOnlyList<string> ProofUrls, int? LeadsGenerated, MdfClaimStatus Status,
    decimal? ApprovedAmount, bool ShortPaid, string? ShortPayReason, DateOnly? PaidOn, string Currency, DateTimeOffset CreatedAt, string Version) : IVersioned;

public static class MdfMapping
{
    public static MdfRequestResponse ToResponse(this MdfRequest r) =>
        new(
            r.Id, r.PartnerId, r.CampaignId, r.ActivityType, r.Description, r.RequestedAmount, r.ApprovedAmount, r.ClaimedAmount, r.ReleasedAmount, r.ClaimsClosed, r.Currency, r.BudgetCurrency, r.CommittedAmount,
            r.PlannedOn,
            r.ClaimsCloseOn, r.Status, r.RejectionReason, r.CreatedAt, r.DecidedAt, VersionTag.Format(r.Version));

    public static MdfClaimResponse ToResponse(this MdfClaim c) =>
        new(
            c.Id, c.RequestId, c.PartnerId, c.ClaimedAmount, c.ProofUrls, c.LeadsGenerated, c.Status, c.ApprovedAmount, c.ShortPaid, c.ShortPayReason, c.PaidOn,
            c.Currency, c.CreatedAt, VersionTag.Format(c.Version));
}
