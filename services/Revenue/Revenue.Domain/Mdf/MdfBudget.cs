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
/// A partner's market development fund for a year. Approved requests commit it, reimbursed claims pay
/// it; what is committed never exceeds what is allocated (a rule here, a CHECK constraint below, and a
/// row lock around every approval).
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

    public static MdfBudget Computed(Guid partnerId, int year, decimal mdfPercent, decimal priorYearRevenue, string currency) =>
        new() { PartnerId = partnerId, Year = year, Allocated = Money.Percent(priorYearRevenue, mdfPercent), Source = MdfBudgetSource.Computed, Currency = currency };

    /// <summary>
    /// A computed allocation follows its formula (tier MDF percent × prior-year revenue) as tiers and
    /// bookings change, but never drops below what is already committed. A set one stays as set.
    /// </summary>
    public void FollowComputed(decimal computedAllocation)
    {
        if (Source == MdfBudgetSource.Computed)
            Allocated = Math.Max(Money.Round(computedAllocation), Committed);
    }

    public void Set(decimal amount)
    {
        if (amount < 0)
            throw new InvalidValueException("amount", "A budget cannot be negative.");
        CheckRule(new AllocationCoversCommitments(Money.Round(amount), Committed));
        Allocated = Money.Round(amount);
        Source = MdfBudgetSource.Set;
        Version++;
    }

    public void Commit(decimal amount)
    {
        EnsurePositive(amount);
        CheckRule(new ApprovalWithinRemainingBudget(amount, Remaining));
        Committed += amount;
        Version++;
    }

    /// <summary>Funds committed but not to be spent (claim window closed, short pay) go back to what remains.</summary>
    public void Release(decimal amount)
    {
        EnsurePositive(amount);
        Committed -= Math.Min(amount, Committed);
        Version++;
    }

    public void Claim(decimal amount)
    {
        EnsurePositive(amount);
        Claimed += amount;
        Version++;
    }

    public void Pay(decimal amount)
    {
        if (amount < 0)
            throw new InvalidValueException("amount", "A payment cannot be negative.");
        Paid += amount;
        Version++;
    }

    private static void EnsurePositive(decimal amount)
    {
        if (amount <= 0)
            throw new InvalidValueException("amount", "The amount must be positive.");
    }

    private static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
            throw new BusinessRuleViolationException(rule);
    }

    private sealed record ApprovalWithinRemainingBudget(decimal Amount, decimal Remaining) : IBusinessRule
    {
        public bool IsBroken() => Amount > Remaining;

        public string Message => $"approvedAmount {Amount} exceeds the remaining MDF budget of {Remaining}.";
    }

    private sealed record AllocationCoversCommitments(decimal Amount, decimal Committed) : IBusinessRule
    {
        public bool IsBroken() => Amount < Committed;

        public string Message => $"The budget cannot be set below what is already committed ({Committed}).";
    }
}
