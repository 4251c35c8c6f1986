using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Model;

/// <summary>
/// The compensation term of an agreement, which depends on the partner type: Reseller margin 15–30,
/// Msp margin 20–40, Referral commission 10–15, SystemIntegrator referral fee 5–15, Technology
/// revenue share 5–30. Exactly the type's term is given; the others do not apply.
/// </summary>
public sealed record AgreementTerms(decimal? MarginPercent, decimal? CommissionPercent, decimal? ReferralFeePercent, decimal? RevenueSharePercent)
{
    private static readonly Dictionary<PartnerType, (string Field, decimal Min, decimal Max)> Ranges = new()
    {
        [PartnerType.Reseller] = ("marginPercent", 15m, 30m),
        [PartnerType.Msp] = ("marginPercent", 20m, 40m),
        [PartnerType.Referral] = ("commissionPercent", 10m, 15m),
        [PartnerType.SystemIntegrator] = ("referralFeePercent", 5m, 15m),
        [PartnerType.Technology] = ("revenueSharePercent", 5m, 30m),
    };

    public static (string Field, decimal Min, decimal Max) RangeFor(PartnerType type) => Ranges[type];

    public static AgreementTerms For(PartnerType type, decimal? marginPercent, decimal? commissionPercent, decimal? referralFeePercent, decimal? revenueSharePercent)
    {
        var (field, min, max) = Ranges[type];
        var given = new Dictionary<string, decimal?>
        {
            ["marginPercent"] = marginPercent,
            ["commissionPercent"] = commissionPercent,
            ["referralFeePercent"] = referralFeePercent,
            ["revenueSharePercent"] = revenueSharePercent,
        };
        foreach (var (name, value) in given)
        {
            if (name != field && value is not null)
                throw new InvalidValueException(name, $"{name} does not apply to a {type} agreement; a {type} agreement sets {field} ({min}–{max}).");
        }

        var term = given[field];
        if (term is null)
            throw new InvalidValueException(field, $"{field} is required for a {type} agreement (allowed range {min}–{max}).");
        if (term < min || term > max)
            throw new InvalidValueException(field, $"{field} {term} is outside the allowed range {min}–{max} for a {type} agreement.");
        return new AgreementTerms(marginPercent, commissionPercent, referralFeePercent, revenueSharePercent);
    }
}
