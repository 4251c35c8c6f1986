using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Mdf;

public enum MdfActivityType
{
    Event,
    Webinar,
    DigitalAdvertising,
    Content,
    Training,
    Telemarketing,
    Other,
}

public enum MdfRequestStatus
{
    Submitted,
    Approved,
    Rejected,
}

public sealed record MdfRequestApprovedEvent(MdfRequest Request, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record MdfRequestRejectedEvent(MdfRequest Request, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A partner's request for market development funds, approved within the year's remaining budget.</summary>
public sealed class MdfRequest : AggregateRoot
{
    /// <summary>Claims may be submitted until this many days after the planned date.</summary>
    public const int ClaimWindowDays = 60;

    private MdfRequest()
    {
    }

    public Guid PartnerId { get; private set; }

    public Guid? CampaignId { get; private set; }

    public MdfActivityType ActivityType { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public decimal RequestedAmount { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly PlannedOn { get; private set; }

    public MdfRequestStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The total claimed so far by claims that were not rejected.</summary>
    public decimal ClaimedAmount { get; private set; }

    /// <summary>Approved funds handed back to the budget: unclaimed when the claim window closed, or short-paid.</summary>
    public decimal ReleasedAmount { get; private set; }

    /// <summary>True once the claim window closed and the unclaimed rest went back to the budget.</summary>
    public bool ClaimsClosed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateOnly ClaimsCloseOn => PlannedOn.AddDays(ClaimWindowDays);

    public static MdfRequest Submit(Guid partnerId, Guid? campaignId, MdfActivityType activityType, string description, decimal requestedAmount, string currency, DateOnly plannedOn, DateTimeOffset now)
    {
        if (requestedAmount <= 0)
            throw new InvalidValueException("requestedAmount", "requestedAmount must be positive.");
        var request = new MdfRequest
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            CampaignId = campaignId,
            ActivityType = activityType,
            Description = description,
            RequestedAmount = Money.Round(requestedAmount),
            Currency = currency,
            PlannedOn = plannedOn,
            Status = MdfRequestStatus.Submitted,
            CreatedAt = now,
        };
        request.IncrementVersion();
        return request;
    }

    /// <summary>Approves up to the requested amount; the caller commits it against the locked budget first.</summary>
    public void Approve(decimal approvedAmount, MdfBudget budget, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(budget);
        EnsureSubmitted("approved");
        approvedAmount = Money.Round(approvedAmount);
        CheckRule(new ApprovalWithinRequest(approvedAmount, RequestedAmount));
        budget.Commit(approvedAmount);
        Status = MdfRequestStatus.Approved;
        ApprovedAmount = approvedAmount;
        DecidedAt = now;
        Raise(new MdfRequestApprovedEvent(this, now));
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        EnsureSubmitted("rejected");
        Status = MdfRequestStatus.Rejected;
        RejectionReason = reason;
        DecidedAt = now;
        Raise(new MdfRequestRejectedEvent(this, now));
    }

    public MdfClaim SubmitClaim(decimal claimedAmount, IReadOnlyList<string> proofUrls, int? leadsGenerated, DateOnly today, DateTimeOffset now)
    {
        if (Status != MdfRequestStatus.Approved)
            throw new InvalidTransitionException($"Claims need an Approved request; this one is {Status}.");
        claimedAmount = Money.Round(claimedAmount);
        CheckRule(new ClaimWithinWindow(today, ClaimsCloseOn));
        CheckRule(new ClaimWithinApproved(claimedAmount, ApprovedAmount!.Value - ClaimedAmount));
        ClaimedAmount += claimedAmount;
        IncrementVersion();
        return MdfClaim.Submit(this, claimedAmount, proofUrls, leadsGenerated, now);
    }

    /// <summary>
    /// After the claim window (plannedOn + 60 days): what was approved and not claimed goes back to the
    /// budget, once. Returns false when there is nothing to close.
    /// </summary>
    public bool CloseClaims(MdfBudget budget, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (Status != MdfRequestStatus.Approved || ClaimsClosed || today <= ClaimsCloseOn)
            return false;
        var unclaimed = ApprovedAmount!.Value - ClaimedAmount;
        if (unclaimed > 0)
        {
            budget.Release(unclaimed);
            ReleasedAmount += unclaimed;
        }

        ClaimsClosed = true;
        IncrementVersion();
        return true;
    }

    /// <summary>A claim approved for less than was claimed: the difference goes back to the budget.</summary>
    public void ReleaseShortPay(MdfClaim claim, MdfBudget budget)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(budget);
        if (claim.RequestId != Id || !claim.ShortPaid)
            return;
        var shortfall = claim.ClaimedAmount - claim.ApprovedAmount!.Value;
        budget.Release(shortfall);
        ReleasedAmount += shortfall;
        IncrementVersion();
    }

    private void EnsureSubmitted(string verb)
    {
        if (Status != MdfRequestStatus.Submitted)
            throw new InvalidTransitionException($"A {Status} MDF request cannot be {verb}; only a Submitted one.");
    }

    private sealed record ApprovalWithinRequest(decimal Approved, decimal Requested) : IBusinessRule
    {
        public bool IsBroken() => Approved <= 0 || Approved > Requested;

        public string Message => $"approvedAmount must be more than 0 and at most the requested {Requested}.";
    }

    private sealed record ClaimWithinWindow(DateOnly Today, DateOnly ClosesOn) : IBusinessRule
    {
        public bool IsBroken() => Today > ClosesOn;

        public string Message => $"Claims for this request closed on {ClosesOn:yyyy-MM-dd} ({ClaimWindowDays} days after the planned date).";
    }

    private sealed record ClaimWithinApproved(decimal Claimed, decimal Unclaimed) : IBusinessRule
    {
        public bool IsBroken() => Claimed <= 0 || Claimed > Unclaimed;

        public string Message => $"claimedAmount must be more than 0 and at most the approved amount not yet claimed ({Unclaimed}).";
    }
}
