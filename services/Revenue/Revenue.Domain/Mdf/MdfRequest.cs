using ChannelPlatform.SharedKernel;
using Revenue.Domain.Rates;

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

/// <summary>
/// A partner's request for market development funds, approved within the year's remaining budget. It may be in any
/// currency; the budget is in the partner's payout currency, and every amount that moves the budget (commitment,
/// claims, payments, releases) is converted at the rates of the request date, kept on the request (ADR 0013).
/// </summary>
public sealed partial class MdfRequest : AggregateRoot
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

    /// <summary>The currency of the requested, approved and claimed amounts.</summary>
    public string Currency { get; private set; } = string.Empty;

    /// <summary>The budget's currency (the partner's payout currency): committed, budget-claimed and released amounts are in it.</summary>
    public string BudgetCurrency { get; private set; } = string.Empty;

    /// <summary>Reporting-currency units per unit of <see cref="Currency"/> on the request date.</summary>
    public decimal RequestRate { get; private set; }

    /// <summary>Reporting-currency units per unit of <see cref="BudgetCurrency"/> on the request date.</summary>
    public decimal BudgetRate { get; private set; }

    /// <summary>The approved amount in the budget's currency: what the approval committed.</summary>
    public decimal CommittedAmount { get; private set; }

    /// <summary>The claims so far in the budget's currency.</summary>
    public decimal ClaimedBudgetAmount { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    public MdfRequestStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The total claimed so far by claims that were not rejected.</summary>
    public decimal ClaimedAmount { get; private set; }

    /// <summary>Approved funds handed back to the budget (in its currency): unclaimed when the claim window closed, or short-paid.</summary>
    public decimal ReleasedAmount { get; private set; }

    /// <summary>True once the claim window closed and the unclaimed rest went back to the budget.</summary>
    public bool ClaimsClosed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateOnly ClaimsCloseOn => PlannedOn.AddDays(ClaimWindowDays);

    /// <param name="requestRate">The rate of the requested amount's currency on the request date.</param>
    /// <param name="budgetRate">The rate of the budget's currency on the request date.</param>
    public static MdfRequest Submit(
        Guid partnerId, Guid? campaignId, MdfActivityType activityType, string description, Money requested, DatedRate requestRate, DatedRate budgetRate,
        DateOnly plannedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requestRate);
        ArgumentNullException.ThrowIfNull(budgetRate);
        if (!requested.IsPositive)
            throw new InvalidValueException("requestedAmount", "requestedAmount must be positive.");
        if (requestRate.Currency != requested.Currency)
            throw new CurrencyMismatchException(requested.Currency, requestRate.Currency);
        var request = new MdfRequest
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            CampaignId = campaignId,
            ActivityType = activityType,
            Description = description,
            RequestedAmount = requested.Amount,
            Currency = requested.Currency.Code,
            BudgetCurrency = budgetRate.Currency.Code,
            RequestRate = requestRate.Rate,
            BudgetRate = budgetRate.Rate,
            PlannedOn = plannedOn,
            Status = MdfRequestStatus.Submitted,
            CreatedAt = now,
        };
        request.IncrementVersion();
        return request;
    }

    /// <summary>Approves up to the requested amount, committing its budget-currency equivalent against the locked budget.</summary>
    public void Approve(decimal approvedAmount, MdfBudget budget, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(budget);
        EnsureSubmitted("approved");
        var approved = InOwnCurrency(approvedAmount);
        CheckRule(new ApprovalWithinRequest(approved, Requested));
        var committed = ToBudget(approved);
        budget.Commit(committed);
        Status = MdfRequestStatus.Approved;
        ApprovedAmount = approved.Amount;
        CommittedAmount = committed.Amount;
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

    private void EnsureSubmitted(string verb)
    {
        if (Status != MdfRequestStatus.Submitted)
            throw new InvalidTransitionException($"A {Status} MDF request cannot be {verb}; only a Submitted one.");
    }

    private sealed record ApprovalWithinRequest(Money Approved, Money Requested) : IBusinessRule
    {
        public bool IsBroken() => !Approved.IsPositive || Approved > Requested;

        public string Message => $"approvedAmount must be more than 0 and at most the requested {Requested}.";
    }

}
