namespace Revenue.Domain.Bookings;

/// <summary>A refund, credit or correction of a booking, with the compensation change it caused.</summary>
public sealed class BookingAdjustment
{
    private BookingAdjustment()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookingId { get; private set; }

    /// <summary>The change: negative for a refund or credit.</summary>
    public decimal Amount { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public DateOnly AdjustedOn { get; private set; }

    /// <summary>The change of compensation in the booking's currency.</summary>
    public decimal CompensationChange { get; private set; }

    /// <summary>The change in the reporting currency, at the booking's rate.</summary>
    public decimal ReportingChange { get; private set; }

    /// <summary>The change of compensation in the payout currency (the line it added), at the booking's rates.</summary>
    public decimal PayoutCompensationChange { get; private set; }

    /// <summary>True when the compensation had been paid already, so the change is clawed back from the next payout.</summary>
    public bool Clawback { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    internal static BookingAdjustment Record(
        Guid bookingId, decimal amount, string reason, DateOnly adjustedOn, decimal compensationChange, bool clawback, decimal reportingChange,
        decimal payoutCompensationChange, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            BookingId = bookingId,
            Amount = amount,
            Reason = reason,
            AdjustedOn = adjustedOn,
            CompensationChange = compensationChange,
            Clawback = clawback,
            ReportingChange = reportingChange,
            PayoutCompensationChange = payoutCompensationChange,
            CreatedAt = now,
        };
}
