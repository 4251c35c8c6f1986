using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Partners;

/// <summary>
/// A signed partner agreement's money terms, from partner.agreement-signed. Every signed agreement is
/// kept: a booking takes the terms in force on its close date (the latest-effective agreement
/// covering that date), so a re-signed agreement never re-prices older deals.
/// </summary>
public sealed class AgreementTerms
{
    private AgreementTerms()
    {
    }

    public Guid AgreementId { get; private set; }

    public Guid PartnerId { get; private set; }

    public PartnerType PartnerType { get; private set; }

    public decimal? MarginPercent { get; private set; }

    public decimal? CommissionPercent { get; private set; }

    public decimal? ReferralFeePercent { get; private set; }

    public decimal? RevenueSharePercent { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>ISO 4217 code the compensation under this agreement is paid in.</summary>
    public string PayoutCurrency { get; private set; } = string.Empty;

    public static AgreementTerms Signed(
        Guid agreementId, Guid partnerId, PartnerType type, decimal? marginPercent, decimal? commissionPercent, decimal? referralFeePercent,
        decimal? revenueSharePercent, DateOnly effectiveFrom, DateOnly? expiresOn, DateTimeOffset signedAt, Currency payoutCurrency) =>
        new()
        {
            AgreementId = agreementId,
            PartnerId = partnerId,
            PartnerType = type,
            MarginPercent = marginPercent,
            CommissionPercent = commissionPercent,
            ReferralFeePercent = referralFeePercent,
            RevenueSharePercent = revenueSharePercent,
            EffectiveFrom = effectiveFrom,
            ExpiresOn = expiresOn,
            SignedAt = signedAt,
            PayoutCurrency = payoutCurrency.Code,
        };

    public bool Covers(DateOnly date) => EffectiveFrom <= date && (ExpiresOn is null || date <= ExpiresOn);

    /// <summary>
    /// The partner's compensation rate under these terms: Reseller and Msp earn their margin plus the
    /// tier's margin bonus; Referral a commission; SystemIntegrator a referral fee; Technology a revenue share.
    /// </summary>
    public CompensationRate RateWith(decimal tierMarginBonusPercent) => PartnerType switch
    {
        PartnerType.Reseller or PartnerType.Msp => new CompensationRate(CompensationBasis.Margin, MarginPercent ?? 0, tierMarginBonusPercent, AgreementId),
        PartnerType.Referral => new CompensationRate(CompensationBasis.Commission, CommissionPercent ?? 0, 0, AgreementId),
        PartnerType.SystemIntegrator => new CompensationRate(CompensationBasis.ReferralFee, ReferralFeePercent ?? 0, 0, AgreementId),
        PartnerType.Technology => new CompensationRate(CompensationBasis.RevenueShare, RevenueSharePercent ?? 0, 0, AgreementId),
        _ => throw new InvalidOperationException($"Unknown partner type {PartnerType}."),
    };

    /// <summary>The terms in force on <paramref name="date"/>: the latest effective agreement covering it, the latest signed on a tie.</summary>
    public static AgreementTerms? InForceOn(IEnumerable<AgreementTerms> agreements, DateOnly date) =>
        agreements.Where(a => a.Covers(date)).OrderByDescending(a => a.EffectiveFrom).ThenByDescending(a => a.SignedAt).FirstOrDefault();

    /// <summary>
    /// The partner's payout currency as of <paramref name="date"/>: its agreement in force then, else its latest one, else
    /// <paramref name="reporting"/> (what MDF budgets are held in).
    /// </summary>
    public static Currency PayoutCurrencyOn(IReadOnlyCollection<AgreementTerms> agreements, DateOnly date, Currency reporting)
    {
        var terms = InForceOn(agreements, date) ?? agreements.OrderByDescending(a => a.EffectiveFrom).ThenByDescending(a => a.SignedAt).FirstOrDefault();
        return terms is null ? reporting : Currency.Of(terms.PayoutCurrency);
    }
}

/// <summary>A compensation rate: the agreement's percent plus, for margin, the tier's bonus.</summary>
public sealed record CompensationRate(CompensationBasis Basis, decimal AgreementPercent, decimal TierBonusPercent, Guid AgreementId)
{
    public decimal TotalPercent => AgreementPercent + TierBonusPercent;

    /// <summary>The compensation on <paramref name="amount"/>, in its currency, rounded once.</summary>
    public Money On(Money amount) => amount.Percent(TotalPercent);
}
