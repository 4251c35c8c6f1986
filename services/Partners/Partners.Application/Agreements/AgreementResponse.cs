using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Partners.Domain.Model;

namespace Partners.Application.Agreements;

public sealed record AgreementResponse(
    Guid Id,
    Guid PartnerId,
    AgreementStatus Status,
    DateOnly EffectiveFrom,
    int TermMonths,
    DateOnly ExpiresOn,
    decimal? MarginPercent,
    decimal? CommissionPercent,
    decimal? ReferralFeePercent,
    decimal? RevenueSharePercent,
    string PayoutCurrency,
    string? SignedBy,
    DateTimeOffset? SignedAt,
    DateTimeOffset CreatedAt,
    PartnerStatus PartnerStatus,
    string Version) : IVersioned;

public static class AgreementMapping
{
    public static AgreementResponse ToResponse(this Agreement a, Partner partner) => new(
        a.Id,
        a.PartnerId,
        a.Status,
        a.EffectiveFrom,
        a.TermMonths,
        a.ExpiresOn,
        a.MarginPercent,
        a.CommissionPercent,
        a.ReferralFeePercent,
        a.RevenueSharePercent,
        a.PayoutCurrency,
        a.SignedBy,
        a.SignedAt,
        a.CreatedAt,
        partner.Status,
        VersionTag.Format(partner.Version));
}
