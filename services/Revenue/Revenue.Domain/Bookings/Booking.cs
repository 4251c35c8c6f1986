using ChannelPlatform.SharedKernel;
using Revenue.Domain.Partners;
using Revenue.Domain.Rates;

namespace Revenue.Domain.Bookings;

/// <summary>
/// Revenue booked on a date, in a region, in the currency it was sold in, with its reporting-currency amount at the
/// rate in force on the booking date (ADR 0013). A partner booking carries the compensation rate of the agreement in
/// force on its close date, the compensation in the deal's currency, and the lines of what the partner is owed in its
/// payout currency; adjustments move the amount and re-compute everything at the same percent and the same exchange
/// rates, the difference becoming a new line (a clawback when the compensation was already paid).
/// </summary>
public sealed partial class Booking : AggregateRoot
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

    /// <summary>The booked amount after adjustments, in <see cref="Currency"/>.</summary>
    public decimal Amount { get; private set; }

    public decimal OriginalAmount { get; private set; }

    /// <summary>The currency it was sold in (the deal's).</summary>
    public string Currency { get; private set; } = string.Empty;

    /// <summary>Amount in the reporting currency at <see cref="ExchangeRate"/> (after adjustments, at the same rate).</summary>
    public decimal ReportingAmount { get; private set; }

    public string ReportingCurrency { get; private set; } = string.Empty;

    /// <summary>Reporting-currency units per unit of <see cref="Currency"/> in force on the booking date (1 when the same).</summary>
    public decimal ExchangeRate { get; private set; }

    public DateOnly BookedOn { get; private set; }

    /// <summary>First day of the booking's quarter (indexed for the quarter filters and KPIs).</summary>
    public DateOnly QuarterStart { get; private set; }

    public Region Region { get; private set; }

    public string? Description { get; private set; }

    public CompensationBasis? CompensationBasis { get; private set; }

    public decimal CompensationPercent { get; private set; }

    public decimal TierBonusPercent { get; private set; }

    /// <summary>The compensation on the current amount, in the deal's <see cref="Currency"/>.</summary>
    public decimal CompensationAmount { get; private set; }

    /// <summary>The currency the partner is paid in (its agreement's); null for direct bookings.</summary>
    public string? PayoutCurrency { get; private set; }

    /// <summary>Reporting-currency units per unit of <see cref="PayoutCurrency"/> on the booking date.</summary>
    public decimal? PayoutRate { get; private set; }

    /// <summary>The compensation in the payout currency: the sum of this booking's lines.</summary>
    public decimal PayoutCompensationAmount { get; private set; }

    public Guid? AgreementId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<CompensationLine> Lines => _lines;

    public IReadOnlyList<BookingAdjustment> Adjustments => _adjustments;

    public decimal TotalCompensationPercent => CompensationPercent + TierBonusPercent;

    /// <summary>The status of the compensation earned at booking (its first line); null for direct bookings.</summary>
    public CompensationStatus? CompensationStatus => _lines.FirstOrDefault(l => l.Kind == CompensationLineKind.Compensation)?.Status;

    /// <param name="value">The won value, in the deal's currency.</param>
    /// <param name="dealRate">The deal currency's rate on the close date.</param>
    /// <param name="payoutRate">The payout currency's rate on the close date.</param>
    public static Booking FromWonDeal(
        Guid dealId, Guid partnerId, Guid? campaignId, Money value, DateOnly closedOn, Region region, CompensationRate rate, DatedRate dealRate,
        DatedRate payoutRate, Currency reporting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(payoutRate);
        var booking = New(BookingKind.Partner, value, closedOn, region, null, dealRate, reporting, now);
        booking.PartnerId = partnerId;
        booking.DealId = dealId;
        booking.CampaignId = campaignId;
        booking.AgreementId = rate.AgreementId;
        booking.CompensationBasis = rate.Basis;
        booking.CompensationPercent = rate.AgreementPercent;
        booking.TierBonusPercent = rate.TierBonusPercent;
        booking.PayoutCurrency = payoutRate.Currency.Code;
        booking.PayoutRate = payoutRate.Rate;
        var compensation = rate.On(value);
        booking.CompensationAmount = compensation.Amount;
        var payable = booking.ToPayout(compensation);
        booking.PayoutCompensationAmount = payable.Amount;
        booking._lines.Add(CompensationLine.For(booking, CompensationLineKind.Compensation, payable, closedOn));
        booking.Raise(new RevenueBookedEvent(booking, now));
        return booking;
    }

    public static Booking Direct(Money amount, DateOnly bookedOn, Region region, string? description, DatedRate rate, Currency reporting, DateTimeOffset now)
    {
        var booking = New(BookingKind.Direct, amount, bookedOn, region, description, rate, reporting, now);
        booking.IncrementVersion();
        return booking;
    }

    public static DateOnly QuarterStartOf(DateOnly date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);

    private static Booking New(
        BookingKind kind, Money amount, DateOnly bookedOn, Region region, string? description, DatedRate rate, Currency reporting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (!amount.IsPositive)
            throw new InvalidValueException("amount", $"A booking's amount must be at least one minor unit of {amount.Currency}.");
        return new Booking
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Amount = amount.Amount,
            OriginalAmount = amount.Amount,
            Currency = amount.Currency.Code,
            ReportingAmount = rate.Convert(amount, DatedRate.Reporting(reporting, bookedOn)).Amount,
            ReportingCurrency = reporting.Code,
            ExchangeRate = rate.Rate,
            BookedOn = bookedOn,
            QuarterStart = QuarterStartOf(bookedOn),
            Region = region,
            Description = description,
            CreatedAt = now,
        };
    }
}
