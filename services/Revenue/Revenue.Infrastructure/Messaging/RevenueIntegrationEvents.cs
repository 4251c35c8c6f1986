using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using Revenue.Domain.Bookings;
using Revenue.Domain.Mdf;
using Revenue.Domain.Payouts;
using Contract = ChannelPlatform.Contracts.Revenue;

namespace Revenue.Infrastructure.Messaging;

/// <summary>Everything Revenue publishes, in one place: domain event → integration event (EVENTS.md).</summary>
internal sealed class RevenueIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        var id = Guid.CreateVersion7();
        IIntegrationEvent? mapped = domainEvent switch
        {
            RevenueBookedEvent e => Booked(id, e),
            BookingAdjustedEvent e => new Contract.BookingAdjusted(
                id, e.OccurredAt, e.Booking.Id, e.Booking.PartnerId!.Value, e.Booking.DealId!.Value, e.Adjustment.Amount, e.Booking.Currency, e.Adjustment.AdjustedOn,
                e.Adjustment.CompensationChange, e.Adjustment.ReportingChange, e.Booking.ReportingCurrency, e.Adjustment.PayoutCompensationChange, e.Booking.PayoutCurrency),
            PayoutApprovedEvent e => new Contract.PayoutApproved(id, e.OccurredAt, e.Payout.Id, e.Payout.PartnerId, e.Payout.Quarter, e.Payout.Amount, e.Payout.Currency),
            PayoutPaidEvent e => new Contract.PayoutPaid(id, e.OccurredAt, e.Payout.Id, e.Payout.PartnerId, e.Payout.Quarter, e.Payout.Amount, e.Payout.Currency, e.Payout.PaidOn!.Value),
            MdfRequestApprovedEvent e => new Contract.MdfRequestApproved(
                id, e.OccurredAt, e.Request.Id, e.Request.PartnerId, e.Request.CampaignId, e.Request.ApprovedAmount!.Value, e.Request.Currency),
            MdfRequestRejectedEvent e => new Contract.MdfRequestRejected(
                id, e.OccurredAt, e.Request.Id, e.Request.PartnerId, e.Request.CampaignId, e.Request.RequestedAmount, e.Request.Currency, e.Request.RejectionReason ?? string.Empty),
            MdfClaimApprovedEvent e => new Contract.MdfClaimApproved(
                id, e.OccurredAt, e.Claim.Id, e.Claim.RequestId, e.Claim.PartnerId, e.Claim.ClaimedAmount, e.Claim.ApprovedAmount!.Value, e.Claim.Currency, e.Claim.ShortPayReason),
            MdfClaimReimbursedEvent e => new Contract.MdfClaimReimbursed(
                id, e.OccurredAt, e.Claim.Id, e.Claim.RequestId, e.Claim.PartnerId, e.Claim.ApprovedAmount!.Value, e.Claim.Currency, e.Claim.PaidOn!.Value),
            _ => null,
        };
        return mapped is null ? [] : [mapped];
    }

    /// <summary>As booked (before any adjustment): the amount, its reporting amount at the booking's rate, and the compensation in both currencies.</summary>
    private static Contract.RevenueBooked Booked(Guid id, RevenueBookedEvent e)
    {
        var booking = e.Booking;
        var earned = booking.Lines.Single(l => l.Kind == CompensationLineKind.Compensation);
        return new Contract.RevenueBooked(
            id, e.OccurredAt, booking.Id, booking.PartnerId!.Value, booking.DealId!.Value, booking.OriginalAmount, booking.Currency, booking.BookedOn,
            booking.CompensationAmount, booking.ReportingAmount, booking.ReportingCurrency, booking.ExchangeRate, earned.Amount, earned.Currency);
    }
}
