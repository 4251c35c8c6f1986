using ChannelPlatform.SharedKernel;
using Revenue.Domain.Partners;

namespace Revenue.Domain.Bookings;

public enum BookingKind
{
    /// <summary>Partner-sourced: a won deal registration, with the partner's compensation.</summary>
    Partner,

    /// <summary>Direct sales, booked by the channel team for the partner-share KPI.</summary>
    Direct,
}

public sealed record RevenueBookedEvent(Booking Booking, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record BookingAdjustedEvent(Booking Booking, BookingAdjustment Adjustment, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// Revenue booked on a date, in a region. A partner booking carries the compensation rate of the agreement
/// in force on its close date and the lines of what the partner is owed; adjustments move the amount and
/// re-compute the compensation at the same rate, the difference becoming a new line (a clawback when the
/// compensation was already paid).
/// </summary>
public sealed class Booking : AggregateRoot
{
    private readonly List<CompensationLine> _lines = [];
    private readonly List<BookingAdjustment> _adjustments = [];

    private Booking()
    {
    }

    public BookingKind Kind { get; private set; }

    public Guid? PartnerId { get; private set; }

    public Guid? DealId { get; private set; }

    public Guid? CampaignId { get; private set; }

    /// <summary>The booked amount after adjustments.</summary>
    public decimal Amount { get; private set; }

    public decimal OriginalAmount { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly BookedOn { get; private set; }

    /// <summary>First day of the booking's quarter (indexed for the quarter filters and KPIs).</summary>
    public DateOnly QuarterStart { get; private set; }

    public Region Region { get; private set; }

    public string? Description { get; private set; }

    public CompensationBasis? CompensationBasis { get; private set; }

    public decimal CompensationPercent { get; private set; }

    public decimal TierBonusPercent { get; private set; }

    /// <summary>The compensation on the current amount: the sum of this booking's lines.</summary>
    public decimal CompensationAmount { get; private set; }

    public Guid? AgreementId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<CompensationLine> Lines => _lines;

    public IReadOnlyList<BookingAdjustment> Adjustments => _adjustments;

    public decimal TotalCompensationPercent => CompensationPercent + TierBonusPercent;

    /// <summary>The status of the compensation earned at booking (its first line); null for direct bookings.</summary>
    public CompensationStatus? CompensationStatus => _lines.FirstOrDefault(l => l.Kind == CompensationLineKind.Compensation)?.Status;

    public static Booking FromWonDeal(Guid dealId, Guid partnerId, Guid? campaignId, decimal value, string currency, DateOnly closedOn, Region region, CompensationRate rate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var booking = New(BookingKind.Partner, value, currency, closedOn, region, null, now);
        booking.PartnerId = partnerId;
        booking.DealId = dealId;
        booking.CampaignId = campaignId;
        booking.AgreementId = rate.AgreementId;
        booking.CompensationBasis = rate.Basis;
        booking.CompensationPercent = rate.AgreementPercent;
        booking.TierBonusPercent = rate.TierBonusPercent;
        booking.CompensationAmount = rate.On(booking.Amount);
        booking._lines.Add(CompensationLine.For(booking, CompensationLineKind.Compensation, booking.CompensationAmount, closedOn));
        booking.Raise(new RevenueBookedEvent(booking, now));
        return booking;
    }

    public static Booking Direct(decimal amount, string currency, DateOnly bookedOn, Region region, string? description, DateTimeOffset now)
    {
        var booking = New(BookingKind.Direct, amount, currency, bookedOn, region, description, now);
        booking.IncrementVersion();
        return booking;
    }

    /// <summary>
    /// A refund or credit (negative) or a correction (positive). The compensation is re-computed at the
    /// booking's rate on the new amount; its change is a new line, a clawback if the compensation is
    /// already on a payout statement.
    /// </summary>
    public BookingAdjustment Adjust(decimal change, string reason, DateOnly adjustedOn, DateTimeOffset now)
    {
        if (adjustedOn < BookedOn)
            throw new InvalidValueException("adjustedOn", $"adjustedOn must not be before the booking date {BookedOn:yyyy-MM-dd}.");
        change = Money.Round(change);
        if (change == 0)
            throw new InvalidValueException("amount", "An adjustment must change the amount by at least a cent.");
        CheckRule(new BookingCannotGoNegative(Amount, change));
        Amount += change;
        var compensationChange = 0m;
        var clawback = false;
        if (Kind == BookingKind.Partner)
        {
            var compensation = Money.Percent(Amount, TotalCompensationPercent);
            compensationChange = compensation - CompensationAmount;
            CompensationAmount = compensation;
            // Once the compensation is on a payout statement (draft, approved or paid), taking it back is a clawback on the next one.
            clawback = compensationChange < 0 && _lines.Any(l => l.Kind == CompensationLineKind.Compensation && l.PayoutId is not null);
            if (compensationChange != 0)
                _lines.Add(CompensationLine.For(this, clawback ? CompensationLineKind.Clawback : CompensationLineKind.Adjustment, compensationChange, adjustedOn));
        }

        var adjustment = BookingAdjustment.Record(Id, change, reason, adjustedOn, compensationChange, clawback, now);
        _adjustments.Add(adjustment);
        if (Kind == BookingKind.Partner)
            Raise(new BookingAdjustedEvent(this, adjustment, now));
        else
            IncrementVersion();
        return adjustment;
    }

    public static DateOnly QuarterStartOf(DateOnly date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);

    private static Booking New(BookingKind kind, decimal amount, string currency, DateOnly bookedOn, Region region, string? description, DateTimeOffset now)
    {
        amount = Money.Round(amount);
        if (amount <= 0)
            throw new InvalidValueException("amount", "A booking's amount must be at least a cent.");
        return new Booking
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Amount = Money.Round(amount),
            OriginalAmount = Money.Round(amount),
            Currency = currency,
            BookedOn = bookedOn,
            QuarterStart = QuarterStartOf(bookedOn),
            Region = region,
            Description = description,
            CreatedAt = now,
        };
    }

    private sealed record BookingCannotGoNegative(decimal Amount, decimal Change) : IBusinessRule
    {
        public bool IsBroken() => Amount + Change < 0;

        public string Message => $"The adjustment of {Change} would take the booking below zero (it is {Amount}).";
    }
}
