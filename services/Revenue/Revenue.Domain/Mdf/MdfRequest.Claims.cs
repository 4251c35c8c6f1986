using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Mdf;

/// <summary>Claims against an approved request, and what goes back to the budget, in the budget's currency.</summary>
public sealed partial class MdfRequest
{
    /// <summary>A claim in the request's currency; its budget-currency equivalent (at the request date's rates) is claimed on the budget.</summary>
    public MdfClaim SubmitClaim(decimal claimedAmount, IReadOnlyList<string> proofUrls, int? leadsGenerated, MdfBudget budget, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (Status != MdfRequestStatus.Approved)
            throw new InvalidTransitionException($"Claims need an Approved request; this one is {Status}.");
        var claimed = InOwnCurrency(claimedAmount);
        CheckRule(new ClaimWithinWindow(today, ClaimsCloseOn));
        CheckRule(new ClaimWithinApproved(claimed, Approved - Claimed));
        var inBudget = ToBudget(claimed);
        budget.Claim(inBudget);
        ClaimedAmount += claimed.Amount;
        ClaimedBudgetAmount += inBudget.Amount;
        IncrementVersion();
        return MdfClaim.Submit(this, claimed, proofUrls, leadsGenerated, now);
    }

    /// <summary>
    /// After the claim window (plannedOn + 60 days): what was committed and not claimed goes back to the budget, once,
    /// in the budget's currency (no second conversion). Returns false when there is nothing to close.
    /// </summary>
    public bool CloseClaims(MdfBudget budget, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (Status != MdfRequestStatus.Approved || ClaimsClosed || today <= ClaimsCloseOn)
            return false;
        var unclaimed = Money.Of(CommittedAmount - ClaimedBudgetAmount, Budget);
        if (unclaimed.IsPositive)
        {
            budget.Release(unclaimed);
            ReleasedAmount += unclaimed.Amount;
        }

        ClaimsClosed = true;
        IncrementVersion();
        return true;
    }

    /// <summary>A claim approved for less than was claimed: the difference (in the budget's currency) goes back to the budget.</summary>
    public void ReleaseShortPay(MdfClaim claim, MdfBudget budget)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(budget);
        if (claim.RequestId != Id || !claim.ShortPaid)
            return;
        var shortfall = ToBudget(claim.Claimed) - ToBudget(claim.Approved!.Value);
        if (!shortfall.IsPositive)
            return;
        budget.Release(shortfall);
        ReleasedAmount += shortfall.Amount;
        IncrementVersion();
    }

    private sealed record ClaimWithinWindow(DateOnly Today, DateOnly ClosesOn) : IBusinessRule
    {
        public bool IsBroken() => Today > ClosesOn;

        public string Message => $"Claims for this request closed on {ClosesOn:yyyy-MM-dd} ({ClaimWindowDays} days after the planned date).";
    }

    private sealed record ClaimWithinApproved(Money Claimed, Money Unclaimed) : IBusinessRule
    {
        public bool IsBroken() => !Claimed.IsPositive || Claimed > Unclaimed;

        public string Message => $"claimedAmount must be more than 0 and at most the approved amount not yet claimed ({Unclaimed}).";
    }
}
