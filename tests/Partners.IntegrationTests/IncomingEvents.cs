using ChannelPlatform.Contracts.Enablement;
using ChannelPlatform.Contracts.Revenue;

namespace Partners.IntegrationTests;

/// <summary>The events Partner consumes, as Revenue and Enablement publish them.</summary>
public static class IncomingEvents
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static RevenueBooked Booked(Guid partnerId, decimal amount, DateOnly? bookedOn = null) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), partnerId, Guid.CreateVersion7(), amount, "USD", bookedOn ?? Today, Math.Round(amount * 0.2m, 2));

    public static BookingAdjusted Adjusted(RevenueBooked booking, decimal change) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, booking.BookingId, booking.PartnerId, booking.DealId, change, "USD", Today, Math.Round(change * 0.2m, 2));

    public static CertificationEarned Earned(Guid partnerId, Guid contactId, Guid? repCertificationId = null, DateOnly? expiresOn = null) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, repCertificationId ?? Guid.CreateVersion7(), contactId, partnerId, Guid.CreateVersion7(), Today, expiresOn ?? Today.AddYears(2));

    public static CertificationExpired Expired(CertificationEarned earned) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, earned.RepCertificationId, earned.ContactId, earned.PartnerId, earned.CertificationId);
}
