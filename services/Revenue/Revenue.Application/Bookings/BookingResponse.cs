using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;

namespace Revenue.Application.Bookings;

/// <param name="Percent">The total rate: the agreement's percent plus the tier's margin bonus.</param>
/// <param name="Amount">In <paramref name="Currency"/>, the deal's currency: computed on the booked amount.</param>
/// <param name="PayoutAmount">What the partner is paid for it, in <paramref name="PayoutCurrency"/>, at the booking date's rates.</param>
/// <param name="PayoutRate">Reporting-currency units per unit of the payout currency on the booking date.</param>
public sealed record CompensationResponse(
    CompensationBasis Basis, decimal Percent, decimal AgreementPercent, decimal TierBonusPercent, decimal Amount, string Currency,
    decimal PayoutAmount, string PayoutCurrency, decimal PayoutRate, CompensationStatus Status, Guid? AgreementId);

/// <param name="Amount">The change in the booking's currency (negative for a refund or credit).</param>
/// <param name="ReportingAmount">The change in the reporting currency, at the booking's rate.</param>
/// <param name="CompensationChange">In the booking's currency.</param>
/// <param name="PayoutCompensationChange">In the payout currency: the line added (a clawback when negative and already paid).</param>
public sealed record AdjustmentResponse(
    Guid Id, decimal Amount, decimal ReportingAmount, string Reason, DateOnly AdjustedOn, decimal CompensationChange, decimal PayoutCompensationChange,
    bool Clawback, DateTimeOffset CreatedAt);

/// <param name="Amount">After adjustments, in <paramref name="Currency"/> (the currency it was sold in).</param>
/// <param name="ReportingAmount">Amount in <paramref name="ReportingCurrency"/> at <paramref name="ExchangeRate"/>.</param>
/// <param name="ExchangeRate">
/// Reporting-currency units per unit of <paramref name="Currency"/> in force on the booking date (1 when the same).
/// </param>
public sealed record BookingResponse(
    Guid Id,
    BookingKind Kind,
    Guid? PartnerId,
    Guid? DealId,
    Guid? CampaignId,
    decimal Amount,
    decimal OriginalAmount,
    string Currency,
    decimal ReportingAmount,
    string ReportingCurrency,
    decimal ExchangeRate,
    DateOnly BookedOn,
    string Quarter,
    Region Region,
    string? Description,
    CompensationResponse? Compensation,
    IReadOnlyList<AdjustmentResponse> Adjustments,
    DateTimeOffset CreatedAt,
    string Version) : IVersioned;

public static class BookingMapping
{
    public static BookingResponse ToResponse(this Booking b) =>
        new(
            b.Id,
            b.Kind,
            b.PartnerId,
            b.DealId,
            b.CampaignId,
            b.Amount,
            b.OriginalAmount,
            b.Currency,
            b.ReportingAmount,
            b.ReportingCurrency,
            b.ExchangeRate,
            b.BookedOn,
            Quarter.Of(b.BookedOn).ToString(),
            b.Region,
            b.Description,
            b.Kind == BookingKind.Partner ? Compensation(b) : null,
            b.Adjustments.OrderBy(a => a.CreatedAt)
                .Select(a => new AdjustmentResponse(
                    a.Id, a.Amount, a.ReportingChange, a.Reason, a.AdjustedOn, a.CompensationChange, a.PayoutCompensationChange, a.Clawback, a.CreatedAt))
                .ToList(),
            b.CreatedAt,
            VersionTag.Format(b.Version));

    private static CompensationResponse Compensation(Booking b) =>
        new(
            b.CompensationBasis!.Value, b.TotalCompensationPercent, b.CompensationPercent, b.TierBonusPercent, b.CompensationAmount, b.Currency,
            b.PayoutCompensationAmount, b.PayoutCurrency!, b.PayoutRate!.Value, b.CompensationStatus ?? CompensationStatus.Accrued, b.AgreementId);
}
