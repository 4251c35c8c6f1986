using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;

namespace Revenue.Application.Bookings;

/// <param name="Percent">The total rate: the agreement's percent plus the tier's margin bonus.</param>
public sealed record CompensationResponse(
    CompensationBasis Basis, decimal Percent, decimal AgreementPercent, decimal TierBonusPercent, decimal Amount, CompensationStatus Status, Guid? AgreementId);

public sealed record AdjustmentResponse(Guid Id, decimal Amount, string Reason, DateOnly AdjustedOn, decimal CompensationChange, bool Clawback, DateTimeOffset CreatedAt);

public sealed record BookingResponse(
    Guid Id,
    BookingKind Kind,
    Guid? PartnerId,
    Guid? DealId,
    Guid? CampaignId,
    decimal Amount,
    decimal OriginalAmount,
    string Currency,
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
            b.BookedOn,
            Quarter.Of(b.BookedOn).ToString(),
            b.Region,
            b.Description,
            b.Kind == BookingKind.Partner
                ? new CompensationResponse(b.CompensationBasis!.Value, b.TotalCompensationPercent, b.CompensationPercent, b.TierBonusPercent, b.CompensationAmount, b.CompensationStatus ?? CompensationStatus.Accrued, b.AgreementId)
                : null,
            b.Adjustments.OrderBy(a => a.CreatedAt).Select(a => new AdjustmentResponse(a.Id, a.Amount, a.Reason, a.AdjustedOn, a.CompensationChange, a.Clawback, a.CreatedAt)).ToList(),
            b.CreatedAt,
            VersionTag.Format(b.Version));
}
