using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Revenue.Domain.Bookings;
using Revenue.Domain.Payouts;

namespace Revenue.Application.Payouts;

public sealed record PayoutLineResponse(Guid Id, Guid BookingId, Guid? DealId, CompensationLineKind Kind, decimal Amount, DateOnly EarnedOn, string Quarter);

/// <param name="Amount">Net: compensation + adjustments + clawbacks.</param>
public sealed record PayoutResponse(
    Guid Id,
    Guid PartnerId,
    string Quarter,
    PayoutStatus Status,
    string Currency,
    decimal CompensationTotal,
    decimal AdjustmentTotal,
    decimal ClawbackTotal,
    decimal Amount,
    IReadOnlyList<PayoutLineResponse> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ApprovedAt,
    DateOnly? PaidOn,
    string? Reference,
    string Version) : IVersioned;

public static class PayoutMapping
{
    public static PayoutResponse ToResponse(this Payout p, IEnumerable<CompensationLine> lines) =>
        new(
            p.Id,
            p.PartnerId,
            p.Quarter,
            p.Status,
            p.Currency,
            p.CompensationTotal,
            p.AdjustmentTotal,
            p.ClawbackTotal,
            p.Amount,
            lines.OrderBy(l => l.EarnedOn).ThenBy(l => l.Id)
                .Select(l => new PayoutLineResponse(l.Id, l.BookingId, l.DealId, l.Kind, l.Amount, l.EarnedOn, ChannelPlatform.Application.Quarter.Of(l.EarnedOn).ToString()))
                .ToList(),
            p.CreatedAt,
            p.ApprovedAt,
            p.PaidOn,
            p.Reference,
            VersionTag.Format(p.Version));
}
