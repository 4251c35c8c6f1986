namespace Partners.Domain.Metrics;

/// <summary>Partner revenue as Revenue reports it (a booking, or an adjustment such as a refund), for the trailing twelve months.</summary>
public sealed class RevenueEntry
{
    private RevenueEntry()
    {
    }

    public RevenueEntry(Guid id, Guid partnerId, Guid bookingId, decimal amount, string currency, DateOnly occurredOn)
    {
        Id = id;
        PartnerId = partnerId;
        BookingId = bookingId;
        Amount = amount;
        Currency = currency;
        OccurredOn = occurredOn;
    }

    /// <summary>The event id: a redelivered event cannot count twice.</summary>
    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid BookingId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly OccurredOn { get; private set; }

    public static DateOnly TrailingWindowStart(DateOnly today) => today.AddMonths(-12).AddDays(1);
}
