using ChannelPlatform.SharedKernel;

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
