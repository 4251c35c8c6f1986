using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Mdf;

public enum MdfClaimStatus
{
    Submitted,
    Approved,
    Reimbursed,
}

public sealed record MdfClaimApprovedEvent(MdfClaim Claim, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record MdfClaimReimbursedEvent(MdfClaim Claim, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>What a partner spent of an approved MDF request, with proof: approved (a short pay needs a reason), then reimbursed.</summary>
public sealed class MdfClaim : AggregateRoot
{
    private MdfClaim()
    {
    }

    public Guid RequestId { get; private set; }

    public Guid PartnerId { get; private set; }

    public decimal ClaimedAmount { get; private set; }

    public IReadOnlyList<string> ProofUrls { get; private set; } = [];

    public int? LeadsGenerated { get; private set; }

    public MdfClaimStatus Status { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public string? ShortPayReason { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public bool ShortPaid => ApprovedAmount is { } approved && approved < ClaimedAmount;

    /// <summary>The claimed amount, in the request's currency.</summary>
    public Money Claimed => Money.Of(ClaimedAmount, ChannelPlatform.SharedKernel.Currency.Of(Currency));

    public Money? Approved => ApprovedAmount is { } approved ? Money.Of(approved, Claimed.Currency) : null;

    internal static MdfClaim Submit(MdfRequest request, Money claimed, IReadOnlyList<string> proofUrls, int? leadsGenerated, DateTimeOffset now)
    {
        var claim = new MdfClaim
        {
            Id = Guid.CreateVersion7(),
            RequestId = request.Id,
            PartnerId = request.PartnerId,
            ClaimedAmount = claimed.Amount,
            ProofUrls = proofUrls,
            LeadsGenerated = leadsGenerated,
            Status = MdfClaimStatus.Submitted,
            Currency = claimed.Currency.Code,
            CreatedAt = now,
        };
        claim.IncrementVersion();
        return claim;
    }

    public void Approve(decimal approvedAmount, string? reason, DateTimeOffset now)
    {
        if (Status != MdfClaimStatus.Submitted)
            throw new InvalidTransitionException($"A {Status} claim cannot be approved; only a Submitted one.");
        approvedAmount = Money.Of(approvedAmount, Claimed.Currency).Amount;
        CheckRule(new ApprovalWithinClaim(approvedAmount, ClaimedAmount));
        if (approvedAmount < ClaimedAmount && string.IsNullOrWhiteSpace(reason))
            throw new InvalidValueException("reason", $"A short pay (approvedAmount {approvedAmount} < claimedAmount {ClaimedAmount}) needs a reason.");
        Status = MdfClaimStatus.Approved;
        ApprovedAmount = approvedAmount;
        ShortPayReason = approvedAmount < ClaimedAmount ? reason : null;
        Raise(new MdfClaimApprovedEvent(this, now));
    }

    /// <summary>Paid: the approved amount, converted at the request date's rates, is paid out of the budget.</summary>
    public void Reimburse(DateOnly paidOn, MdfRequest request, MdfBudget budget, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(budget);
        if (Status != MdfClaimStatus.Approved)
            throw new InvalidTransitionException($"A {Status} claim cannot be reimbursed; it must be Approved first.");
        Status = MdfClaimStatus.Reimbursed;
        PaidOn = paidOn;
        budget.Pay(request.ToBudget(Approved!.Value));
        Raise(new MdfClaimReimbursedEvent(this, now));
    }

    private sealed record ApprovalWithinClaim(decimal Approved, decimal Claimed) : IBusinessRule
    {
        public bool IsBroken() => Approved < 0 || Approved > Claimed;

        public string Message => $"approvedAmount must be between 0 and the claimed {Claimed}.";
    }
}
