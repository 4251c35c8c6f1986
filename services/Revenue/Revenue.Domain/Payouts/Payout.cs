using ChannelPlatform.SharedKernel;
using Revenue.Domain.Bookings;

namespace Revenue.Domain.Payouts;

public enum PayoutStatus
{
    /// <summary>Built: the statement of what the partner is owed, not yet approved.</summary>
    Draft,
    Approved,
    Paid,

    /// <summary>A draft withdrawn before approval: its lines are free for another statement.</summary>
    Cancelled,
}

public sealed record PayoutApprovedEvent(Payout Payout, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PayoutPaidEvent(Payout Payout, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// A partner's payout statement for a quarter: every compensation line earned up to the quarter's end
/// that is in no other payout (earlier quarters' stragglers and clawbacks included), netted.
/// </summary>
public sealed class Payout : AggregateRoot
{
    private Payout()
    {
    }

    public Guid PartnerId { get; private set; }

    /// <summary>As 2026-Q1.</summary>
    public string Quarter { get; private set; } = string.Empty;

    public DateOnly QuarterStart { get; private set; }

    public PayoutStatus Status { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public decimal CompensationTotal { get; private set; }

    public decimal AdjustmentTotal { get; private set; }

    public decimal ClawbackTotal { get; private set; }

    /// <summary>What the partner is paid, in <see cref="Currency"/>: compensation + adjustments + clawbacks (the last two usually negative).</summary>
    public decimal Amount { get; private set; }

    public int LineCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string? Reference { get; private set; }

    /// <summary>A statement in <paramref name="currency"/>: every line must be in it (a partner paid in two currencies gets two statements).</summary>
    public static Payout Build(Guid partnerId, string quarter, DateOnly quarterStart, Currency currency, IReadOnlyList<CompensationLine> lines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(currency);
        CheckRule(new PayoutNeedsLines(lines.Count));
        if (lines.FirstOrDefault(l => l.Money.Currency != currency) is { } foreign)
            throw new CurrencyMismatchException(currency, foreign.Money.Currency);
        if (lines.FirstOrDefault(l => l.PayoutId is not null) is { } taken)
            throw new InvalidTransitionException($"Compensation line {taken.Id} is already in payout {taken.PayoutId}.");
        var payout = new Payout
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Quarter = quarter,
            QuarterStart = quarterStart,
            Status = PayoutStatus.Draft,
            Currency = currency.Code,
            CompensationTotal = Sum(lines, CompensationLineKind.Compensation, currency),
            AdjustmentTotal = Sum(lines, CompensationLineKind.Adjustment, currency),
            ClawbackTotal = Sum(lines, CompensationLineKind.Clawback, currency),
            LineCount = lines.Count,
            CreatedAt = now,
        };
        payout.Amount = payout.CompensationTotal + payout.AdjustmentTotal + payout.ClawbackTotal;
        CheckRule(new PayoutCannotBeNegative(payout.Amount));
        foreach (var line in lines)
            line.JoinPayout(payout.Id);
        payout.IncrementVersion();
        return payout;
    }

    public void Approve(IEnumerable<CompensationLine> lines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (Status != PayoutStatus.Draft)
            throw new InvalidTransitionException($"A {Status} payout cannot be approved; only a Draft one.");
        Status = PayoutStatus.Approved;
        ApprovedAt = now;
        foreach (var line in Own(lines))
            line.Approve();
        Raise(new PayoutApprovedEvent(this, now));
    }

    /// <summary>Withdraws a draft statement (e.g. to rebuild it after the quarter closed): its lines leave it.</summary>
    public void Cancel(IEnumerable<CompensationLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (Status != PayoutStatus.Draft)
            throw new InvalidTransitionException($"A {Status} payout cannot be cancelled; only a Draft one.");
        Status = PayoutStatus.Cancelled;
        foreach (var line in Own(lines))
            line.LeavePayout();
        IncrementVersion();
    }

    public void MarkPaid(IEnumerable<CompensationLine> lines, DateOnly paidOn, string reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (Status != PayoutStatus.Approved)
            throw new InvalidTransitionException($"A {Status} payout cannot be marked paid; it must be Approved first.");
        Status = PayoutStatus.Paid;
        PaidOn = paidOn;
        Reference = reference;
        foreach (var line in Own(lines))
            line.MarkPaid();
        Raise(new PayoutPaidEvent(this, now));
    }

    private List<CompensationLine> Own(IEnumerable<CompensationLine> lines)
    {
        var own = lines.ToList();
        if (own.FirstOrDefault(l => l.PayoutId != Id) is { } stranger)
            throw new InvalidOperationException($"Compensation line {stranger.Id} is not in payout {Id}.");
        return own;
    }

    private static decimal Sum(IEnumerable<CompensationLine> lines, CompensationLineKind kind, Currency currency) =>
        Money.Sum(lines.Where(l => l.Kind == kind).Select(l => l.Money), currency).Amount;

    private sealed record PayoutNeedsLines(int Count) : IBusinessRule
    {
        public bool IsBroken() => Count == 0;

        public string Message => "The partner has no compensation up to the quarter's end that is not already in a payout.";
    }

    private sealed record PayoutCannotBeNegative(decimal Amount) : IBusinessRule
    {
        public bool IsBroken() => Amount < 0;

        public string Message => $"Clawbacks exceed the compensation owed (net {Amount}); the balance carries forward to a later payout.";
    }
}
