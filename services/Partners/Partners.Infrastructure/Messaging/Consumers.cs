using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts.Enablement;
using ChannelPlatform.Contracts.Revenue;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using Mediator;
using Partners.Application.Metrics.RecordCertification;
using Partners.Application.Metrics.RecordRevenue;

namespace Partners.Infrastructure.Messaging;

/// <summary>
/// revenue.booked → the partner's trailing revenue (and promotion), in the reporting currency: the tier thresholds are
/// reporting-currency amounts, so a booking in another currency counts at its reporting amount (a message from before
/// issue 15 has none, and was in the reporting currency).
/// </summary>
public sealed class RevenueBookedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<RevenueBooked>(inbox, correlation)
{
    protected override async Task ApplyAsync(RevenueBooked m, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordRevenueCommand(m.EventId, m.PartnerId, m.BookingId, m.ReportingAmount ?? m.Amount, m.ReportingCurrency ?? m.Currency, m.BookedOn),
            cancellationToken);
}

/// <summary>revenue.booking-adjusted → a refund or credit counts against trailing revenue.</summary>
public sealed class BookingAdjustedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<BookingAdjusted>(inbox, correlation)
{
    protected override async Task ApplyAsync(BookingAdjusted m, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordRevenueCommand(m.EventId, m.PartnerId, m.BookingId, m.ReportingAmount ?? m.Amount, m.ReportingCurrency ?? m.Currency, m.AdjustedOn),
            cancellationToken);
}

/// <summary>enablement.certification-earned → certified reps (and promotion).</summary>
public sealed class CertificationEarnedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<CertificationEarned>(inbox, correlation)
{
    protected override async Task ApplyAsync(CertificationEarned m, CancellationToken cancellationToken) =>
        await sender.Send(new RecordCertificationCommand(m.RepCertificationId, m.PartnerId, m.ContactId, m.CertificationId, m.ExpiresOn, Expired: false), cancellationToken);
}

/// <summary>enablement.certification-expired → the rep no longer counts (demotion waits for the quarterly review).</summary>
public sealed class CertificationExpiredConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<CertificationExpired>(inbox, correlation)
{
    protected override async Task ApplyAsync(CertificationExpired m, CancellationToken cancellationToken) =>
        await sender.Send(new RecordCertificationCommand(m.RepCertificationId, m.PartnerId, m.ContactId, m.CertificationId, null, Expired: true), cancellationToken);
}
