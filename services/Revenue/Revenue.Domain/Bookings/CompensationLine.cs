using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Bookings;

public enum CompensationLineKind
{
    /// <summary>The compensation earned on a booking.</summary>
    Compensation,

    /// <summary>A change of compensation (an adjusted booking) before the compensation was paid.</summary>
    Adjustment,

    /// <summary>Compensation taken back after it was paid: netted against the partner's next payout.</summary>
    Clawback,
}

public enum CompensationStatus
{
    Accrued,
    Approved,
    Paid,
}

/// <summary>
/// One amount owed to (or, negative, by) a partner. It joins exactly one payout (its <see cref="PayoutId"/>
/// is set once), and follows that payout: Accrued → Approved → Paid.
/// </summary>
public sealed class CompensationLine
{
    private CompensationLine()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid? DealId { get; private set; }

    public CompensationLineKind Kind { get; private set; }

    /// <summary>In <see cref="Currency"/>, the partner's payout currency.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public Money Money => Money.Of(Amount, ChannelPlatform.SharedKernel.Currency.Of(Currency));

    /// <summary>When it was earned (the close date) or adjusted: the earliest payout quarter it can join.</summary>
    public DateOnly EarnedOn { get; private set; }

    public CompensationStatus Status { get; private set; }

    public Guid? PayoutId { get; private set; }

    internal static CompensationLine For(Booking booking, CompensationLineKind kind, Money amount, DateOnly earnedOn) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            BookingId = booking.Id,
            PartnerId = booking.PartnerId!.Value,
            DealId = booking.DealId,
            Kind = kind,
            Amount = amount.Amount,
            Currency = amount.Currency.Code,
            EarnedOn = earnedOn,
            Status = CompensationStatus.Accrued,
        };

    public void JoinPayout(Guid payoutId)
    {
        if (PayoutId is not null)
            throw new InvalidTransitionException($"Compensation line {Id} is already in payout {PayoutId}.");
        PayoutId = payoutId;
    }

    /// <summary>Its draft payout was cancelled: the line is free again.</summary>
    public void LeavePayout()
    {
        if (Status != CompensationStatus.Accrued)
            throw new InvalidTransitionException($"Compensation line {Id} is {Status}; it cannot leave its payout.");
        PayoutId = null;
    }

    public void Approve() => MoveTo(CompensationStatus.Accrued, CompensationStatus.Approved);

    public void MarkPaid() => MoveTo(CompensationStatus.Approved, CompensationStatus.Paid);

    private void MoveTo(CompensationStatus from, CompensationStatus to)
    {
        if (PayoutId is null || Status != from)
            throw new InvalidTransitionException($"Compensation line {Id} is {Status}{(PayoutId is null ? " and in no payout" : string.Empty)}; it cannot become {to}.");
        Status = to;
    }
}
