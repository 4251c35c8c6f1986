using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Mdf;

public enum MdfBudgetSource
{
    /// <summary>The tier's MDF percent × the partner's revenue of the prior year.</summary>
    Computed,

    /// <summary>Set explicitly by the channel team.</summary>
    Set,
}

/// <summary>
/// A partner's market development fund for a year, held in the partner's payout currency (<see cref="Currency"/>,
/// fixed when the row is created). Approved requests commit it, reimbursed claims pay it, always in its own currency
/// (requests in another one are converted first); what is committed never exceeds what is allocated (a rule here, a
/// CHECK constraint below, and a row lock around every approval).
/// </summary>
public sealed class MdfBudget
{
    private MdfBudget()
    {
    }

    public Guid PartnerId { get; private set; }

    public int Year { get; private set; }

    public decimal Allocated { get; private set; }

    public MdfBudgetSource Source { get; private set; }

    public decimal Committed { get; private set; }

    public decimal Claimed { get; private set; }

    public decimal Paid { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public int Version { get; private set; }

    public decimal Remaining => Allocated - Committed;

    public Currency BudgetCurrency => ChannelPlatform.SharedKernel.Currency.Of(Currency);

    /// <summary>The tier's MDF percent of the prior year's partner revenue, both in the budget's currency.</summary>
    public static MdfBudget Computed(Guid partnerId, int year, decimal mdfPercent, Money priorYearRevenue) =>
        new()
        {
            PartnerId = partnerId, Year = year, Allocated = priorYearRevenue.Percent(mdfPercent).Amount, Source = MdfBudgetSource.Computed,
            Currency = priorYearRevenue.Currency.Code,
        };

    /// <summary>
    /// A computed allocation follows its formula (tier MDF percent × prior-year revenue) as tiers and
    /// bookings change, but never drops below what is already committed. A set one stays as set.
    /// </summary>
    public void FollowComputed(Money computedAllocation)
    {
        if (Source == MdfBudgetSource.Computed)
            Allocated = Math.Max(Own(computedAllocation).Amount, Committed);
    }

    public void Set(decimal amount)
    {
        var allocation = Money.Of(amount, BudgetCurrency);
        if (allocation.IsNegative)
            throw new InvalidValueException("amount", "A budget cannot be negative.");
        CheckRule(new AllocationCoversCommitments(allocation.Amount, Committed));
        Allocated = allocation.Amount;
        Source = MdfBudgetSource.Set;
        Version++;
    }

    public void Commit(Money amount)
    {
        EnsurePositive(amount);
        CheckRule(new ApprovalWithinRemainingBudget(amount, Remaining));
        Committed += amount.Amount;
        Version++;
    }

    /// <summary>Funds committed but not to be spent (claim window closed, short pay) go back to what remains.</summary>
    public void Release(Money amount)
    {
        EnsurePositive(amount);
        Committed -= Math.Min(amount.Amount, Committed);
        Version++;
    }

    public void Claim(Money amount)
    {
        EnsurePositive(amount);
        Claimed += amount.Amount;
        Version++;
    }

    public void Pay(Money amount)
    {
        if (Own(amount).IsNegative)
            throw new InvalidValueException("amount", "A payment cannot be negative.");
        Paid += amount.Amount;
        Version++;
    }

    /// <summary>Only amounts in the budget's own currency move it (anything else is converted first).</summary>
    private Money Own(Money amount) =>
        amount.Currency == BudgetCurrency ? amount : throw new CurrencyMismatchException(BudgetCurrency, amount.Currency);

    private void EnsurePositive(Money amount)
    {
        if (!Own(amount).IsPositive)
            throw new InvalidValueException("amount", "The amount must be positive.");
    }

    private static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
            throw new BusinessRuleViolationException(rule);
    }

    private sealed record ApprovalWithinRemainingBudget(Money Amount, decimal Remaining) : IBusinessRule
    {
        public bool IsBroken() => Amount.Amount > Remaining;

        public string Message => $"approvedAmount {Amount} exceeds the remaining MDF budget of {Remaining} {Amount.Currency}.";
    }

    private sealed record AllocationCoversCommitments(decimal Amount, decimal Committed) : IBusinessRule
    {
        public bool IsBroken() => Amount < Committed;

        public string Message => $"The budget cannot be set below what is already committed ({Committed}).";
    }
}
